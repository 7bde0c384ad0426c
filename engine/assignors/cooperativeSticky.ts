/**
 * CooperativeStickyAssignor: clients/src/main/java/org/apache/kafka/clients/consumer/CooperativeStickyAssignor.java.
 * Runs the sticky algorithm on Subscription.ownedPartitions / generationId, then withholds every
 * partition that changes owner (adjustAssignment) so it is revoked first and assigned next rebalance.
 */
import { stickyAssign } from "./sticky";
import type { StickyMember, StickyResult } from "./stickyTypes";
import { removeFirst, tpKey, type TP } from "./topicPartition";

/**
 * computePartitionsTransferringOwnership (general path): partitions newly assigned to some member that
 * some member reported as owned and no longer gets.
 */
function computePartitionsTransferringOwnership(
  ownedBy: ReadonlyMap<string, readonly TP[]>,
  assignments: ReadonlyMap<string, TP[]>,
): Map<string, [TP, string]> {
  const allAdded = new Map<string, [TP, string]>();
  const allRevoked = new Set<string>();
  for (const [consumer, assigned] of assignments) {
    const owned = ownedBy.get(consumer) ?? [];
    const ownedSet = new Set(owned.map(tpKey));
    for (const tp of assigned) if (!ownedSet.has(tpKey(tp))) allAdded.set(tpKey(tp), [tp, consumer]);
    const assignedSet = new Set(assigned.map(tpKey));
    for (const tp of owned) if (!assignedSet.has(tpKey(tp))) allRevoked.add(tpKey(tp));
  }
  for (const key of [...allAdded.keys()]) if (!allRevoked.has(key)) allAdded.delete(key);
  return allAdded;
}

/**
 * CooperativeStickyAssignor.assignPartitions. `partitionsTransferringOwnership` in the result is the
 * field Kafka leaves on the assignor (null on the general path), not the set that was withheld.
 */
export function cooperativeStickyAssign(
  partitionsPerTopic: ReadonlyMap<string, number>,
  members: readonly StickyMember[],
): StickyResult {
  const result = stickyAssign(partitionsPerTopic, members);
  const ownedBy = new Map(members.map((m) => [m.id, m.partitions]));
  const transferring =
    result.partitionsTransferringOwnership ?? computePartitionsTransferringOwnership(ownedBy, result.assignment);
  // adjustAssignment
  for (const [tp, consumer] of transferring.values()) removeFirst(result.assignment.get(consumer)!, tp);
  return result;
}
