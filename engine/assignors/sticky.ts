/**
 * AbstractStickyAssignor.assignPartitions without racks
 * (clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java):
 * resolves conflicting ownership claims by generation (allSubscriptionsEqual), then runs the
 * constrained path when all subscriptions are equal and the general path otherwise.
 * The eager StickyAssignor (clients/src/main/java/org/apache/kafka/clients/consumer/StickyAssignor.java)
 * is this with MemberData read from userData.
 */
import { JavaHashSet, javaStringHashCode } from "./javaHashMap";
import { constrainedAssign } from "./stickyConstrained";
import { generalAssign } from "./stickyGeneral";
import { DEFAULT_GENERATION, type StickyMember, type StickyResult } from "./stickyTypes";
import { removeFirst, tpKey, type TP } from "./topicPartition";

/**
 * The partitions as StickyAssignor reads them back from its userData: serializeTopicPartitionAssignment
 * groups them by topic with HashMap.computeIfAbsent (CollectionUtils.groupPartitionsByTopic), so topics
 * come back in that map's iteration order, each topic's partitions in their original order.
 */
export function userDataPartitionOrder(partitions: readonly TP[]): TP[] {
  const byTopic = new Map<string, number[]>();
  const topics = new JavaHashSet<string>((t) => t, javaStringHashCode);
  for (const [topic, p] of partitions) {
    topics.computeIfAbsent(topic);
    let list = byTopic.get(topic);
    if (!list) byTopic.set(topic, (list = []));
    list.push(p);
  }
  const out: TP[] = [];
  for (const topic of topics.values()) {
    for (const p of byTopic.get(topic)!) out.push([topic, p]);
  }
  return out;
}

/**
 * AbstractStickyAssignor.assignPartitions. `partitionsPerTopic` must hold only subscribed topics that
 * have at least one partition (as AbstractPartitionAssignor.assign(Cluster, ...) builds it); `members`
 * are in subscriptions-map iteration order.
 */
export function stickyAssign(partitionsPerTopic: ReadonlyMap<string, number>, members: readonly StickyMember[]): StickyResult {
  const consumerToOwnedPartitions = new Map<string, TP[]>();
  const partitionsWithMultiplePreviousOwners = new Map<string, TP>();
  let maxGeneration = DEFAULT_GENERATION;

  // allSubscriptionsEqual
  let isAllSubscriptionsEqual = true;
  const subscribedTopics = new Set<string>();
  const allPreviousPartitionsToOwner = new Map<string, string>();
  const subscriptionGeneration = new Map(members.map((m) => [m.id, m.subscriptionGeneration]));
  for (const m of members) {
    if (subscribedTopics.size === 0) {
      for (const t of m.topics) subscribedTopics.add(t);
    } else if (
      isAllSubscriptionsEqual &&
      !(m.topics.length === subscribedTopics.size && m.topics.every((t) => subscribedTopics.has(t)))
    ) {
      isAllSubscriptionsEqual = false;
    }
    const memberGeneration = m.generation ?? DEFAULT_GENERATION;
    maxGeneration = Math.max(maxGeneration, memberGeneration);
    const ownedPartitions: TP[] = [];
    consumerToOwnedPartitions.set(m.id, ownedPartitions);
    for (const tp of m.partitions) {
      if (!partitionsPerTopic.has(tp[0])) continue;
      const key = tpKey(tp);
      const otherConsumer = allPreviousPartitionsToOwner.get(key);
      if (otherConsumer === undefined) {
        ownedPartitions.push(tp);
        allPreviousPartitionsToOwner.set(key, m.id);
        continue;
      }
      const otherMemberGeneration = subscriptionGeneration.get(otherConsumer) ?? DEFAULT_GENERATION;
      if (memberGeneration === otherMemberGeneration) {
        // same generation: invalidate the partition for both claimants
        partitionsWithMultiplePreviousOwners.set(key, tp);
        removeFirst(consumerToOwnedPartitions.get(otherConsumer)!, tp);
        allPreviousPartitionsToOwner.set(key, m.id);
      } else if (memberGeneration > otherMemberGeneration) {
        ownedPartitions.push(tp);
        removeFirst(consumerToOwnedPartitions.get(otherConsumer)!, tp);
        allPreviousPartitionsToOwner.set(key, m.id);
      }
    }
  }

  if (isAllSubscriptionsEqual) {
    const outcome = constrainedAssign(partitionsPerTopic, consumerToOwnedPartitions, partitionsWithMultiplePreviousOwners);
    return {
      assignment: outcome.assignment,
      partitionsTransferringOwnership: outcome.partitionsTransferringOwnership,
      isSticky: null,
      constrained: true,
    };
  }
  const outcome = generalAssign(partitionsPerTopic, consumerToOwnedPartitions, members, maxGeneration);
  return { assignment: outcome.assignment, partitionsTransferringOwnership: null, isSticky: outcome.isSticky, constrained: false };
}
