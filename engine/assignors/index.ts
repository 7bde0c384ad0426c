/**
 * Kafka's four consumer partition assignors, bit-identical to the Java client (no racks):
 * RangeAssignor, RoundRobinAssignor, StickyAssignor and CooperativeStickyAssignor under
 * clients/src/main/java/org/apache/kafka/clients/consumer/ (the sticky pair via
 * internals/AbstractStickyAssignor.java, the common part via internals/AbstractPartitionAssignor.java).
 *
 * Members are taken in the iteration order of Kafka's subscriptions map. In production that map is a
 * java.util.HashMap filled in JoinGroup-response order: pass `javaHashMapOrder(ids)` order to mimic it.
 */
import { cooperativeStickyAssign } from "./cooperativeSticky";
import { rangeAssign } from "./range";
import { roundRobinAssign } from "./roundrobin";
import { stickyAssign, userDataPartitionOrder } from "./sticky";
import { DEFAULT_GENERATION, type StickyMember } from "./stickyTypes";
import { compareTopicThenPartition, tpName, type TP } from "./topicPartition";

export { javaHashMapOrder, javaStringHashCode } from "./javaHashMap";
export { compareMemberInfo } from "./memberOrder";

/** The assignors, by their protocol names. */
export type AssignorName = "range" | "roundrobin" | "sticky" | "cooperative-sticky";

/** One group member as the leader's assignor sees it. */
export interface AssignorMember {
  id: string;
  subscriptions: string[];
  /** Previously owned partitions: userData previous_assignment for 'sticky', Subscription.ownedPartitions for 'cooperative-sticky'. */
  owned?: Array<[string, number]>;
  /** Generation reported with `owned`; null (or absent) means none (V0 user data / no generationId). */
  generation?: number | null;
  /** group.instance.id (static membership); only range and roundrobin look at it. */
  groupInstanceId?: string;
}

/** Topic metadata plus members in subscriptions-map iteration order. */
export interface AssignorInput {
  partitionsPerTopic: Record<string, number>;
  members: AssignorMember[];
}

/** Full outcome of one assignment. */
export interface AssignorDetailedResult {
  /** Every member, each list sorted by topic (Java String order) then partition. */
  assignment: Record<string, Array<[string, number]>>;
  /** Sticky assignors' partitionsTransferringOwnership ("topic-p" -> new owner); null on the general path and for range/roundrobin. */
  partitionsTransferringOwnership: Record<string, string> | null;
  /** Each member's list in the order Kafka's assignor returns it. */
  kafkaOrder: Record<string, Array<[string, number]>>;
  /** Sticky assignors' isSticky() after a general-path run; null otherwise. */
  isSticky: boolean | null;
  /** Which AbstractStickyAssignor path ran (null for range/roundrobin). */
  stickyPath: "constrained" | "general" | null;
}

/** Protocol metadata of each assignor. */
export const ASSIGNORS: Record<
  AssignorName,
  { protocolName: string; kafkaClass: string; protocols: Array<"EAGER" | "COOPERATIVE"> }
> = {
  range: { protocolName: "range", kafkaClass: "RangeAssignor", protocols: ["EAGER"] },
  roundrobin: { protocolName: "roundrobin", kafkaClass: "RoundRobinAssignor", protocols: ["EAGER"] },
  sticky: { protocolName: "sticky", kafkaClass: "StickyAssignor", protocols: ["EAGER"] },
  "cooperative-sticky": {
    protocolName: "cooperative-sticky",
    kafkaClass: "CooperativeStickyAssignor",
    protocols: ["COOPERATIVE", "EAGER"],
  },
};

/** Collapses repeated member ids the way Map.put does: first position, last value. */
function uniqueMembers(members: readonly AssignorMember[]): AssignorMember[] {
  const byId = new Map<string, AssignorMember>();
  for (const m of members) byId.set(m.id, m);
  return [...byId.values()];
}

/** AbstractPartitionAssignor.assign(Cluster, ...): subscribed topics that have at least one partition. */
function subscribedPartitionsPerTopic(input: AssignorInput, members: readonly AssignorMember[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of members) {
    for (const topic of m.subscriptions) {
      if (out.has(topic) || !Object.prototype.hasOwnProperty.call(input.partitionsPerTopic, topic)) continue;
      const n = input.partitionsPerTopic[topic];
      if (Number.isInteger(n) && n > 0) out.set(topic, n);
    }
  }
  return out;
}

function toStickyMember(m: AssignorMember, cooperative: boolean): StickyMember {
  const owned: TP[] = (m.owned ?? []).map(([t, p]) => [t, p]);
  const generation = typeof m.generation === "number" ? m.generation : undefined;
  return {
    id: m.id,
    topics: m.subscriptions,
    partitions: cooperative ? owned : userDataPartitionOrder(owned),
    generation,
    subscriptionGeneration: generation !== undefined && generation >= 0 ? generation : DEFAULT_GENERATION,
  };
}

/** Runs one assignor and returns the sorted assignment plus Kafka-side details. */
export function assignDetailed(strategy: AssignorName, input: AssignorInput): AssignorDetailedResult {
  const members = uniqueMembers(input.members);
  const ppt = subscribedPartitionsPerTopic(input, members);
  let raw: Map<string, TP[]>;
  let transferring: Map<string, [TP, string]> | null = null;
  let isSticky: boolean | null = null;
  let stickyPath: "constrained" | "general" | null = null;
  if (strategy === "range" || strategy === "roundrobin") {
    const counts = Object.fromEntries(ppt);
    raw = strategy === "range" ? rangeAssign(counts, members) : roundRobinAssign(counts, members);
  } else if (members.length === 0) {
    raw = new Map();
    transferring = new Map();
    stickyPath = "constrained";
  } else {
    const cooperative = strategy === "cooperative-sticky";
    const stickyMembers = members.map((m) => toStickyMember(m, cooperative));
    const result = cooperative ? cooperativeStickyAssign(ppt, stickyMembers) : stickyAssign(ppt, stickyMembers);
    raw = result.assignment;
    transferring = result.partitionsTransferringOwnership;
    isSticky = result.isSticky;
    stickyPath = result.constrained ? "constrained" : "general";
  }

  const assignment: Record<string, Array<[string, number]>> = {};
  const kafkaOrder: Record<string, Array<[string, number]>> = {};
  for (const m of members) {
    const list = raw.get(m.id) ?? [];
    kafkaOrder[m.id] = list.map(([t, p]) => [t, p]);
    assignment[m.id] = list.map(([t, p]): [string, number] => [t, p]).sort(compareTopicThenPartition);
  }
  let ownership: Record<string, string> | null = null;
  if (transferring) {
    ownership = {};
    for (const [tp, consumer] of transferring.values()) ownership[tpName(tp)] = consumer;
  }
  return { assignment, partitionsTransferringOwnership: ownership, kafkaOrder, isSticky, stickyPath };
}

/** Runs one assignor: every member's partitions, sorted by topic (Java String order) then partition. */
export function assign(strategy: AssignorName, input: AssignorInput): Record<string, Array<[string, number]>> {
  return assignDetailed(strategy, input).assignment;
}
