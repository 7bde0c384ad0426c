import { useDeferredValue, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { usePanel } from "./usePanel";
import { EventFilters } from "./EventFilters";
import { EventList } from "./EventList";
import { FAMILIES, familyCounts, filterEvents, type EventFamily } from "./eventFilter";
import { selectEventCount, selectEvents, selectGroupIds } from "./selectors";
import { BUTTON, MUTED } from "./ui";

const PAGE = 200;

/** Every protocol step in words, filterable; each entry seeks the timeline to its moment. */
export function EventLog() {
  const events = usePanel(selectEvents);
  const total = usePanel(selectEventCount);
  const groups = usePanel(useShallow(selectGroupIds));
  const [text, setText] = useState("");
  const [group, setGroup] = useState<string | null>(null);
  const [families, setFamilies] = useState<ReadonlySet<EventFamily>>(() => new Set(FAMILIES));
  const [limit, setLimit] = useState(PAGE);
  const deferredText = useDeferredValue(text);
  const counts = useMemo(() => familyCounts(events), [events]);
  const { shown, earlier } = useMemo(() => filterEvents(events, { text: deferredText, group, families }, limit), [events, deferredText, group, families, limit]);
  const dropped = Math.max(0, total - events.length);

  return (
    <div className="flex flex-col gap-2">
      <EventFilters
        text={text}
        onText={setText}
        group={group}
        groups={groups}
        onGroup={setGroup}
        families={families}
        counts={counts}
        onFamilies={setFamilies}
      />
      <p className={`text-xs ${MUTED}`}>
        {shown.length + earlier} of {events.length} events match
        {dropped > 0 ? ` (the log keeps the newest ${events.length} of ${total})` : ""}. Choose an event to move the timeline to its moment.
      </p>
      {earlier > 0 && (
        <button type="button" className={`${BUTTON} self-start`} onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, earlier)} earlier events ({earlier} hidden)
        </button>
      )}
      <EventList events={shown} label="Events" />
    </div>
  );
}
