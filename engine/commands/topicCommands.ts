/**
 * Handlers for the topic-side commands: createTopic, addPartitions, produce, setProducerRate, setRetention.
 * Each returns an error message (and changes nothing) or undefined on success.
 */
import { describeProduce, produce, setProducerRate } from "../producer";
import { MAX_PARTITIONS, type Topic } from "../topic";
import type { Command } from "../types";
import type { World } from "../world";
import { validateTopicName } from "./schema";

type Of<T extends Command["type"]> = Extract<Command, { type: T }>;

export function findTopic(world: World, name: string): Topic | string {
  const topic = world.topics.get(name);
  if (!topic) return `Topic '${name}' does not exist (UNKNOWN_TOPIC_OR_PARTITION). Known topics: ${[...world.topics.keys()].filter((t) => !t.startsWith("__")).join(", ") || "none"}`;
  return topic;
}

export function createTopic(world: World, c: Of<"createTopic">): string | undefined {
  const bad = validateTopicName(c.topic);
  if (bad) return bad;
  if (c.topic.startsWith("__")) return `Topic name '${c.topic}' is reserved for Kafka's internal topics`;
  if (world.topics.has(c.topic)) return `Topic '${c.topic}' already exists.`;
  world.createTopic(c.topic, c.partitions, { retentionMs: c.retentionMs, retentionRecords: c.retentionRecords, segmentRecords: c.segmentRecords });
  world.emit("topicCreated", `Created topic ${c.topic} with ${c.partitions} partition${c.partitions === 1 ? "" : "s"}`, { topic: c.topic, data: { partitions: c.partitions } });
  return undefined;
}

export function addPartitions(world: World, c: Of<"addPartitions">): string | undefined {
  const topic = findTopic(world, c.topic);
  if (typeof topic === "string") return topic;
  if (topic.internal) return `Partitions of the internal topic ${c.topic} cannot be changed here`;
  // Kafka: AdminClient createPartitions — the count can only grow (InvalidPartitionsException).
  if (c.partitions <= topic.numPartitions) {
    return `Topic currently has ${topic.numPartitions} partitions, which is higher than the requested ${c.partitions}.`.replace(
      "higher than",
      c.partitions === topic.numPartitions ? "equal to" : "higher than",
    );
  }
  if (c.partitions > MAX_PARTITIONS) return `addPartitions: partitions must be at most ${MAX_PARTITIONS}`;
  const before = topic.numPartitions;
  topic.addPartitions(c.partitions);
  world.emit("partitionsAdded", `Added ${c.partitions - before} partitions to ${c.topic} (now ${c.partitions}); keys may now map to different partitions`, {
    topic: c.topic,
    data: { from: before, to: c.partitions },
  });
  return undefined;
}

export function produceCommand(world: World, c: Of<"produce">): string | undefined {
  const topic = findTopic(world, c.topic);
  if (typeof topic === "string") return topic;
  if (topic.internal) return `Records cannot be produced to the internal topic ${c.topic}`;
  if (c.partition !== undefined && c.partition >= topic.numPartitions) {
    return `Partition ${c.partition} does not exist: ${c.topic} has partitions 0 to ${topic.numPartitions - 1}`;
  }
  const key = c.key ?? null;
  const result = produce(world, topic, key, c.value ?? null, c.partition, c.count ?? 1, topic.producer?.nullKeyPartitioner ?? "round-robin");
  const parts = [...result.byPartition.keys()];
  world.emit("recordsProduced", describeProduce(topic, key, result), {
    topic: c.topic,
    partition: parts.length === 1 ? parts[0] : undefined,
    data: { key, count: c.count ?? 1, partitions: Object.fromEntries([...result.byPartition].map(([p, e]) => [p, [e.first, e.last]])) },
  });
  return undefined;
}

export function setProducerRateCommand(world: World, c: Of<"setProducerRate">): string | undefined {
  const topic = findTopic(world, c.topic);
  if (typeof topic === "string") return topic;
  if (topic.internal) return `Records cannot be produced to the internal topic ${c.topic}`;
  const keys = c.keys ?? topic.producer?.keys ?? { kind: "none" };
  const nullKey = c.nullKeyPartitioner ?? topic.producer?.nullKeyPartitioner ?? "round-robin";
  setProducerRate(world, topic, c.perSecond, keys, nullKey);
  const keyText = keys.kind === "none" ? "no keys" : keys.kind === "distinct" ? `${keys.count} distinct keys` : `${keys.count} keys with hot key ${JSON.stringify(keys.hotKey ?? "hot-key")}`;
  world.emit(
    "producerRateChanged",
    c.perSecond > 0 ? `Producer of ${c.topic} now sends ${c.perSecond} records/s (${keyText}${keys.kind === "none" ? `, ${nullKey} partitioning` : ""})` : `Producer of ${c.topic} stopped`,
    { topic: c.topic, data: { perSecond: c.perSecond, keys, nullKeyPartitioner: nullKey } },
  );
  return undefined;
}

export function setRetention(world: World, c: Of<"setRetention">): string | undefined {
  const topic = findTopic(world, c.topic);
  if (typeof topic === "string") return topic;
  if (topic.internal) return `Retention of the internal topic ${c.topic} is managed by compaction`;
  if (c.ms === undefined && c.records === undefined) return "setRetention: give ms, records, or both (null removes a limit)";
  if (c.ms !== undefined) topic.config.retentionMs = c.ms;
  if (c.records !== undefined) topic.config.retentionRecords = c.records;
  topic.version++;
  const ms = topic.config.retentionMs;
  const recs = topic.config.retentionRecords;
  world.emit("retentionChanged", `Retention of ${c.topic}: ${ms === null ? "no time limit" : `retention.ms=${ms}`}, ${recs === null ? "no size limit" : `at most ${recs} records`}`, {
    topic: c.topic,
    data: { retentionMs: ms, retentionRecords: recs },
  });
  return undefined;
}
