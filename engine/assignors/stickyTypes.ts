/**
 * Shared shapes for the sticky assignors, after Kafka's AbstractStickyAssignor.MemberData and
 * ConsumerPartitionAssignor.Subscription (clients/src/main/java/org/apache/kafka/clients/consumer/
 * internals/AbstractStickyAssignor.java).
 */
import type { TP } from "./topicPartition";

/** One member as AbstractStickyAssignor sees it, in subscriptions-map iteration order. */
export interface StickyMember {
  id: string;
  /** Subscription.topics(), raw (may name topics without metadata). */
  topics: readonly string[];
  /** MemberData.partitions: the previously owned partitions the assignor reads. */
  partitions: readonly TP[];
  /** MemberData.generation; undefined for Optional.empty(). */
  generation: number | undefined;
  /** Subscription.generationId().orElse(DEFAULT_GENERATION), used when resolving conflicting claims. */
  subscriptionGeneration: number;
}

/** What one AbstractStickyAssignor.assignPartitions call leaves behind. */
export interface StickyResult {
  /** Member id -> assigned partitions, in Kafka's list order. */
  assignment: Map<string, TP[]>;
  /** partitionsTransferringOwnership (tpKey -> [partition, new owner]); null on the general path. */
  partitionsTransferringOwnership: Map<string, [TP, string]> | null;
  /** isSticky() after this call; null when the constrained path ran (partitionMovements not built). */
  isSticky: boolean | null;
  /** True when the constrained (all subscriptions equal) path ran. */
  constrained: boolean;
}

/** AbstractStickyAssignor.DEFAULT_GENERATION. */
export const DEFAULT_GENERATION = -1;
