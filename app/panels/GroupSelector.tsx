import { useId } from "react";
import { useSelectedGroup } from "./selectedGroup";
import { FIELD, MUTED } from "./ui";

/** Chooses the group the group table, lag chart and offsets viewer show; only there when there are several. */
export function GroupSelector() {
  const { groupId, groupIds, setGroupId } = useSelectedGroup();
  const id = useId();
  if (groupIds.length < 2 || groupId === null) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        Consumer group
      </label>
      <select id={id} aria-describedby={`${id}-hint`} className={FIELD} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
        {groupIds.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className={MUTED}>shown in the group table, lag chart and __consumer_offsets viewer</span>
    </div>
  );
}
