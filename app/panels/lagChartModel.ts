/**
 * The lag chart's data: the group's total lag and each partition's lag over virtual time, from the group's
 * `lagHistory` (one sample per virtual second; partitions keyed "topic-partition").
 */
import type { LagSample, Millis } from "../../engine/types";
import { compareTp } from "./deliveryRecords";
import { formatDuration, plural } from "./format";

/** [time, lag]; lag null where the partition had no sample (added later, or no committed offset). */
export type LagPoint = readonly [Millis, number | null];

export interface LagSeries {
  readonly key: string;
  readonly points: readonly LagPoint[];
  readonly last: number | null;
  readonly peak: number;
}

export interface LagChartData {
  readonly t0: Millis;
  readonly t1: Millis;
  readonly maxLag: number;
  readonly total: LagSeries;
  readonly partitions: readonly LagSeries[];
  readonly timeLagNow: Millis;
}

function series(key: string, points: LagPoint[]): LagSeries {
  let peak = 0;
  for (const [, v] of points) if (v !== null && v > peak) peak = v;
  return { key, points, last: points.length > 0 ? points[points.length - 1][1] : null, peak };
}

export function lagChartData(history: readonly LagSample[]): LagChartData | null {
  if (history.length === 0) return null;
  const keys = new Set<string>();
  for (const s of history) for (const k of Object.keys(s.byPartition)) keys.add(k);
  const sorted = [...keys].sort(compareTp);
  const total = series("total", history.map((s) => [s.time, s.totalLag]));
  const partitions = sorted.map((k) => series(k, history.map((s) => [s.time, s.byPartition[k] ?? null])));
  const maxLag = Math.max(total.peak, ...partitions.map((p) => p.peak));
  return {
    t0: history[0].time,
    t1: history[history.length - 1].time,
    maxLag,
    total,
    partitions,
    timeLagNow: history[history.length - 1].timeLag,
  };
}

/** The chart's text alternative: what a sighted reader takes from it at a glance. */
export function describeLag(d: LagChartData | null, groupId: string): string {
  if (!d) return `No lag samples yet for group ${groupId}: the engine samples lag once per virtual second.`;
  const span = formatDuration(d.t1 - d.t0);
  const parts = d.partitions.map((p) => `${p.key}: ${p.last ?? "no committed offset"}`).join(", ");
  return (
    `Lag of group ${groupId}: ${plural(d.total.last ?? 0, "record")} now (peak ${d.total.peak} over the last ${span})` +
    (parts ? `; per partition ${parts}` : "") +
    `. The oldest unconsumed record is ${formatDuration(d.timeLagNow)} old.`
  );
}
