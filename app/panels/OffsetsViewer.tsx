/**
 * The __consumer_offsets viewer: the commit records of the selected group as they arrive, from the partition
 * its group id hashes to. Compaction shows as the log start moving forward and older offsets disappearing.
 * Lazy-loaded.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { OffsetsRecordView } from "../../engine/types";
import { offsetsLog } from "../engine/engineClient";
import { usePanelStore } from "../store";
import { usePanel } from "./usePanel";
import { formatClock, formatRanges, plural } from "./format";
import { describeKey, describeValue, offsetsRows, partitionArithmetic } from "./offsetsModel";
import { useSelectedGroup } from "./selectedGroup";
import { groupSelector, selectNow, selectOffsetsTopic } from "./selectors";
import { MUTED, SCROLL_X, TD, TH } from "./ui";

interface Compaction {
  readonly at: number;
  /** Offsets of this group's records the cleaner removed. */
  readonly removed: readonly number[];
  /** The log start offset before and after, when it moved. */
  readonly start: readonly [number, number] | null;
}

/** Sorted offsets as ranges: "3–40, 45". */
function formatOffsets(offsets: readonly number[]): string {
  const ranges: Array<[number, number]> = [];
  for (const o of [...offsets].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === o) last[1] = o + 1;
    else ranges.push([o, o + 1]);
  }
  return formatRanges(ranges);
}

export default function OffsetsViewer() {
  const { groupId } = useSelectedGroup();
  if (groupId === null) return <p className={`text-sm ${MUTED}`}>No consumer group yet: commits appear here once a group commits offsets.</p>;
  return <GroupOffsets key={groupId} groupId={groupId} />;
}

function GroupOffsets({ groupId }: { readonly groupId: string }) {
  const select = useMemo(() => groupSelector(groupId), [groupId]);
  const partition = usePanel((s) => select(s)?.offsetsPartition ?? partitionArithmetic(groupId).partition);
  const log = usePanel((s) => selectOffsetsTopic(s)?.partitions[partition]);
  const [records, setRecords] = useState<readonly OffsetsRecordView[]>([]);
  const [compaction, setCompaction] = useState<Compaction | null>(null);
  const previous = useRef<{ records: readonly OffsetsRecordView[]; start: number; end: number } | null>(null);

  // The partition's snapshot changes identity when a record is appended or the cleaner runs: fetch then, and
  // tell a compaction (records of this group gone while the log grew) from a seek back (the log shrank).
  useEffect(() => {
    let live = true;
    const start = log?.logStartOffset ?? 0;
    const end = log?.logEndOffset ?? 0;
    void offsetsLog(groupId).then((next) => {
      if (!live) return;
      const prev = previous.current;
      previous.current = { records: next, start, end };
      setRecords(next);
      if (!prev) return;
      if (end < prev.end) {
        setCompaction(null);
        return;
      }
      const kept = new Set(next.map((r) => r.offset));
      const removed = prev.records.map((r) => r.offset).filter((o) => !kept.has(o));
      if (removed.length > 0 || start > prev.start) {
        setCompaction({ at: selectNow(usePanelStore.getState()), removed, start: start > prev.start ? [prev.start, start] : null });
      }
    });
    return () => {
      live = false;
    };
  }, [groupId, log]);

  const arithmetic = partitionArithmetic(groupId);
  const start = log?.logStartOffset ?? 0;
  const end = log?.logEndOffset ?? 0;
  const rows = offsetsRows(records, start, end);
  const tombstones = records.filter((r) => r.value === null).length;

  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        Group <strong className="break-all">{groupId}</strong> commits to <strong>__consumer_offsets-{partition}</strong>:{" "}
        <code className="[overflow-wrap:anywhere]">{arithmetic.text}</code>
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        <dt className={MUTED}>Log start offset</dt>
        <dd className="font-semibold tabular-nums" data-testid="offsets-log-start">
          {start}
        </dd>
        <dt className={MUTED}>Log end offset</dt>
        <dd className="font-semibold tabular-nums" data-testid="offsets-log-end">
          {end}
        </dd>
        <dt className={MUTED}>Records of this group</dt>
        <dd className="tabular-nums">{records.length}</dd>
        <dt className={MUTED}>Tombstones</dt>
        <dd className="tabular-nums">{tombstones}</dd>
      </dl>
      <p className={MUTED}>
        cleanup.policy=compact: once half the closed segments are superseded, the log cleaner keeps only the newest record per key (group, topic,
        partition), so older commits disappear, offsets leave gaps and the log start moves forward. A tombstone (null value) deletes a key.
      </p>
      {compaction && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          Compaction at {formatClock(compaction.at)}: the cleaner removed {plural(compaction.removed.length, "superseded record")} of this group
          {compaction.removed.length > 0 ? ` (offsets ${formatOffsets(compaction.removed)})` : ""}
          {compaction.start ? `; the log start offset moved from ${compaction.start[0]} to ${compaction.start[1]}` : ""}.
        </p>
      )}
      <div className={`${SCROLL_X} max-h-[24rem] overflow-y-auto`} tabIndex={0} role="region" aria-label={`Records of ${groupId} in __consumer_offsets (scrollable)`}>
        <table className="w-full border-collapse">
          <caption className="sr-only">
            Records of group {groupId} in __consumer_offsets-{partition}, newest first
          </caption>
          <thead className="sticky top-0 bg-white dark:bg-neutral-900">
            <tr>
              <th scope="col" className={`${TH} text-right`}>
                Offset
              </th>
              <th scope="col" className={TH}>
                Key <span className="font-normal">(group, topic, partition)</span>
              </th>
              <th scope="col" className={TH}>
                Value <span className="font-normal">(offset, commit time)</span>
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {rows.length === 0 && (
              <tr>
                <td colSpan={3} className={`${TD} font-sans ${MUTED}`}>
                  No records yet: the group has not committed.
                </td>
              </tr>
            )}
            {rows.map((row) =>
              row.kind === "gap" ? (
                <tr key={`gap-${row.from}`} className="border-t border-neutral-200 dark:border-neutral-800">
                  <td colSpan={3} className={`${TD} font-sans italic ${MUTED}`}>
                    {row.to - row.from === 1 ? `offset ${row.from}` : `offsets ${row.from}–${row.to - 1}`}: compacted away, or records of other groups
                  </td>
                </tr>
              ) : (
                <tr
                  key={row.record.offset}
                  className={`border-t border-neutral-200 dark:border-neutral-800 ${row.record.value === null ? "bg-red-50 dark:bg-red-950/40" : ""}`}
                >
                  <th scope="row" className={`${TD} text-right font-normal tabular-nums`}>
                    {row.record.offset}
                  </th>
                  <td className={TD}>{describeKey(row.record)}</td>
                  <td className={`${TD} ${row.record.value === null ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>{describeValue(row.record)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
