/**
 * The engine's public data: commands (imperative), events (past tense) and snapshots (plain, readonly data).
 * Times are virtual milliseconds since the simulation started; offsets are Kafka offsets (the position of a
 * record in its partition, from 0).
 */

/** Kafka's four client-side assignors, by their protocol names. */
export type AssignorName = "range" | "roundrobin" | "sticky" | "cooperative-sticky";

/** Virtual time in integer milliseconds since the simulation started. */
export type Millis = number;
/** A Kafka offset: the position of a record within a partition, from 0. */
export type Offset = number;
export type TopicPartition = readonly [topic: string, partition: number];

/** How a rate producer chooses keys. */
export type KeyDistribution =
  | { readonly kind: "none" }
  | { readonly kind: "distinct"; readonly count: number }
  | { readonly kind: "hot"; readonly count: number; readonly hotKey?: string; readonly hotShare?: number };

/**
 * Where a record without a key goes: KafkaJS's round-robin (its DefaultPartitioner) or the Java client's
 * built-in uniform sticky partitioner (KIP-794, BuiltInPartitioner).
 */
export type NullKeyPartitioner = "round-robin" | "sticky";

export type CommitStrategy = "auto" | "per-record" | "batch" | "before-processing";
export type OffsetResetPolicy = "earliest" | "latest" | "none";

/** Consumer configuration, camelCase as in KafkaJS; defaults are the Java client's (ConsumerConfig). */
export interface ConsumerConfig {
  /** session.timeout.ms: the coordinator evicts a member that sends no heartbeat for this long. */
  readonly sessionTimeout: Millis;
  /** heartbeat.interval.ms: how often the heartbeat thread sends a heartbeat. */
  readonly heartbeatInterval: Millis;
  /** max.poll.interval.ms: the longest a poll loop may take before the consumer leaves the group; also its rebalance timeout. */
  readonly maxPollInterval: Millis;
  /** partition.assignment.strategy, in preference order; the group's protocol is chosen by vote. */
  readonly partitionAssigners: readonly AssignorName[];
  /** max.poll.records: the most records one poll returns. */
  readonly maxPollRecords: number;
  /** Virtual milliseconds the application spends on each record (a playground setting, not a Kafka one). */
  readonly processingTime: Millis;
  /** enable.auto.commit. `false` with no commitStrategy means per-record manual commits. */
  readonly autoCommit: boolean;
  /** auto.commit.interval.ms. */
  readonly autoCommitInterval: Millis;
  /** KafkaJS autoCommitThreshold: also commit once this many offsets were resolved (null: off). */
  readonly autoCommitThreshold: number | null;
  /** How offsets are committed: auto (poll-time), manual per record, manual every batchSize records, or before processing (at-most-once). */
  readonly commitStrategy: CommitStrategy;
  /** Records per manual batch commit (commitStrategy 'batch'). */
  readonly batchSize: number;
  /** auto.offset.reset. KafkaJS's fromBeginning: true is 'earliest'. */
  readonly autoOffsetReset: OffsetResetPolicy;
  /** The application hands records to another thread and polls again at once, so auto commit can run ahead of processing. */
  readonly asyncProcessing: boolean;
  /** Idempotent processing: a redelivered record is recognised and skipped instead of applied twice. */
  readonly idempotent: boolean;
  /** metadata.max.age.ms: how often the client refreshes metadata, and so how soon the leader sees new partitions. */
  readonly metadataMaxAge: Millis;
}

export type ConsumerConfigInput = Partial<Omit<ConsumerConfig, "partitionAssigners">> & {
  readonly partitionAssigners?: readonly AssignorName[];
  /** KafkaJS spelling of autoOffsetReset earliest/latest. */
  readonly fromBeginning?: boolean;
};

/** Where --reset-offsets moves a group. */
export type ResetTarget =
  | { readonly kind: "earliest" }
  | { readonly kind: "latest" }
  | { readonly kind: "current" }
  | { readonly kind: "offset"; readonly offset: Offset }
  | { readonly kind: "shiftBy"; readonly by: number }
  | { readonly kind: "datetime"; readonly timestamp: Millis }
  | { readonly kind: "duration"; readonly ms: Millis };

