import { useId } from "react";
import { FAMILIES, FAMILY_LABEL, type EventFamily } from "./eventFilter";
import { FIELD, FOCUS } from "./ui";

interface Props {
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly group: string | null;
  readonly groups: readonly string[];
  readonly onGroup: (group: string | null) => void;
  readonly families: ReadonlySet<EventFamily>;
  readonly counts: Record<EventFamily, number>;
  readonly onFamilies: (families: ReadonlySet<EventFamily>) => void;
}

/** Text, group and type-family filters of the event log. */
export function EventFilters({ text, onText, group, groups, onGroup, families, counts, onFamilies }: Props) {
  const id = useId();
  const toggle = (f: EventFamily, on: boolean) => {
    const next = new Set(families);
    if (on) next.add(f);
    else next.delete(f);
    onFamilies(next);
  };
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1" htmlFor={`${id}-text`}>
          Filter events
          <input id={`${id}-text`} type="search" className={FIELD} value={text} onChange={(e) => onText(e.target.value)} placeholder="e.g. orders-1 commit" />
        </label>
        <label className="flex flex-col gap-1" htmlFor={`${id}-group`}>
          Group
          <select id={`${id}-group`} className={FIELD} value={group ?? ""} onChange={(e) => onGroup(e.target.value === "" ? null : e.target.value)}>
            <option value="">All groups</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
        <legend className="sr-only">Event types</legend>
        {FAMILIES.map((f) => (
          <label key={f} className="flex items-center gap-1">
            <input type="checkbox" className={FOCUS} checked={families.has(f)} onChange={(e) => toggle(f, e.target.checked)} />
            {FAMILY_LABEL[f]} <span className="tabular-nums text-neutral-500 dark:text-neutral-400">({counts[f]})</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
