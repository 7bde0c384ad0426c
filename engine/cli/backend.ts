/**
 * What the command-line tools (kafka-consumer-groups.sh, kafka-topics.sh) see of the simulation: the Admin
 * client's view. The simulation implements it; the CLI only formats and validates.
 */
import type { GroupState, Millis, Offset, TopicPartition } from "../types";

export interface CliMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  /** As Kafka prints it, e.g. "/127.0.0.1". */
  readonly host: string;
  readonly assignment: readonly TopicPartition[];
}

export interface CliGroupDescription {
  readonly groupId: string;
  readonly state: GroupState;
  /** "consumer" for consumer groups, "" for a group that only stores offsets. */
  readonly protocolType: string;
  /** The assignor in use ("range", "cooperative-sticky", ...), or "" when none. */
  readonly assignmentStrategy: string;
  readonly coordinator: { readonly host: string; readonly port: number; readonly id: number };
  readonly members: readonly CliMember[];
  /** Committed offsets (OffsetFetch), in no particular order. */
  readonly committed: ReadonlyArray<{ readonly topic: string; readonly partition: number; readonly offset: Offset; readonly leaderEpoch: number | null }>;
}

export interface CliPartitionInfo {
  readonly partition: number;
  readonly logStartOffset: Offset;
  readonly logEndOffset: Offset;
}

export interface CliTopicInfo {
  readonly name: string;
  readonly internal: boolean;
  /** Topic id as kafka-topics.sh prints it (a base64 UUID). */
  readonly topicId: string;
  readonly partitions: readonly CliPartitionInfo[];
  /** Non-default topic configs, e.g. { "retention.ms": "60000", "cleanup.policy": "compact" }. */
  readonly configs: Readonly<Record<string, string>>;
}

export type GroupOpResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export interface CliBackend {
  /** Virtual time (ms since the simulation's epoch). */
  now(): Millis;
  /** Wall-clock epoch that virtual time 0 corresponds to, for --to-datetime and printed dates. */
  epochMs(): Millis;
  listGroups(): ReadonlyArray<{ readonly groupId: string; readonly state: GroupState; readonly protocolType: string }>;
  /** null when the group does not exist (DescribeGroups answers Dead). */
  describeGroup(groupId: string): CliGroupDescription | null;
  topics(): readonly CliTopicInfo[];
  topic(name: string): CliTopicInfo | null;
  /** ListOffsets by timestamp: the earliest offset whose timestamp >= ts (virtual ms), or null. */
  offsetForTimestamp(topic: string, partition: number, timestamp: Millis): Offset | null;
  /** alterConsumerGroupOffsets: only for an inactive (Empty or Dead/unknown) group. */
  alterOffsets(groupId: string, offsets: ReadonlyArray<{ readonly topic: string; readonly partition: number; readonly offset: Offset }>): GroupOpResult;
  /** deleteConsumerGroups for one group; errors carry Kafka's texts ("The group is not empty.", "The group id does not exist."). */
  deleteGroup(groupId: string): GroupOpResult;
  /**
   * deleteConsumerGroupOffsets. Top-level error (e.g. GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP) or per-partition
   * results (null = success, else the error text, e.g. GROUP_SUBSCRIBED_TO_TOPIC's message).
   */
  deleteOffsets(
    groupId: string,
    partitions: readonly TopicPartition[],
  ): { readonly error: "GROUP_ID_NOT_FOUND" | "NON_EMPTY_GROUP" | "INVALID_GROUP_ID" } | { readonly results: ReadonlyArray<{ readonly topic: string; readonly partition: number; readonly error: string | null }> };
  createTopic(name: string, partitions: number, configs: Readonly<Record<string, string>>): GroupOpResult;
  addPartitions(topic: string, totalPartitions: number): GroupOpResult;
}
