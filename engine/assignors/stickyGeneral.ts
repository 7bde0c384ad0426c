/**
 * AbstractStickyAssignor.GeneralAssignmentBuilder without racks: the path taken when members have
 * different subscriptions (clients/src/main/java/org/apache/kafka/clients/consumer/internals/
 * AbstractStickyAssignor.java). Keeps owned partitions, places the rest on the least-loaded eligible
 * member, then moves partitions (performReassignments) until balanced, reverting if not better.
 */
import { ConsumerTreeSet } from "./consumerTreeSet";
import { compareJavaStrings } from "./memberOrder";
import { PartitionMovements } from "./partitionMovements";
import type { StickyMember } from "./stickyTypes";
import { DEFAULT_GENERATION } from "./stickyTypes";
import { removeAllKeys, removeFirst, tpKey, type TP } from "./topicPartition";

/** Result of the general path: the assignment and the movement record (for isSticky). */
export interface GeneralOutcome {
  assignment: Map<string, TP[]>;
  isSticky: boolean;
}

interface ConsumerGenerationPair {
  consumer: string;
  generation: number;
}

function npe(what: string): Error {
  return new Error(`NullPointerException: ${what}`);
}

/**
 * GeneralAssignmentBuilder.build(). `currentAssignment` is consumerToOwnedPartitions (modified in place
 * and returned); `members` are in subscriptions iteration order.
 */
