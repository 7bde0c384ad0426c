/**
 * RangeAssignor without racks: clients/src/main/java/org/apache/kafka/clients/consumer/RangeAssignor.java.
 * Per topic, the subscribed members sorted by MemberInfo.compareTo get contiguous ranges; the first
 * (nPartitions % nConsumers) of them get one extra partition.
 */
import { javaHashMapOrder } from "./javaHashMap";
import { sortMembers, type MemberInfoLike } from "./memberOrder";
import type { TP } from "./topicPartition";

/** A member as the range assignor sees it. */
export interface RangeMember extends MemberInfoLike {
  subscriptions: readonly string[];
}

/** RangeAssignor.assignPartitions; members in subscriptions-map iteration order, lists in Kafka's order. */
export function rangeAssign(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly RangeMember[],
): Map<string, TP[]> {
  const assignment = new Map<string, TP[]>();
  for (const m of members) assignment.set(m.id, []);

  // consumersPerTopic: topic -> members subscribed to it, in subscription iteration order.
  const consumersPerTopic = new Map<string, RangeMember[]>();
  for (const m of members) {
    for (const topic of m.subscriptions) {
      let list = consumersPerTopic.get(topic);
      if (!list) consumersPerTopic.set(topic, (list = []));
      list.push(m);
    }
  }

  // Kafka walks partitionsPerTopic (a HashMap) in its iteration order; this only affects list order.
  for (const topic of javaHashMapOrder(Object.keys(partitionsPerTopic))) {
    const numPartitions = Math.max(0, partitionsPerTopic[topic] ?? 0);
    if (numPartitions === 0) continue;
    // Collectors.toMap into a LinkedHashMap keyed by member id: duplicates collapse to the first.
    const consumers: string[] = [];
    for (const m of sortMembers(consumersPerTopic.get(topic) ?? [])) {
      if (!consumers.includes(m.id)) consumers.push(m.id);
    }
    if (consumers.length === 0) continue;
    const perConsumer = Math.floor(numPartitions / consumers.length);
    const withExtra = numPartitions % consumers.length;
    let next = 0;
    consumers.forEach((consumer, i) => {
      const count = perConsumer + (i < withExtra ? 1 : 0);
      const list = assignment.get(consumer)!;
      for (let p = next; p < next + count; p++) list.push([topic, p]);
      next += count;
    });
  }
  return assignment;
}
