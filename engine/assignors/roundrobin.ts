/**
 * RoundRobinAssignor: clients/src/main/java/org/apache/kafka/clients/consumer/RoundRobinAssignor.java.
 * All partitions of all subscribed topics (topics in String order) are dealt to the members sorted by
 * MemberInfo.compareTo with one circular cursor, skipping members not subscribed to the partition's topic.
 */
import { compareJavaStrings, sortMembers, type MemberInfoLike } from "./memberOrder";
import type { TP } from "./topicPartition";

/** A member as the round-robin assignor sees it. */
export interface RoundRobinMember extends MemberInfoLike {
  subscriptions: readonly string[];
}

/** RoundRobinAssignor.assign; members in subscriptions-map iteration order, lists in Kafka's order. */
export function roundRobinAssign(
  partitionsPerTopic: Readonly<Record<string, number>>,
  members: readonly RoundRobinMember[],
): Map<string, TP[]> {
  const assignment = new Map<string, TP[]>();
  for (const m of members) assignment.set(m.id, []);
  if (members.length === 0) return assignment;

  // allPartitionsSorted: a TreeSet of every subscribed topic, then partitions 0..n-1 of each known topic.
  const topics = [...new Set(members.flatMap((m) => m.subscriptions))].sort(compareJavaStrings);
  const partitions: TP[] = [];
  for (const topic of topics) {
    if (!Object.prototype.hasOwnProperty.call(partitionsPerTopic, topic)) continue;
    const n = Math.max(0, partitionsPerTopic[topic]);
    for (let p = 0; p < n; p++) partitions.push([topic, p]);
  }

  // CircularIterator over the sorted members: one cursor for the whole run.
  const sorted = sortMembers(members);
  const subscribed = sorted.map((m) => new Set(m.subscriptions));
  let cursor = 0;
  for (const tp of partitions) {
    while (!subscribed[cursor % sorted.length].has(tp[0])) cursor++;
    assignment.get(sorted[cursor % sorted.length].id)!.push(tp);
    cursor++;
  }
  return assignment;
}
