/**
 * The rebalance timeline's data: for one consumer, when it consumed, when it was stopped (a whole-consumer pause:
 * eager rebalance, joining, crash, stop) and when only some partitions were paused (cooperative rebalancing).
 */
import type { ConsumerSnapshot, Millis, PauseInterval } from "../../engine/types";
import { formatClock } from "./format";

export type StopKind = "rebalance" | "crashed" | "stopped";

export interface Interval {
  readonly start: Millis;
  /** Resolved end: `now` for an interval still going on. */
  readonly end: Millis;
  readonly ongoing: boolean;
}

export interface Stop extends Interval {
  readonly kind: StopKind;
  readonly reason: PauseInterval["reason"];
}

export interface PartialPause extends Interval {
  /** "topic-partition" of the partitions that moved. */
  readonly partitions: readonly string[];
}

export interface ConsumerTimeline {
  readonly clientId: string;
  readonly groupId: string;
  /** The first moment the timeline knows of the consumer (it starts by joining, a pause). */
  readonly start: Millis;
  readonly consumed: readonly Interval[];
  readonly stops: readonly Stop[];
  readonly partial: readonly PartialPause[];
}

export function stopKind(reason: PauseInterval["reason"]): StopKind {
  if (reason === "rebalance") return "rebalance";
  if (reason === "crashed" || reason === "failed") return "crashed";
  return "stopped";
}

export function consumerTimeline(c: ConsumerSnapshot, now: Millis): ConsumerTimeline {
  const start = c.pauses.length > 0 ? Math.min(...c.pauses.map((p) => p.start)) : now;
  const stops: Stop[] = [];
  const partial: PartialPause[] = [];
  for (const p of c.pauses) {
    const end = p.end ?? now;
    const base = { start: p.start, end: Math.max(end, p.start), ongoing: p.end === null };
    if (p.partitions === "all") stops.push({ ...base, kind: stopKind(p.reason), reason: p.reason });
    else partial.push({ ...base, partitions: p.partitions.map(([t, n]) => `${t}-${n}`) });
  }
  stops.sort((a, b) => a.start - b.start);
  const consumed: Interval[] = [];
  let cursor = start;
  for (const s of stops) {
    if (s.start > cursor) consumed.push({ start: cursor, end: s.start, ongoing: false });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < now) consumed.push({ start: cursor, end: now, ongoing: true });
  return { clientId: c.clientId, groupId: c.groupId, start, consumed, stops, partial };
}

const STOP_TEXT: Record<PauseInterval["reason"], string> = {
  rebalance: "stopped for a rebalance (all partitions)",
  crashed: "crashed",
  failed: "failed",
  stopped: "stopped",
  left: "left the group",
};

function span(i: Interval): string {
  if (i.ongoing) return `from ${formatClock(i.start)} until now`;
  if (i.end === i.start) return `at ${formatClock(i.start)} (0 ms)`;
  return `${formatClock(i.start)} to ${formatClock(i.end)}`;
}

/** The timeline of one consumer in words, in time order: the chart's text alternative. */
export function describeTimeline(t: ConsumerTimeline): string[] {
  const items: Array<[Millis, number, string]> = [
    ...t.consumed.map((i): [Millis, number, string] => [i.start, 1, `consumed ${span(i)}`]),
    ...t.stops.map((s): [Millis, number, string] => [s.start, 0, `${STOP_TEXT[s.reason]} ${span(s)}`]),
    ...t.partial.map((p): [Millis, number, string] => [p.start, 2, `paused only ${p.partitions.join(", ")} (cooperative rebalance) ${span(p)}`]),
  ];
  return items.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , text]) => text);
}
