/**
 * AbstractStickyAssignor.ConstrainedAssignmentBuilder without racks: the path taken when every member
 * has the same subscription (clients/src/main/java/org/apache/kafka/clients/consumer/internals/
 * AbstractStickyAssignor.java). Owned partitions are kept up to minQuota/maxQuota (members visited in
 * HashMap order, owned partitions sorted by partition then topic); the rest are dealt round-robin.
 */
import { javaHashMapOrder } from "./javaHashMap";
import { compareJavaStrings } from "./memberOrder";
import {
  comparePartitionThenTopic,
  compareTopicThenPartition,
  containsTp,
  removeFirst,
  tpKey,
  type TP,
} from "./topicPartition";

/** Result of the constrained path: the assignment plus partitionsTransferringOwnership. */
export interface ConstrainedOutcome {
  assignment: Map<string, TP[]>;
  partitionsTransferringOwnership: Map<string, [TP, string]>;
}

/** All partitions of the given topics, in the given topic order (getAllTopicPartitions). */
function allTopicPartitions(partitionsPerTopic: ReadonlyMap<string, number>, topics: readonly string[]): TP[] {
  const out: TP[] = [];
  for (const topic of topics) {
    const n = partitionsPerTopic.get(topic)!;
    for (let p = 0; p < n; p++) out.push([topic, p]);
  }
  return out;
}

/**
 * ConstrainedAssignmentBuilder.build(). `currentAssignment` is consumerToOwnedPartitions (member id ->
 * resolved owned partitions) with keys inserted in subscriptions iteration order.
 */