/** Everything that can be asked of the simulation. Bad input is answered with an error, never a throw. */
export type Command =
  | { readonly type: "createTopic"; readonly topic: string; readonly partitions: number; readonly retentionMs?: Millis | null; readonly retentionRecords?: number | null; readonly segmentRecords?: number }
  | { readonly type: "addPartitions"; readonly topic: string; readonly partitions: number }
  | { readonly type: "produce"; readonly topic: string; readonly key?: string | null; readonly value?: string | null; readonly partition?: number; readonly count?: number }
  | { readonly type: "setProducerRate"; readonly topic: string; readonly perSecond: number; readonly keys?: KeyDistribution; readonly nullKeyPartitioner?: NullKeyPartitioner }
  | { readonly type: "setRetention"; readonly topic: string; readonly ms?: Millis | null; readonly records?: number | null }
  | { readonly type: "addConsumer"; readonly group: string; readonly topics: readonly string[]; readonly consumer?: string; readonly config?: ConsumerConfigInput }
  | { readonly type: "crashConsumer"; readonly consumer: string }
  | { readonly type: "stopConsumer"; readonly consumer: string }
  | { readonly type: "restartConsumer"; readonly consumer: string }
  | { readonly type: "removeConsumer"; readonly consumer: string }
  | { readonly type: "setProcessingTime"; readonly consumer: string; readonly ms: Millis }
  | { readonly type: "configureConsumer"; readonly consumer: string; readonly config: ConsumerConfigInput }
  | { readonly type: "moveConsumer"; readonly consumer: string; readonly group: string }
  | { readonly type: "subscribe"; readonly consumer: string; readonly topics: readonly string[] }
  | { readonly type: "unsubscribe"; readonly consumer: string; readonly topics?: readonly string[] }
  | { readonly type: "setAssignor"; readonly group: string; readonly assignors: readonly AssignorName[] }
  | { readonly type: "resetOffsets"; readonly group: string; readonly topic?: string; readonly partitions?: readonly number[]; readonly to: ResetTarget; readonly execute?: boolean }
  | { readonly type: "deleteGroup"; readonly group: string }
  | { readonly type: "deleteOffsets"; readonly group: string; readonly topic: string; readonly partitions?: readonly number[] }
  /** A kafka-consumer-groups.sh / kafka-topics.sh line (its output is returned by `cli()`; here only its effect counts). */
  | { readonly type: "runCli"; readonly line: string; readonly defaultBootstrapServer?: string };

export type CommandType = Command["type"];

/** One entry of the event log: what happened, when, in words. */
export interface SimEvent {
  /** Position in the log, from 1, gap-free. */
  readonly seq: number;
  /** Virtual time of the event. */
  readonly time: Millis;
  readonly type: string;
  /** The event in words, in Kafka's vocabulary. */
  readonly message: string;
  readonly group?: string;
  readonly consumer?: string;
  readonly topic?: string;
  readonly partition?: number;
  /** Extra structured detail (plain JSON data). */
  readonly data?: Readonly<Record<string, unknown>>;
}

export type DispatchResult =
  | { readonly ok: true; readonly events: readonly SimEvent[] }
  | { readonly ok: false; readonly error: string };

export interface RecordView {
  readonly offset: Offset;
  readonly key: string | null;
  readonly value: string | null;
  readonly timestamp: Millis;
}

export interface PartitionSnapshot {
  readonly partition: number;
  /** First offset still in the log (retention moves it forward). */
  readonly logStartOffset: Offset;
  /** Offset the next record will get (the high watermark, as there is no replication here). */
  readonly logEndOffset: Offset;
  /** The newest records, oldest first (at most `RECENT_RECORDS`). */
  readonly recent: readonly RecordView[];
}

export interface TopicConfigView {
  /** retention.ms (null: keep forever, Kafka's -1). */
  readonly retentionMs: Millis | null;
  /** retention.bytes, counted in records here (null: unlimited). */
  readonly retentionRecords: number | null;
  /** Records per log segment (Kafka rolls by segment.bytes / segment.ms; the playground rolls by record count). */
  readonly segmentRecords: number;
  readonly cleanupPolicy: "delete" | "compact";
}

export interface ProducerView {
  readonly perSecond: number;
  readonly keys: KeyDistribution;
  readonly nullKeyPartitioner: NullKeyPartitioner;
  readonly produced: number;
}

export interface TopicSnapshot {
  readonly name: string;
  readonly internal: boolean;
  readonly config: TopicConfigView;
  readonly partitions: readonly PartitionSnapshot[];
  readonly producer: ProducerView | null;
}

/** Kafka's classic group states (ClassicGroupState). */
export type GroupState = "Empty" | "PreparingRebalance" | "CompletingRebalance" | "Stable" | "Dead";

export type RebalanceProtocol = "eager" | "cooperative";

export interface MemberSnapshot {
  readonly memberId: string;
  readonly clientId: string;
  /** Client host as Kafka shows it (`/127.0.0.1` style); the playground has no network, so it is simulated. */
  readonly host: string;
  readonly subscriptions: readonly string[];
  readonly assignment: readonly TopicPartition[];
}

