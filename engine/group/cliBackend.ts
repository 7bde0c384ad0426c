/**
 * The Admin client's view of the simulation, for the command-line tools (see engine/cli/backend.ts): group
 * listings and descriptions, committed offsets, topic metadata, and the admin operations
 * (alterConsumerGroupOffsets, deleteConsumerGroups, deleteConsumerGroupOffsets, createTopics, createPartitions).
 */
import type { CliBackend, CliGroupDescription, CliTopicInfo, GroupOpResult } from "../cli/backend";
import { validateTopicName } from "../commands/schema";
import { murmur2, utf8Encode } from "../partitioner";
import { MAX_PARTITIONS } from "../topic";
import type { TopicPartition } from "../types";
import type { GroupLayer } from "./groupLayer";
import { hostOf } from "./groupSnapshots";
import { OFFSETS_TOPIC } from "./offsetsTopic";

/** Virtual time 0 is this wall-clock moment (2024-01-01T00:00:00Z), so dates in the course's commands make sense. */
export const SIMULATION_EPOCH_MS = Date.UTC(2024, 0, 1);

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A stable topic id (Kafka's Uuid prints as 22 characters of URL-safe base64), derived from the name. */
export function topicIdOf(name: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const h = murmur2(utf8Encode(`${i}:${name}`));
    bytes.push((h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
  }
  let out = "";
  for (let i = 0; i < 16; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64URL[(n >> 18) & 63] + BASE64URL[(n >> 12) & 63] + (i + 1 < 16 ? BASE64URL[(n >> 6) & 63] : "") + (i + 2 < 16 ? BASE64URL[n & 63] : "");
  }
  return out;
}

export function createCliBackend(layer: GroupLayer): CliBackend {
  const world = layer.world;

  const topicInfo = (name: string): CliTopicInfo | null => {
    if (name === OFFSETS_TOPIC) {
      const snap = layer.offsetsTopic.snapshot();
      return {
        name,
        internal: true,
        topicId: topicIdOf(name),
        partitions: snap.partitions.map((p) => ({ partition: p.partition, logStartOffset: p.logStartOffset, logEndOffset: p.logEndOffset })),
        configs: { "compression.type": "producer", "cleanup.policy": "compact", "segment.bytes": "104857600" },
      };
    }
    const t = world.topics.get(name);
    if (!t) return null;
    const configs: Record<string, string> = {};
    if (t.config.retentionMs !== null) configs["retention.ms"] = String(t.config.retentionMs);
    if (t.config.retentionRecords !== null) configs["retention.bytes"] = String(t.config.retentionRecords);
    return {
      name,
      internal: false,
      topicId: topicIdOf(name),
      partitions: t.partitions.map((p) => ({ partition: p.partition, logStartOffset: p.logStartOffset, logEndOffset: p.logEndOffset })),
      configs,
    };
  };

  const describe = (groupId: string): CliGroupDescription | null => {
    const g = layer.groups.get(groupId);
    if (!g || g.coordinator.state === "Dead") return null;
    const c = g.coordinator;
    const index = new Map([...layer.consumers.keys()].map((id, i) => [id, i]));
    return {
      groupId,
      state: c.state,
      protocolType: c.protocolType ?? "",
      assignmentStrategy: c.protocolName ?? "",
      coordinator: { host: "localhost", port: 9092, id: 1 },
      members: c.members.values().map((m) => ({
        memberId: m.memberId,
        groupInstanceId: null,
        clientId: m.clientId,
        host: hostOf(m.clientId, index.get(m.clientId) ?? 0),
        assignment: m.assignment,
      })),
      committed: [...g.committed.values()].map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset, leaderEpoch: null })),
    };
  };

  const ok: GroupOpResult = { ok: true };

  return {
    now: () => world.now,
    epochMs: () => SIMULATION_EPOCH_MS,
    listGroups: () =>
      [...layer.groups.values()]
        .filter((g) => g.coordinator.state !== "Dead")
        .map((g) => ({ groupId: g.groupId, state: g.coordinator.state, protocolType: g.coordinator.protocolType ?? "" })),
    describeGroup: describe,
    topics: () => [...world.topics.keys(), OFFSETS_TOPIC].map((n) => topicInfo(n)!),
    topic: topicInfo,
    offsetForTimestamp: (topic, partition, timestamp) => world.topics.get(topic)?.partitions[partition]?.offsetForTimestamp(timestamp) ?? null,
    alterOffsets: (groupId, offsets) => {
      const g = layer.group(groupId);
      const error = g.coordinator.validateOffsetCommit("", -1);
      if (error !== "NONE") return { ok: false, error: error === "UNKNOWN_MEMBER_ID" ? "The coordinator is not aware of this member." : error };
      for (const o of offsets) g.delivery.onPositionSet(o.topic, o.partition, o.offset, "admin-reset", "kafka-consumer-groups.sh");
      g.storeOffsets(offsets, "kafka-consumer-groups.sh", "--reset-offsets --execute");
      world.emit("offsetsReset", `kafka-consumer-groups.sh reset the offsets of ${groupId}: ${offsets.map((o) => `${o.topic}-${o.partition}=${o.offset}`).join(", ")}`, { group: groupId });
      return ok;
    },
    deleteGroup: (groupId) => {
      const g = layer.groups.get(groupId);
      if (!g || g.coordinator.state === "Dead") return { ok: false, error: "org.apache.kafka.common.errors.GroupIdNotFoundException: The group id does not exist." };
      if (g.coordinator.state !== "Empty") return { ok: false, error: "org.apache.kafka.common.errors.GroupNotEmptyException: The group is not empty." };
      g.deleteOffsets([...g.committed.values()].map((o) => [o.topic, o.partition] as [string, number]));
      layer.removeGroup(g, "deleted by kafka-consumer-groups.sh --delete");
      return ok;
    },
    deleteOffsets: (groupId, partitions: readonly TopicPartition[]) => {
      const g = layer.groups.get(groupId);
      if (!g || g.coordinator.state === "Dead") return { error: "GROUP_ID_NOT_FOUND" };
      const results = partitions.map(([topic, partition]) => {
        // GROUP_SUBSCRIBED_TO_TOPIC: the group's subscriptions at its current generation (ClassicGroup#isSubscribedToTopic).
        if (g.coordinator.isSubscribedToTopic(topic)) {
          return { topic, partition, error: "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it." };
        }
        if (!world.topics.has(topic) || partition >= (world.topics.get(topic)?.numPartitions ?? 0)) {
          return { topic, partition, error: "This server does not host this topic-partition." };
        }
        g.deleteOffsets([[topic, partition]]);
        return { topic, partition, error: null };
      });
      return { results };
    },
    createTopic: (name, partitions, configs) => {
      const bad = validateTopicName(name);
      if (bad) return { ok: false, error: bad };
      if (world.topics.has(name) || name === OFFSETS_TOPIC) return { ok: false, error: `Topic '${name}' already exists.` };
      if (partitions < 1 || partitions > MAX_PARTITIONS) return { ok: false, error: `The playground allows 1 to ${MAX_PARTITIONS} partitions per topic.` };
      const retentionMs = configs["retention.ms"] !== undefined ? Number(configs["retention.ms"]) : null;
      world.createTopic(name, partitions, { retentionMs: retentionMs !== null && retentionMs >= 0 ? retentionMs : null });
      world.emit("topicCreated", `Created topic ${name} with ${partitions} partition${partitions === 1 ? "" : "s"} (kafka-topics.sh)`, { topic: name });
      return ok;
    },
    addPartitions: (topic, total) => {
      const t = world.topics.get(topic);
      if (!t) return { ok: false, error: `Topic '${topic}' does not exist as expected` };
      if (total > MAX_PARTITIONS) return { ok: false, error: `The playground allows at most ${MAX_PARTITIONS} partitions per topic.` };
      const before = t.numPartitions;
      t.addPartitions(total);
      world.emit("partitionsAdded", `Added ${total - before} partitions to ${topic} (now ${total}, kafka-topics.sh --alter); keys may now map to different partitions`, { topic });
      return ok;
    },
  };
}
