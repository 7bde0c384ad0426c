/**
 * Which records a group processed twice, skipped as known duplicates, or lost, named from the event log's
 * `recordsRedelivered` (data.ranges: [topic, partition, from, to)) and `recordsLost` (topic, partition,
 * data.offsets: [from, to)) events. The counters in the snapshot stay the authority; these name the records.
 */
import type { SimEvent } from "../../engine/types";
import { formatRanges } from "./format";

/** Merged, sorted half-open offset ranges per "topic-partition". */
export type RecordRanges = ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;

export interface GroupRecords {
  readonly duplicates: RecordRanges;
  readonly skipped: RecordRanges;
  readonly lost: RecordRanges;
}

type Mutable = Map<string, Array<[number, number]>>;

function add(into: Mutable, tp: string, from: number, to: number): void {
  if (!(Number.isInteger(from) && Number.isInteger(to) && to > from)) return;
  const list = into.get(tp) ?? [];
  list.push([from, to]);
  into.set(tp, list);
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function isRange(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length >= 2 && typeof x[0] === "number" && typeof x[1] === "number";
}

/** Per group id, the records named by delivery events. */
export function deliveryRecords(events: readonly SimEvent[]): Map<string, GroupRecords> {
  const raw = new Map<string, { duplicates: Mutable; skipped: Mutable; lost: Mutable }>();
  const of = (group: string) => {
    let r = raw.get(group);
    if (!r) raw.set(group, (r = { duplicates: new Map(), skipped: new Map(), lost: new Map() }));
    return r;
  };
  for (const e of events) {
    if (!e.group) continue;
    if (e.type === "recordsRedelivered") {
      const ranges = e.data?.ranges;
      if (!Array.isArray(ranges)) continue;
      const into = e.data?.idempotent === true ? of(e.group).skipped : of(e.group).duplicates;
      for (const r of ranges) {
        if (Array.isArray(r) && typeof r[0] === "string" && typeof r[1] === "number") add(into, `${r[0]}-${r[1]}`, Number(r[2]), Number(r[3]));
      }
    } else if (e.type === "recordsLost") {
      const offsets = e.data?.offsets;
      if (!Array.isArray(offsets) || e.topic === undefined || e.partition === undefined) continue;
      for (const r of offsets) if (isRange(r)) add(of(e.group).lost, `${e.topic}-${e.partition}`, r[0], r[1]);
    }
  }
  const out = new Map<string, GroupRecords>();
  const finish = (m: Mutable): RecordRanges => new Map([...m].sort(([a], [b]) => compareTp(a, b)).map(([k, v]) => [k, mergeRanges(v)]));
  for (const [g, r] of raw) out.set(g, { duplicates: finish(r.duplicates), skipped: finish(r.skipped), lost: finish(r.lost) });
  return out;
}

/** "topic-3" keys in topic order, then by partition number. */
export function compareTp(a: string, b: string): number {
  const [ta, pa] = splitTp(a);
  const [tb, pb] = splitTp(b);
  return ta < tb ? -1 : ta > tb ? 1 : pa - pb;
}

export function splitTp(key: string): [string, number] {
  const i = key.lastIndexOf("-");
  return i < 0 ? [key, 0] : [key.slice(0, i), Number(key.slice(i + 1))];
}

/** How many offsets the ranges hold. */
export function countRanges(r: RecordRanges): number {
  let n = 0;
  for (const list of r.values()) for (const [a, b] of list) n += b - a;
  return n;
}

/** One line per partition, "orders-1: 32–36, 47", at most `maxLines` (then "and N more partitions"). */
export function describeRanges(r: RecordRanges, maxLines = 8): string[] {
  const lines = [...r].map(([tp, ranges]) => `${tp}: offsets ${formatRanges(ranges)}`);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines), `and ${lines.length - maxLines} more partitions`];
}
