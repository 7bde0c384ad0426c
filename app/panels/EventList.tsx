import { memo, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import type { SimEvent } from "../../engine/types";
import { seek } from "../engine/engineClient";
import { familyOf, FAMILY_LABEL, type EventFamily } from "./eventFilter";
import { formatClock } from "./format";
import { FOCUS } from "./ui";
import { PanelVisibilityContext } from "./usePanel";

const BADGE: Record<EventFamily, string> = {
  membership: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  rebalance: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  commits: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  delivery: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  producer: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  other: "bg-neutral-100 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200",
};

const Entry = memo(function Entry({ event, tabbable, idPrefix }: { readonly event: SimEvent; readonly tabbable: boolean; readonly idPrefix: string }) {
  const family = familyOf(event.type);
  const id = `${idPrefix}-${event.seq}`;
  const at = formatClock(event.time);
  // The whole row answers a click; the keyboard (and the accessible name) uses the time button.
  return (
    <li className="flex cursor-pointer flex-col gap-0.5 px-2 py-1 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800" onClick={() => void seek(event.time)}>
      <span className="flex flex-wrap items-center gap-2 text-xs">
        <button
          type="button"
          data-seq={event.seq}
          tabIndex={tabbable ? 0 : -1}
          aria-describedby={id}
          title={`Seek the timeline to ${at}`}
          onClick={(e) => {
            e.stopPropagation();
            void seek(event.time);
          }}
          className={`rounded font-mono tabular-nums text-blue-800 underline decoration-dotted underline-offset-2 dark:text-blue-300 ${FOCUS}`}
        >
          <span className="sr-only">Go to </span>
          {at}
        </button>
        <span className={`rounded px-1.5 py-px font-medium ${BADGE[family]}`}>{FAMILY_LABEL[family]}</span>
        <span className="font-mono text-neutral-600 dark:text-neutral-400">{event.type}</span>
      </span>
      <span id={id} className="break-words">
        {event.message}
      </span>
    </li>
  );
});

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, n) => Math.min(n - 1, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The filtered events, oldest first; it keeps following the newest while scrolled to the bottom. One tab stop
 * for the whole list (roving tabindex): arrow keys, Page Up/Down, Home and End move between entries.
 */
export function EventList({ events, label }: { readonly events: readonly SimEvent[]; readonly label: string }) {
  const box = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const [current, setCurrent] = useState<number | null>(null);
  const idPrefix = useId();
  // Following the newest entry reads the list's height, which lays it out: only while its panel is on screen
  // (scrolled out of view, the panel's layout is skipped, and reading it would force that layout every refresh).
  const visibility = useContext(PanelVisibilityContext);
  const pending = useRef(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !atBottom.current) return;
    if (!visibility || visibility.isOnScreen()) el.scrollTop = el.scrollHeight;
    else pending.current = true;
  }, [events, visibility]);
  useEffect(
    () =>
      visibility?.onShown(() => {
        const el = box.current;
        if (el && pending.current && atBottom.current) el.scrollTop = el.scrollHeight;
        pending.current = false;
      }),
    [visibility],
  );
  const tabbableSeq = current !== null && events.some((e) => e.seq === current) ? current : events[events.length - 1]?.seq;
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const move = MOVES[e.key];
    if (!move || events.length === 0) return;
    const i = events.findIndex((x) => x.seq === tabbableSeq);
    const next = events[move(i < 0 ? events.length - 1 : i, events.length)];
    e.preventDefault();
    setCurrent(next.seq);
    box.current?.querySelector<HTMLButtonElement>(`button[data-seq="${next.seq}"]`)?.focus();
  };
  return (
    <ol
      ref={box}
      aria-label={label}
      className="max-h-[28rem] divide-y divide-neutral-200 overflow-y-auto rounded border border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const seq = Number((e.target as HTMLElement).dataset.seq);
        if (Number.isFinite(seq) && seq !== current) setCurrent(seq);
      }}
      onScroll={(e) => {
        const el = e.currentTarget;
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
      }}
    >
      {events.map((e) => (
        <Entry key={e.seq} event={e} tabbable={e.seq === tabbableSeq} idPrefix={idPrefix} />
      ))}
    </ol>
  );
}
