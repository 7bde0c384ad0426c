/**
 * The __consumer_offsets viewer's rows: a group's records newest first, with the offset gaps that compaction
 * (or other groups sharing the partition) leaves between them.
 */
import type { OffsetsRecordView } from "../../engine/types";
import { javaStringHashCode, kafkaAbs } from "../../engine/partitioner";
import { formatClock } from "./format";

export type OffsetsRow =
  | { readonly kind: "record"; readonly record: OffsetsRecordView }
  /** Offsets [from, to) of this partition that are not this group's records still in the log. */
  | { readonly kind: "gap"; readonly from: number; readonly to: number };

/** Newest first, at most `limit` records, with a gap row wherever offsets are missing (down to the log start). */
export function offsetsRows(records: readonly OffsetsRecordView[], logStartOffset: number, logEndOffset: number, limit = 200): OffsetsRow[] {
  const sorted = [...records].sort((a, b) => b.offset - a.offset).slice(0, limit);
  const out: OffsetsRow[] = [];
  let expected = logEndOffset;
  for (const r of sorted) {
    if (r.offset + 1 < expected) out.push({ kind: "gap", from: r.offset + 1, to: expected });
    out.push({ kind: "record", record: r });
    expected = r.offset;
  }
  if (sorted.length === records.length && expected > logStartOffset) out.push({ kind: "gap", from: logStartOffset, to: expected });
  return out;
}

/** The partition a group's commits go to, with the arithmetic spelled out. */
export function partitionArithmetic(groupId: string, partitions = 50): { hash: number; partition: number; text: string } {
  const hash = javaStringHashCode(groupId);
  const partition = kafkaAbs(hash) % partitions;
  return { hash, partition, text: `abs(${JSON.stringify(groupId)}.hashCode()) % ${partitions} = abs(${hash}) % ${partitions} = ${partition}` };
}

/** The key's fields (group, topic, partition), as the table shows them. */
export function describeKey(r: OffsetsRecordView): string {
  return r.key.kind === "offset" ? `${r.key.group}, ${r.key.topic}, ${r.key.partition}` : `${r.key.group} (group metadata)`;
}

/** The value's fields (offset, commit time), a group summary, or the tombstone. */
export function describeValue(r: OffsetsRecordView): string {
  const v = r.value;
  if (v === null) return "null (tombstone)";
  if ("offset" in v) return `${v.offset}, ${formatClock(v.commitTimestamp)}`;
  return `generation ${v.generation}, ${v.protocol ?? "no protocol"}, ${v.members} member${v.members === 1 ? "" : "s"}${v.leader ? `, leader ${v.leader}` : ""}`;
}
