/**
 * The event log's filters: event types grouped into families a learner thinks in, plus text and group.
 */
import type { SimEvent } from "../../engine/types";

export const FAMILIES = ["membership", "rebalance", "commits", "delivery", "producer", "other"] as const;
export type EventFamily = (typeof FAMILIES)[number];

export const FAMILY_LABEL: Record<EventFamily, string> = {
  membership: "Membership",
  rebalance: "Rebalance",
  commits: "Commits",
  delivery: "Delivery",
  producer: "Producer & topics",
  other: "Other",
};

const BY_TYPE: Record<string, EventFamily> = {
  consumerStarted: "membership",
  consumerStopped: "membership",
  consumerCrashed: "membership",
  consumerRestarted: "membership",
  consumerRemoved: "membership",
  consumerMoved: "membership",
  consumerConfigured: "membership",
  consumerFailed: "membership",
  memberJoined: "membership",
  memberLeft: "membership",
  memberFailed: "membership",
  heartbeatFailed: "membership",
  pollTimeoutExpired: "membership",
  subscriptionChanged: "membership",
  processingTimeChanged: "membership",
  rebalanceStarted: "rebalance",
  joinCompleted: "rebalance",
  assignmentComputed: "rebalance",
  partitionsAssigned: "rebalance",
  partitionsRevoked: "rebalance",
  partitionsLost: "rebalance",
  groupStateChanged: "rebalance",
  assignorChanged: "rebalance",
  assignorFailed: "rebalance",
  metadataChanged: "rebalance",
  groupDeleted: "rebalance",
  offsetsCommitted: "commits",
  commitFailed: "commits",
  offsetsReset: "commits",
  offsetsResetPlanned: "commits",
  offsetsDeleted: "commits",
  offsetsExpired: "commits",
  offsetReset: "commits",
  offsetOutOfRange: "commits",
  recordsRedelivered: "delivery",
  recordsLost: "delivery",
  recordsProduced: "producer",
  producerRateChanged: "producer",
  topicCreated: "producer",
  partitionsAdded: "producer",
  retentionChanged: "producer",
  segmentsDeleted: "producer",
};

/** The family of an event type; types added to the engine later are guessed from their name. */
export function familyOf(type: string): EventFamily {
  const known = BY_TYPE[type];
  if (known) return known;
  if (/commit|offset/i.test(type)) return "commits";
  if (/rebalance|assign|revok|generation|sync|join/i.test(type)) return "rebalance";
  if (/member|consumer|heartbeat|session|poll/i.test(type)) return "membership";
  if (/redeliver|lost|duplicate/i.test(type)) return "delivery";
  if (/produc|topic|partition|segment|retention/i.test(type)) return "producer";
  return "other";
}

export interface EventFilter {
  /** Case-insensitive words that must all appear in the message, type, group or consumer. */
  readonly text: string;
  /** Only events of this group (null: every event). */
  readonly group: string | null;
  readonly families: ReadonlySet<EventFamily>;
}

export function matchesFilter(e: SimEvent, f: EventFilter, words = filterWords(f.text)): boolean {
  if (!f.families.has(familyOf(e.type))) return false;
  if (f.group !== null && e.group !== f.group) return false;
  if (words.length === 0) return true;
  const hay = `${e.message} ${e.type} ${e.group ?? ""} ${e.consumer ?? ""}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function filterWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The newest `limit` matching events, oldest first, and how many more matched before them. One pass from the
 * newest end, so a cap of a few hundred stays fast however long the log is.
 */
export function filterEvents(events: readonly SimEvent[], f: EventFilter, limit: number): { shown: SimEvent[]; earlier: number } {
  const words = filterWords(f.text);
  const shown: SimEvent[] = [];
  let earlier = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    if (!matchesFilter(events[i], f, words)) continue;
    if (shown.length < limit) shown.push(events[i]);
    else earlier++;
  }
  return { shown: shown.reverse(), earlier };
}

/** Counts per family, for the filter's labels. */
export function familyCounts(events: readonly SimEvent[]): Record<EventFamily, number> {
  const out = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<EventFamily, number>;
  for (const e of events) out[familyOf(e.type)]++;
  return out;
}
