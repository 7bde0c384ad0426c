import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { DeliveryStats } from "../../engine/types";
import type { PlaygroundState } from "../store";
import { usePanel } from "./usePanel";
import { describeCommitStrategy } from "./commitStrategy";
import { DeliveryCount } from "./DeliveryCount";
import { deliveryRecords } from "./deliveryRecords";
import { selectConsumers, selectEvents, selectGroupIds, selectGroups } from "./selectors";
import { MUTED, NUM, SCROLL_X, TD, TH } from "./ui";

/** Delivery stats per group, in group order (each keeps its identity until it changes). */
const selectDeliveries = (s: PlaygroundState): DeliveryStats[] => selectGroups(s).map((g) => g.delivery);
/** "group\u0000commit strategy" per consumer: changes only when a configuration does. */
const selectStrategies = (s: PlaygroundState): string[] => selectConsumers(s).map((c) => `${c.groupId}\u0000${describeCommitStrategy(c.config)}`);
const selectIdempotent = (s: PlaygroundState): boolean => selectConsumers(s).some((c) => c.config.idempotent);

/** Per group: records processed, processed twice, skipped as known duplicates, and never processed. */
export function DeliveryPanel() {
  const groupIds = usePanel(useShallow(selectGroupIds));
  const deliveries = usePanel(useShallow(selectDeliveries));
  const strategyKeys = usePanel(useShallow(selectStrategies));
  const anyIdempotent = usePanel(selectIdempotent);
  const events = usePanel(selectEvents);
  const records = useMemo(() => deliveryRecords(events), [events]);
  const strategies = useMemo(() => {
    const out = new Map<string, Set<string>>();
    for (const key of strategyKeys) {
      const [group, text] = key.split("\u0000");
      const set = out.get(group) ?? new Set<string>();
      set.add(text);
      out.set(group, set);
    }
    return out;
  }, [strategyKeys]);
  const groups = groupIds.map((groupId, i) => ({ groupId, delivery: deliveries[i] }));
  const idempotent = anyIdempotent || deliveries.some((d) => d.skippedDuplicates > 0);

  return (
    <div className="flex flex-col gap-3">
      <dl className="grid gap-1 text-sm">
        <div>
          <dt className="inline font-semibold">Duplicate:</dt>{" "}
          <dd className="inline">
            a record processed twice. It was processed, but its offset not yet committed, when its partition moved (a crash, a rebalance), so the
            next owner read it again from the committed offset. Committing after processing (auto commit, batch or per record) causes it:
            at-least-once.
          </dd>
        </div>
        <div>
          <dt className="inline font-semibold">Lost:</dt>{" "}
          <dd className="inline">
            a record never processed. Its offset was committed before it was processed (commit before processing, or auto commit while another
            thread processes), then the consumer died: at-most-once.
          </dd>
        </div>
        {idempotent && (
          <div>
            <dt className="inline font-semibold">Skipped duplicate:</dt>{" "}
            <dd className="inline">idempotent processing recognised a redelivered record and did not apply it twice.</dd>
          </div>
        )}
      </dl>
      {groups.length === 0 ? (
        <p className={`text-sm ${MUTED}`}>No consumer group yet.</p>
      ) : (
        <div className={SCROLL_X} tabIndex={0} role="region" aria-label="Delivery counters (scrollable)">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Delivery counters per group</caption>
            <thead>
              <tr>
                <th scope="col" className={`${TH} text-right`}>
                  Processed
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Duplicates
                </th>
                <th scope="col" className={`${TH} text-right`}>
                  Lost
                </th>
                {idempotent && (
                  <th scope="col" className={`${TH} text-right`}>
                    Skipped
                  </th>
                )}
              </tr>
            </thead>
            {/* One row group per group, headed by its name and commit strategy: four numbers fit a phone's width. */}
            {groups.map((g) => {
              const r = records.get(g.groupId);
              return (
                <tbody key={g.groupId} aria-label={g.groupId} className="border-t border-neutral-200 dark:border-neutral-800">
                  <tr>
                    <th scope="rowgroup" colSpan={idempotent ? 4 : 3} className={`${TD} pb-0 text-left font-normal`}>
                      <span className="font-medium">{g.groupId}</span>{" "}
                      <span className={`text-xs ${MUTED}`}>{[...(strategies.get(g.groupId) ?? [])].join("; ")}</span>
                    </th>
                  </tr>
                  <tr>
                    <td className={NUM}>{g.delivery.processed}</td>
                    <DeliveryCount count={g.delivery.duplicates} what={`duplicates in ${g.groupId}`} records={r?.duplicates} tone="warn" />
                    <DeliveryCount count={g.delivery.lost} what={`lost records in ${g.groupId}`} records={r?.lost} tone="bad" />
                    {idempotent && <DeliveryCount count={g.delivery.skippedDuplicates} what={`skipped duplicates in ${g.groupId}`} records={r?.skipped} tone="ok" />}
                  </tr>
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </div>
  );
}
