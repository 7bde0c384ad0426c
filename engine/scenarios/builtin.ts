/**
 * The built-in scenarios: one for every example of the course (03-consumer-groups-and-offsets.md), each opening
 * with a short narrative. Opened in the app with ?scenario=<name>.
 */
import type { ConsumerConfigInput } from "../types";
import type { ParsedScenario } from "./schema";

export interface BuiltinScenario extends ParsedScenario {
  readonly name: string;
  readonly title: string;
  readonly narrative: string;
}

/** Short timeouts so that what the course describes happens in a watchable time; each scenario says so. */
const WATCHABLE: ConsumerConfigInput = { sessionTimeout: 10_000, heartbeatInterval: 3000, processingTime: 20 };

const consumers = (prefix: string, n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ clientId: `${prefix}-${i + from}` }));

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = [
  {
    version: 1,
    name: "first-picture",
    title: "Two groups on one topic",
    narrative:
      "The course's first picture: topic orders has 3 partitions. Group service-a has three consumers, so each owns one partition; group service-b has one consumer, which owns all three. Both groups read every record, each at its own pace, with its own committed offsets.",
    seed: 1,
    topics: [{ name: "orders", partitions: 3 }],
    producers: [{ topic: "orders", perSecond: 3, keys: { kind: "distinct", count: 12 } }],
    groups: [
      { groupId: "service-a", topics: ["orders"], config: WATCHABLE, consumers: consumers("consumer", 3) },
      { groupId: "service-b", topics: ["orders"], config: WATCHABLE, consumers: [{ clientId: "analytics-1" }] },
    ],
  },
  {
    version: 1,
    name: "more-consumers-than-partitions",
    title: "Pattern 1: more consumers than partitions",
    narrative:
      "Two partitions, three consumers in one group. A partition is owned by exactly one consumer of a group, so the third consumer is idle: it is a member, it heartbeats, but it has nothing to read. Max useful consumers = number of partitions.",
    seed: 2,
    topics: [{ name: "orders", partitions: 2 }],
    producers: [{ topic: "orders", perSecond: 2, keys: { kind: "distinct", count: 8 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: WATCHABLE, consumers: consumers("consumer", 3) }],
  },
  {
    version: 1,
    name: "equal-consumers-and-partitions",
    title: "Pattern 2: as many consumers as partitions",
    narrative: "Three partitions, three consumers: one partition each, the most parallelism this topic allows.",
    seed: 3,
    topics: [{ name: "orders", partitions: 3 }],
    producers: [{ topic: "orders", perSecond: 3, keys: { kind: "distinct", count: 12 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: WATCHABLE, consumers: consumers("consumer", 3) }],
  },
  {
    version: 1,
    name: "fewer-consumers-than-partitions",
    title: "Pattern 3: fewer consumers than partitions",
    narrative: "Six partitions, two consumers: each consumer owns several partitions. Range gives consumer-1 partitions 0–2 and consumer-2 partitions 3–5.",
    seed: 4,
    topics: [{ name: "orders", partitions: 6 }],
    producers: [{ topic: "orders", perSecond: 6, keys: { kind: "distinct", count: 24 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: WATCHABLE, consumers: consumers("consumer", 2) }],
  },
  {
    version: 1,
    name: "three-groups",
    title: "Three independent groups on one topic",
    narrative:
      "email-service, analytics-service and billing-service each subscribe to orders. Every group receives every record: groups do not share work, they each keep their own committed offsets in __consumer_offsets.",
    seed: 5,
    topics: [{ name: "orders", partitions: 3 }],
    producers: [{ topic: "orders", perSecond: 3, keys: { kind: "distinct", count: 12 } }],
    groups: [
      { groupId: "email-service", topics: ["orders"], config: WATCHABLE, consumers: [{ clientId: "email-1" }] },
      { groupId: "analytics-service", topics: ["orders"], config: WATCHABLE, consumers: [{ clientId: "analytics-1" }, { clientId: "analytics-2" }] },
      { groupId: "billing-service", topics: ["orders"], config: WATCHABLE, consumers: [{ clientId: "billing-1" }] },
    ],
  },
  {
    version: 1,
    name: "range-4-2",
    title: "Range: 4 partitions, 2 consumers",
    narrative: "The Range assignor (the Java client's first default) gives each consumer a contiguous range of each topic: consumer-1 gets P0, P1 and consumer-2 gets P2, P3.",
    seed: 6,
    topics: [{ name: "orders", partitions: 4 }],
    producers: [{ topic: "orders", perSecond: 4, keys: { kind: "distinct", count: 16 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: { ...WATCHABLE, partitionAssigners: ["range"] }, consumers: consumers("consumer", 2) }],
  },
  {
    version: 1,
    name: "roundrobin-vs-range",
    title: "RoundRobin versus Range over two topics",
    narrative:
      "Two topics, orders and users, with 2 partitions each; two groups of two consumers. Range works per topic, so consumer-1 gets partition 0 of both topics. RoundRobin deals all partitions in (topic, partition) order: c1 gets orders-0 and users-0, c2 gets orders-1 and users-1. (The course draws RoundRobin as orders-P0 + users-P1; Kafka's RoundRobinAssignor does not produce that.)",
    seed: 7,
    topics: [
      { name: "orders", partitions: 2 },
      { name: "users", partitions: 2 },
    ],
    producers: [
      { topic: "orders", perSecond: 2, keys: { kind: "distinct", count: 8 } },
      { topic: "users", perSecond: 1, keys: { kind: "distinct", count: 8 } },
    ],
    groups: [
      { groupId: "range-group", topics: ["orders", "users"], config: { ...WATCHABLE, partitionAssigners: ["range"] }, consumers: [{ clientId: "range-1" }, { clientId: "range-2" }] },
      { groupId: "roundrobin-group", topics: ["orders", "users"], config: { ...WATCHABLE, partitionAssigners: ["roundrobin"] }, consumers: [{ clientId: "rr-1" }, { clientId: "rr-2" }] },
    ],
  },
  {
    version: 1,
    name: "sticky-vs-range",
    title: "Sticky versus Range: a consumer joins, then one crashes",
    narrative:
      "Two groups read the same 4 partitions, one with Range, one with Sticky. At 15 s a third consumer joins each group; at 40 s the second consumer of each group crashes. Count the partitions that moved in each rebalance: Sticky keeps as many assignments as balance allows. (The course's picture — C1: P0; C2: P1, P2; C3: P3 — is not what any Kafka assignor gives: Range gives C1: P0, P1; C2: P2; C3: P3.)",
    seed: 8,
    topics: [{ name: "orders", partitions: 4 }],
    producers: [{ topic: "orders", perSecond: 4, keys: { kind: "distinct", count: 16 } }],
    groups: [
      { groupId: "range-group", topics: ["orders"], config: { ...WATCHABLE, partitionAssigners: ["range"] }, consumers: [{ clientId: "range-1" }, { clientId: "range-2" }] },
      { groupId: "sticky-group", topics: ["orders"], config: { ...WATCHABLE, partitionAssigners: ["sticky"] }, consumers: [{ clientId: "sticky-1" }, { clientId: "sticky-2" }] },
    ],
    script: [
      { at: 15_000, command: { type: "addConsumer", group: "range-group", topics: ["orders"], consumer: "range-3", config: { ...WATCHABLE, partitionAssigners: ["range"] } } },
      { at: 15_000, command: { type: "addConsumer", group: "sticky-group", topics: ["orders"], consumer: "sticky-3", config: { ...WATCHABLE, partitionAssigners: ["sticky"] } } },
      { at: 40_000, command: { type: "crashConsumer", consumer: "range-2" } },
      { at: 40_000, command: { type: "crashConsumer", consumer: "sticky-2" } },
    ],
  },
  {
    version: 1,
    name: "eager-vs-cooperative",
    title: "Eager versus cooperative rebalancing",
    narrative:
      "Two groups on 6 busy partitions. eager-group uses Range (eager: every member revokes everything before rejoining, so the whole group stops). cooperative-group uses CooperativeSticky (members keep consuming what they keep; only the partitions that move pause, over two rebalances). At 20 s a consumer joins each group: watch the rebalance timeline. The consumers are busy (150 records/s at 12 ms each), so a member finishes the records in hand before it rejoins; under eager, the members that rejoined first wait for it with nothing to do.",
    seed: 9,
    topics: [{ name: "orders", partitions: 6 }],
    producers: [{ topic: "orders", perSecond: 150, keys: { kind: "distinct", count: 60 } }],
    groups: [
      { groupId: "eager-group", topics: ["orders"], config: { ...WATCHABLE, processingTime: 12, maxPollRecords: 100, partitionAssigners: ["range"] }, consumers: [{ clientId: "eager-1" }, { clientId: "eager-2" }] },
      { groupId: "cooperative-group", topics: ["orders"], config: { ...WATCHABLE, processingTime: 12, maxPollRecords: 100, partitionAssigners: ["cooperative-sticky"] }, consumers: [{ clientId: "coop-1" }, { clientId: "coop-2" }] },
    ],
    script: [
      { at: 20_000, command: { type: "addConsumer", group: "eager-group", topics: ["orders"], consumer: "eager-3", config: { ...WATCHABLE, processingTime: 12, maxPollRecords: 100, partitionAssigners: ["range"] } } },
      { at: 20_000, command: { type: "addConsumer", group: "cooperative-group", topics: ["orders"], consumer: "coop-3", config: { ...WATCHABLE, processingTime: 12, maxPollRecords: 100, partitionAssigners: ["cooperative-sticky"] } } },
    ],
  },
  {
    version: 1,
    name: "crash-session-timeout",
    title: "A crash, detected by the session timeout",
    narrative:
      "consumer-2 is killed at 15 s (kill -9: no commit, no LeaveGroup). Nobody tells the coordinator: it notices only when sessionTimeout (10 s here; the Java default is 45 s) passes without a heartbeat. Then the group rebalances and consumer-2's partition moves, and the records consumer-2 processed after its last commit are processed again.",
    seed: 10,
    topics: [{ name: "orders", partitions: 3 }],
    producers: [{ topic: "orders", perSecond: 6, keys: { kind: "distinct", count: 12 } }],
    groups: [{ groupId: "service-a", topics: ["orders"], config: WATCHABLE, consumers: consumers("consumer", 3) }],
    script: [{ at: 15_000, command: { type: "crashConsumer", consumer: "consumer-2" } }],
  },
  {
    version: 1,
    name: "slow-consumer",
    title: "A slow consumer exceeds maxPollInterval",
    narrative:
      "At 15 s consumer-2 becomes slow: 1 s per record, 20 records per poll, so one poll loop takes 20 s, longer than maxPollInterval (10 s here; the Java default is 300 s). Its heartbeat thread notices, logs 'consumer poll timeout has expired' and leaves the group; the group rebalances without it, and its commit after the batch fails with CommitFailedException.",
    seed: 11,
    topics: [{ name: "orders", partitions: 2 }],
    producers: [{ topic: "orders", perSecond: 4, keys: { kind: "distinct", count: 8 } }],
    groups: [
      {
        groupId: "service-a",
        topics: ["orders"],
        config: { ...WATCHABLE, maxPollInterval: 10_000, maxPollRecords: 20, autoCommit: false },
        consumers: consumers("consumer", 2),
      },
    ],
    script: [{ at: 15_000, command: { type: "setProcessingTime", consumer: "consumer-2", ms: 1000 } }],
  },
  {
    version: 1,
    name: "commit-strategies",
    title: "Auto, per-record and batch commits under a crash",
    narrative:
      "Four groups read the same records with different commit strategies; at 20 s one consumer of each group crashes. auto: records processed since the last auto commit (every 5 s) are processed again. per-record: at most one record per partition again. batch (every 50 records): fewer than 50 again. before-processing (at-most-once): nothing repeats, but records are lost. None of these is exactly-once, whatever the course says: processing and committing are two steps.",
    seed: 12,
    topics: [{ name: "orders", partitions: 2 }],
    producers: [{ topic: "orders", perSecond: 20, keys: { kind: "distinct", count: 20 } }],
    groups: [
      { groupId: "auto-commit", topics: ["orders"], config: { ...WATCHABLE, commitStrategy: "auto" }, consumers: [{ clientId: "auto-1" }, { clientId: "auto-2" }] },
      { groupId: "per-record", topics: ["orders"], config: { ...WATCHABLE, commitStrategy: "per-record" }, consumers: [{ clientId: "record-1" }, { clientId: "record-2" }] },
      { groupId: "batch-commit", topics: ["orders"], config: { ...WATCHABLE, commitStrategy: "batch", batchSize: 50 }, consumers: [{ clientId: "batch-1" }, { clientId: "batch-2" }] },
      { groupId: "at-most-once", topics: ["orders"], config: { ...WATCHABLE, commitStrategy: "before-processing", processingTime: 200 }, consumers: [{ clientId: "amo-1" }, { clientId: "amo-2" }] },
    ],
    script: [
      { at: 20_000, command: { type: "crashConsumer", consumer: "auto-2" } },
      { at: 20_000, command: { type: "crashConsumer", consumer: "record-2" } },
      { at: 20_000, command: { type: "crashConsumer", consumer: "batch-2" } },
      { at: 20_000, command: { type: "crashConsumer", consumer: "amo-2" } },
    ],
  },
  {
    version: 1,
    name: "offset-reset",
    title: "fromBeginning and autoOffsetReset",
    narrative:
      "Thirty records are already in orders when two new groups start at 5 s. from-beginning (fromBeginning: true, i.e. auto.offset.reset=earliest) reads them all; latest-group (the default, latest) starts at the log end and sees only new records. A third group with autoOffsetReset 'none' fails: it has no committed offset and no reset policy.",
    seed: 13,
    topics: [{ name: "orders", partitions: 2 }],
    script: [
      { at: 0, command: { type: "produce", topic: "orders", count: 30 } },
      { at: 5000, command: { type: "addConsumer", group: "from-beginning", topics: ["orders"], consumer: "early-1", config: { ...WATCHABLE, fromBeginning: true } } },
      { at: 5000, command: { type: "addConsumer", group: "latest-group", topics: ["orders"], consumer: "late-1", config: WATCHABLE } },
      { at: 5000, command: { type: "addConsumer", group: "no-reset", topics: ["orders"], consumer: "strict-1", config: { ...WATCHABLE, autoOffsetReset: "none" } } },
      { at: 12_000, command: { type: "setProducerRate", topic: "orders", perSecond: 2 } },
    ],
  },
  {
    version: 1,
    name: "retention-reset",
    title: "Retention deletes records a slow group has not read",
    narrative:
      "orders keeps records for 30 s (retention.ms), in segments of 20 records, checked every 5 s. slow-group processes 1 record per second while 5 arrive: its committed offset falls below the log start offset once retention deletes old segments, the fetch is out of range, and auto.offset.reset (earliest) moves it to the new log start. The records in between were never processed: lost.",
    seed: 14,
    broker: { retentionCheckIntervalMs: 5000 },
    topics: [{ name: "orders", partitions: 1, retentionMs: 30_000, segmentRecords: 20 }],
    producers: [{ topic: "orders", perSecond: 5, keys: { kind: "distinct", count: 10 } }],
    groups: [{ groupId: "slow-group", topics: ["orders"], config: { ...WATCHABLE, processingTime: 1000, maxPollRecords: 5, autoOffsetReset: "earliest" }, consumers: [{ clientId: "slow-1" }] }],
  },
  {
    version: 1,
    name: "cli-reset",
    title: "Resetting offsets from the CLI",
    narrative:
      "my-group reads orders. Try kafka-consumer-groups.sh --reset-offsets now: it is refused, because the group is active. At 30 s its consumers stop; then reset it --to-earliest, --to-offset, or --to-datetime 2024-01-01T00:00:20.000 (virtual time 0 is 2024-01-01T00:00:00Z), with --dry-run first and --execute to apply.",
    seed: 15,
    topics: [{ name: "orders", partitions: 3 }],
    producers: [{ topic: "orders", perSecond: 3, keys: { kind: "distinct", count: 12 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: WATCHABLE, consumers: consumers("consumer", 2) }],
    script: [
      { at: 30_000, command: { type: "stopConsumer", consumer: "consumer-1" } },
      { at: 30_000, command: { type: "stopConsumer", consumer: "consumer-2" } },
      { at: 31_000, command: { type: "setProducerRate", topic: "orders", perSecond: 0 } },
    ],
  },
  {
    version: 1,
    name: "lag-grow-drain",
    title: "Lag grows under a fast producer, and drains as consumers are added",
    narrative:
      "The producer sends 120 records/s to 6 partitions; each consumer processes 50 records/s (20 ms each). With one consumer lag grows. A consumer joins every 15 s: lag drains once there are enough of them, and the 7th and 8th consumers are idle, because a group can use at most as many consumers as partitions.",
    seed: 16,
    topics: [{ name: "orders", partitions: 6 }],
    producers: [{ topic: "orders", perSecond: 120, keys: { kind: "distinct", count: 120 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: { ...WATCHABLE, commitStrategy: "auto", autoCommitInterval: 1000 }, consumers: [{ clientId: "consumer-1" }] }],
    script: Array.from({ length: 7 }, (_, i) => ({
      at: 15_000 * (i + 1),
      command: { type: "addConsumer" as const, group: "my-group", topics: ["orders"], consumer: `consumer-${i + 2}`, config: { ...WATCHABLE, commitStrategy: "auto" as const, autoCommitInterval: 1000 } },
    })),
  },
  {
    version: 1,
    name: "add-partitions",
    title: "Adding partitions",
    narrative:
      "At 15 s orders grows from 3 to 6 partitions. Partitions are never removed. The group's leader notices at its next metadata refresh (metadata.max.age.ms: 10 s here, 5 min by default) and rejoins, so the new partitions get owners. Keys now map to different partitions: toPositive(murmur2(key)) % 6 is not % 3, so a key's order across the change is not guaranteed.",
    seed: 17,
    topics: [{ name: "orders", partitions: 3 }],
    producers: [{ topic: "orders", perSecond: 6, keys: { kind: "distinct", count: 12 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: { ...WATCHABLE, metadataMaxAge: 10_000 }, consumers: consumers("consumer", 3) }],
    script: [{ at: 15_000, command: { type: "addPartitions", topic: "orders", partitions: 6 } }],
  },
  {
    version: 1,
    name: "consumer-offsets",
    title: "Watching __consumer_offsets",
    narrative:
      "Every commit is a record in the internal topic __consumer_offsets, in partition abs(hashCode(groupId)) % 50, keyed by (group, topic, partition). The log is compacted: older commits of the same key are cleaned away, leaving gaps in the offsets. my-group commits after every record; watch its partition fill and compact.",
    seed: 18,
    topics: [{ name: "orders", partitions: 2 }],
    producers: [{ topic: "orders", perSecond: 5, keys: { kind: "distinct", count: 10 } }],
    groups: [{ groupId: "my-group", topics: ["orders"], config: { ...WATCHABLE, autoCommit: false }, consumers: consumers("consumer", 2) }],
  },
];

export function builtinScenario(name: string): BuiltinScenario | undefined {
  return BUILTIN_SCENARIOS.find((s) => s.name === name);
}