export interface GroupOffsetRow {
  readonly topic: string;
  readonly partition: number;
  /** Committed offset (the next record the group will read), or null when none is committed. */
  readonly committed: Offset | null;
  readonly logStartOffset: Offset;
  readonly logEndOffset: Offset;
  /** LOG-END-OFFSET - CURRENT-OFFSET, or null without a committed offset. */
  readonly lag: number | null;
  /** The owning consumer's position (next offset to fetch), when a live member owns the partition. */
  readonly position: Offset | null;
  readonly ownerClientId: string | null;
  readonly ownerMemberId: string | null;
  /** Age of the oldest record not yet committed, in ms (0 when there is no lag). */
  readonly timeLag: Millis;
}

export interface DeliveryStats {
  /** Records processed (each time a record is applied, counting repeats). */
  readonly processed: number;
  /** Records processed more than once. */
  readonly duplicates: number;
  /** Records the group skipped without ever processing them. */
  readonly lost: number;
  /** Redeliveries recognised by idempotent processing and skipped. */
  readonly skippedDuplicates: number;
}

export interface LagSample {
  readonly time: Millis;
  readonly totalLag: number;
  readonly timeLag: Millis;
  /** Lag per partition, keyed "topic-partition". */
  readonly byPartition: Readonly<Record<string, number>>;
}

export interface GroupSnapshot {
  readonly groupId: string;
  readonly state: GroupState;
  readonly generationId: number;
  /** The selected assignor's protocol name (`range`, `roundrobin`, `sticky`, `cooperative-sticky`), or null. */
  readonly protocol: string | null;
  /** Eager or cooperative, as the members' configured assignors allow (ConsumerCoordinator). */
  readonly rebalanceProtocol: RebalanceProtocol;
  /** Member id of the leader, who runs the assignor. */
  readonly leader: string | null;
  readonly members: readonly MemberSnapshot[];
  readonly offsets: readonly GroupOffsetRow[];
  readonly totalLag: number;
  readonly timeLag: Millis;
  readonly delivery: DeliveryStats;
  /** The __consumer_offsets partition that stores this group's commits. */
  readonly offsetsPartition: number;
  /** Lag sampled once per virtual second (the newest few hundred samples). */
  readonly lagHistory: readonly LagSample[];
}

export type ConsumerStatus =
  | "joining"
  | "consuming"
  | "idle"
  | "rebalancing"
  | "slow"
  | "crashed"
  | "stopped"
  | "failed";

/** An interval during which a consumer did not consume (end null: still ongoing). */
export interface PauseInterval {
  readonly start: Millis;
  readonly end: Millis | null;
  readonly reason: "rebalance" | "crashed" | "stopped" | "left" | "failed";
  /** Partitions that were paused (for a cooperative rebalance, only those that moved). */
  readonly partitions: readonly TopicPartition[] | "all";
}

export interface PartitionPosition {
  readonly topic: string;
  readonly partition: number;
  /** Next offset to fetch. */
  readonly position: Offset;
  /** Offsets processed so far within the current poll batch end here (exclusive). */
  readonly processedUpTo: Offset;
}

export interface ConsumerSnapshot {
  readonly clientId: string;
  readonly groupId: string;
  readonly memberId: string | null;
  readonly status: ConsumerStatus;
  readonly subscriptions: readonly string[];
  readonly config: ConsumerConfig;
  readonly assignment: readonly TopicPartition[];
  readonly positions: readonly PartitionPosition[];
  readonly pauses: readonly PauseInterval[];
  /** The last error the application saw (CommitFailedException, NoOffsetForPartitionException, ...). */
  readonly error: string | null;
  readonly lastHeartbeat: Millis | null;
  readonly lastPoll: Millis | null;
}

export interface OffsetsRecordView {
  readonly offset: Offset;
  readonly timestamp: Millis;
  /** OffsetCommitKey {group, topic, partition} or GroupMetadataKey {group}. */
  readonly key: { readonly kind: "offset"; readonly group: string; readonly topic: string; readonly partition: number } | { readonly kind: "group"; readonly group: string };
  /** OffsetCommitValue, a group summary, or null for a tombstone. */
  readonly value:
    | { readonly offset: Offset; readonly leaderEpoch: number; readonly metadata: string; readonly commitTimestamp: Millis }
    | { readonly protocolType: string; readonly generation: number; readonly protocol: string | null; readonly leader: string | null; readonly members: number }
    | null;
}

export interface Snapshot {
  readonly now: Millis;
  readonly seed: number;
  readonly topics: readonly TopicSnapshot[];
  readonly groups: readonly GroupSnapshot[];
  readonly consumers: readonly ConsumerSnapshot[];
  /** Number of events logged so far. */
  readonly eventCount: number;
}