export function constrainedAssign(
  partitionsPerTopic: ReadonlyMap<string, number>,
  currentAssignment: ReadonlyMap<string, TP[]>,
  partitionsWithMultiplePreviousOwners: ReadonlyMap<string, TP>,
): ConstrainedOutcome {
  const transferring = new Map<string, [TP, string]>();
  const maybeRevoked = new Map<string, string>();
  let underMin: string[] = [];
  const exactlyMin: string[] = [];

  let total = 0;
  for (const n of partitionsPerTopic.values()) total += n;
  const numberOfConsumers = currentAssignment.size;
  const minQuota = Math.floor(total / numberOfConsumers);
  const maxQuota = Math.ceil(total / numberOfConsumers);
  const expectedNumMembersWithOverMinQuota = total % numberOfConsumers;
  let currentNumMembersWithOverMinQuota = 0;

  const assignment = new Map<string, TP[]>();
  for (const c of currentAssignment.keys()) assignment.set(c, []);
  const assignedPartitions: TP[] = [];

  // assignOwnedPartitions: currentAssignment is a java.util.HashMap.
  for (const consumer of javaHashMapOrder([...currentAssignment.keys()])) {
    const owned = [...currentAssignment.get(consumer)!].sort(comparePartitionThenTopic);
    const consumerAssignment = assignment.get(consumer)!;
    for (const doubly of partitionsWithMultiplePreviousOwners.values()) {
      if (containsTp(owned, doubly)) removeFirst(owned, doubly);
    }
    if (owned.length < minQuota) {
      consumerAssignment.push(...owned);
      assignedPartitions.push(...owned);
      underMin.push(consumer);
    } else if (owned.length >= maxQuota && currentNumMembersWithOverMinQuota < expectedNumMembersWithOverMinQuota) {
      currentNumMembersWithOverMinQuota++;
      if (currentNumMembersWithOverMinQuota === expectedNumMembersWithOverMinQuota) exactlyMin.length = 0;
      consumerAssignment.push(...owned.slice(0, maxQuota));
      assignedPartitions.push(...owned.slice(0, maxQuota));
      for (const tp of owned.slice(maxQuota)) maybeRevoked.set(tpKey(tp), consumer);
    } else {
      consumerAssignment.push(...owned.slice(0, minQuota));
      assignedPartitions.push(...owned.slice(0, minQuota));
      for (const tp of owned.slice(minQuota)) maybeRevoked.set(tpKey(tp), consumer);
      if (currentNumMembersWithOverMinQuota < expectedNumMembersWithOverMinQuota) exactlyMin.push(consumer);
    }
  }

  const unassigned = unassignedPartitions(partitionsPerTopic, assignedPartitions);
  underMin = underMin.sort(compareJavaStrings);
  exactlyMin.sort(compareJavaStrings);

  const assignNewPartition = (tp: TP, consumer: string): number => {
    const list = assignment.get(consumer)!;
    list.push(tp);
    const key = tpKey(tp);
    const revokedFrom = maybeRevoked.get(key);
    if ((revokedFrom !== undefined && revokedFrom !== consumer) || partitionsWithMultiplePreviousOwners.has(key)) {
      transferring.set(key, [tp, consumer]);
    }
    return list.length;
  };

  // assignRoundRobin, with a LinkedList iterator (cursor + lastReturned) over the under-minQuota members.
  let cursor = 0;
  let lastReturned = -1;
  const iterNext = (): string => {
    lastReturned = cursor;
    return underMin[cursor++];
  };
  for (const tp of unassigned) {
    let consumer: string;
    if (cursor < underMin.length) {
      consumer = iterNext();
    } else if (underMin.length === 0 && exactlyMin.length === 0) {
      throw new Error("IllegalStateException: No more unfilled consumers to be assigned.");
    } else if (underMin.length === 0) {
      consumer = exactlyMin.shift()!;
    } else {
      cursor = 0;
      lastReturned = -1;
      consumer = iterNext();
    }
    const count = assignNewPartition(tp, consumer);
    if (count === minQuota) {
      // unfilledConsumerIter.remove(): removes the element the iterator returned last.
      if (lastReturned < 0) throw new Error("IllegalStateException");
      underMin.splice(lastReturned, 1);
      cursor = lastReturned;
      lastReturned = -1;
      exactlyMin.push(consumer);
    } else if (count === maxQuota) {
      currentNumMembersWithOverMinQuota++;
    }
  }

  // verifyUnfilledMembers
  if (underMin.length > 0) {
    if (currentNumMembersWithOverMinQuota !== expectedNumMembersWithOverMinQuota) {
      throw new Error(
        "IllegalStateException: We haven't reached the expected number of members with " +
          "more than the minQuota partitions, but no more partitions to be assigned",
      );
    }
    for (const member of underMin) {
      if (assignment.get(member)!.length !== minQuota) {
        throw new Error(
          `IllegalStateException: Consumer: [${member}] doesn't reach minQuota partitions, ` +
            "and no more partitions to be assigned",
        );
      }
    }
  }
  return { assignment, partitionsTransferringOwnership: transferring };
}

/**
 * getUnassignedPartitions: all partitions (topics sorted) minus the assigned ones, with Kafka's
 * two-pointer walk over the assigned partitions sorted by topic then partition.
 */
function unassignedPartitions(partitionsPerTopic: ReadonlyMap<string, number>, assigned: TP[]): TP[] {
  const sortedAllTopics = [...partitionsPerTopic.keys()].sort(compareJavaStrings);
  if (assigned.length === 0) return allTopicPartitions(partitionsPerTopic, sortedAllTopics);
  const sortedAssigned = [...assigned].sort(compareTopicThenPartition);
  const out: TP[] = [];
  let shouldAddDirectly = false;
  let idx = 0;
  let next = sortedAssigned[idx++];
  for (const topic of sortedAllTopics) {
    const n = partitionsPerTopic.get(topic)!;
    for (let i = 0; i < n; i++) {
      if (shouldAddDirectly || !(next[0] === topic && next[1] === i)) {
        out.push([topic, i]);
      } else if (idx < sortedAssigned.length) {
        next = sortedAssigned[idx++];
      } else {
        shouldAddDirectly = true;
      }
    }
  }
  return out;
}