export function generalAssign(
  partitionsPerTopic: ReadonlyMap<string, number>,
  currentAssignment: Map<string, TP[]>,
  members: readonly StickyMember[],
  maxGeneration: number,
): GeneralOutcome {
  const subscriptions = new Map(members.map((m) => [m.id, m]));
  let totalPartitionsCount = 0;
  for (const n of partitionsPerTopic.values()) totalPartitionsCount += n;

  const topic2AllPotentialConsumers = new Map<string, string[]>();
  const consumer2AllPotentialTopics = new Map<string, string[]>();
  for (const topic of partitionsPerTopic.keys()) topic2AllPotentialConsumers.set(topic, []);
  for (const m of members) {
    const subscribedTopics: string[] = [];
    consumer2AllPotentialTopics.set(m.id, subscribedTopics);
    for (const topic of m.topics) {
      if (!partitionsPerTopic.has(topic)) continue;
      subscribedTopics.push(topic);
      topic2AllPotentialConsumers.get(topic)!.push(m.id);
    }
    if (!currentAssignment.has(m.id)) currentAssignment.set(m.id, []);
  }

  let currentPartitionConsumer = new Map<string, string>();
  for (const [consumer, partitions] of currentAssignment) {
    for (const tp of partitions) currentPartitionConsumer.set(tpKey(tp), consumer);
  }

  const numConsumers = (topic: string): number => topic2AllPotentialConsumers.get(topic)!.length;
  // TopicComparator, then the same order of partitions (PartitionComparator).
  const sortedAllTopics = [...topic2AllPotentialConsumers.keys()].sort(
    (a, b) => numConsumers(a) - numConsumers(b) || compareJavaStrings(a, b),
  );
  const sortedAllPartitions: TP[] = [];
  for (const topic of sortedAllTopics) {
    for (let p = 0; p < partitionsPerTopic.get(topic)!; p++) sortedAllPartitions.push([topic, p]);
  }

  const sizeOf = (consumer: string): number => {
    const list = currentAssignment.get(consumer);
    if (!list) throw npe(`no current assignment for ${consumer}`);
    return list.length;
  };
  const sorted = new ConsumerTreeSet(sizeOf);
  const movements = new PartitionMovements();
  let revocationRequired = false;

  // prepopulateCurrentAssignments: claims of members older than maxGeneration.
  const prevAssignment = new Map<string, ConsumerGenerationPair>();
  const updatePrevAssignment = (partitions: readonly TP[], consumer: string, generation: number): void => {
    for (const tp of partitions) {
      const existing = prevAssignment.get(tpKey(tp));
      if (!existing || generation > existing.generation) prevAssignment.set(tpKey(tp), { consumer, generation });
    }
  };
  for (const m of members) {
    if (m.generation !== undefined && m.generation < maxGeneration) {
      updatePrevAssignment(m.partitions, m.id, m.generation);
    } else if (m.generation === undefined && maxGeneration > DEFAULT_GENERATION) {
      updatePrevAssignment(m.partitions, m.id, DEFAULT_GENERATION);
    }
  }

  // assignOwnedPartitions
  const assignedPartitions: TP[] = [];
  for (const [consumer, partitions] of currentAssignment) {
    const subscription = subscriptions.get(consumer)!;
    const kept: TP[] = [];
    for (const tp of partitions) {
      if (!topic2AllPotentialConsumers.has(tp[0])) {
        currentPartitionConsumer.delete(tpKey(tp));
      } else if (!subscription.topics.includes(tp[0])) {
        revocationRequired = true;
      } else {
        kept.push(tp);
        assignedPartitions.push(tp);
      }
    }
    partitions.length = 0;
    partitions.push(...kept);
  }

  // getUnassignedPartitions (may return sortedAllPartitions itself, as Kafka does)
  let unassignedPartitions: TP[];
  if (assignedPartitions.length === 0) {
    unassignedPartitions = sortedAllPartitions;
  } else {
    unassignedPartitions = [];
    const sortedAssigned = [...assignedPartitions].sort(
      (a, b) => numConsumers(a[0]) - numConsumers(b[0]) || compareJavaStrings(a[0], b[0]) || a[1] - b[1],
    );
    let shouldAddDirectly = false;
    let idx = 0;
    let next = sortedAssigned[idx++];
    for (const tp of sortedAllPartitions) {
      if (shouldAddDirectly || !(next[0] === tp[0] && next[1] === tp[1])) unassignedPartitions.push(tp);
      else if (idx < sortedAssigned.length) next = sortedAssigned[idx++];
      else shouldAddDirectly = true;
    }
  }

  for (const consumer of currentAssignment.keys()) sorted.add(consumer);

  const getMaxAssignmentSize = (topics: readonly string[]): number => {
    if (topics.length === partitionsPerTopic.size) return totalPartitionsCount;
    let sum = 0;
    for (const t of topics) sum += partitionsPerTopic.get(t)!;
    return sum;
  };
  const canTopicParticipateInReassignment = (topic: string): boolean => numConsumers(topic) >= 2;
  const canConsumerParticipateInReassignment = (consumer: string): boolean => {
    const current = currentAssignment.get(consumer)!;
    if (current.length < getMaxAssignmentSize(consumer2AllPotentialTopics.get(consumer)!)) return true;
    return current.some((tp) => canTopicParticipateInReassignment(tp[0]));
  };

  const isBalanced = (): boolean => {
    const min = sizeOf(sorted.first());
    const max = sizeOf(sorted.last());
    if (min >= max - 1) return true;
    const allPartitions = new Map<string, string>();
    for (const [consumer, partitions] of currentAssignment) {
      for (const tp of partitions) allPartitions.set(tpKey(tp), consumer);
    }
    for (const consumer of sorted.toArray()) {
      const consumerPartitions = currentAssignment.get(consumer)!;
      const count = consumerPartitions.length;
      const topics = consumer2AllPotentialTopics.get(consumer)!;
      if (count === getMaxAssignmentSize(topics)) continue;
      const own = new Set(consumerPartitions.map(tpKey));
      for (const topic of topics) {
        const n = partitionsPerTopic.get(topic)!;
        for (let i = 0; i < n; i++) {
          const key = tpKey([topic, i]);
          if (own.has(key)) continue;
          const other = allPartitions.get(key);
          if (other === undefined) throw npe(`${topic}-${i} is not assigned`);
          if (count + 1 < sizeOf(other)) return false;
        }
      }
    }
    return true;
  };

  const processPartitionMovement = (tp: TP, newConsumer: string): void => {
    const oldConsumer = currentPartitionConsumer.get(tpKey(tp))!;
    sorted.remove(oldConsumer);
    sorted.remove(newConsumer);
    movements.movePartition(tp, oldConsumer, newConsumer);
    removeFirst(currentAssignment.get(oldConsumer)!, tp);
    currentAssignment.get(newConsumer)!.push(tp);
    currentPartitionConsumer.set(tpKey(tp), newConsumer);
    sorted.add(newConsumer);
    sorted.add(oldConsumer);
  };
  const reassignPartitionTo = (tp: TP, newConsumer: string): void => {
    const consumer = currentPartitionConsumer.get(tpKey(tp))!;
    processPartitionMovement(movements.getTheActualPartitionToBeMoved(tp, consumer, newConsumer), newConsumer);
  };
  const reassignPartition = (tp: TP): void => {
    const newConsumer = sorted.toArray().find((c) => consumer2AllPotentialTopics.get(c)!.includes(tp[0]));
    reassignPartitionTo(tp, newConsumer!);
  };

  const performReassignments = (reassignable: readonly TP[]): boolean => {
    let reassignmentPerformed = false;
    let modified: boolean;
    do {
      modified = false;
      for (let i = 0; i < reassignable.length && !isBalanced(); i++) {
        const tp = reassignable[i];
        const consumer = currentPartitionConsumer.get(tpKey(tp));
        if (consumer === undefined) throw npe(`${tp[0]}-${tp[1]} has no current consumer`);
        const prev = prevAssignment.get(tpKey(tp));
        if (prev && sizeOf(consumer) > sizeOf(prev.consumer) + 1) {
          reassignPartitionTo(tp, prev.consumer);
          reassignmentPerformed = modified = true;
          continue;
        }
        for (const other of topic2AllPotentialConsumers.get(tp[0])!) {
          if (sizeOf(consumer) > sizeOf(other) + 1) {
            reassignPartition(tp);
            reassignmentPerformed = modified = true;
            break;
          }
        }
      }
    } while (modified);
    return reassignmentPerformed;
  };

  // balance()
  const initializing = currentAssignment.get(sorted.last())!.length === 0;
  for (const tp of unassignedPartitions) {
    if (numConsumers(tp[0]) === 0) continue;
    // maybeAssignPartition: the least-loaded member subscribed to the topic
    for (const consumer of sorted.toArray()) {
      if (consumer2AllPotentialTopics.get(consumer)!.includes(tp[0])) {
        sorted.remove(consumer);
        currentAssignment.get(consumer)!.push(tp);
        currentPartitionConsumer.set(tpKey(tp), consumer);
        sorted.add(consumer);
        break;
      }
    }
  }

  const fixedPartitions = new Set<string>();
  for (const topic of topic2AllPotentialConsumers.keys()) {
    if (!canTopicParticipateInReassignment(topic)) {
      for (let i = 0; i < partitionsPerTopic.get(topic)!; i++) fixedPartitions.add(tpKey([topic, i]));
    }
  }
  removeAllKeys(sortedAllPartitions, fixedPartitions);
  removeAllKeys(unassignedPartitions, fixedPartitions);

  const fixedAssignments = new Map<string, TP[]>();
  for (const consumer of consumer2AllPotentialTopics.keys()) {
    if (!canConsumerParticipateInReassignment(consumer)) {
      sorted.remove(consumer);
      fixedAssignments.set(consumer, currentAssignment.get(consumer)!);
      currentAssignment.delete(consumer);
    }
  }

  const preBalanceAssignment = deepCopy(currentAssignment);
  const preBalancePartitionConsumers = new Map(currentPartitionConsumer);
  if (!revocationRequired) performReassignments(unassignedPartitions);
  const reassignmentPerformed = performReassignments(sortedAllPartitions);
  if (
    !initializing &&
    reassignmentPerformed &&
    getBalanceScore(currentAssignment) >= getBalanceScore(preBalanceAssignment)
  ) {
    currentAssignment.clear();
    for (const [c, l] of preBalanceAssignment) currentAssignment.set(c, [...l]);
    currentPartitionConsumer = preBalancePartitionConsumers;
  }
  for (const [consumer, partitions] of fixedAssignments) currentAssignment.set(consumer, partitions);
  return { assignment: currentAssignment, isSticky: movements.isSticky() };
}

function deepCopy(source: ReadonlyMap<string, TP[]>): Map<string, TP[]> {
  const copy = new Map<string, TP[]>();
  for (const [c, l] of source) copy.set(c, [...l]);
  return copy;
}

/** getBalanceScore: sum over member pairs of the difference in assigned counts. */
function getBalanceScore(assignment: ReadonlyMap<string, TP[]>): number {
  const sizes = [...assignment.values()].map((l) => l.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs(sizes[i] - sizes[j]);
  }
  return score;
}
