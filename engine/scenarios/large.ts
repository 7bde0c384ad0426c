/**
 * The benchmark's large scenario: 4 topics x 64 partitions, 8 groups x 16 consumers, auto and manual commits,
 * retention on. Also opened in the app with ?scenario=large (to measure the diagram under load).
 */
import type { CommitStrategy } from "../types";
import type { ParsedScenario } from "./schema";

const STRATEGIES: readonly CommitStrategy[] = ["auto", "per-record", "batch", "auto", "per-record", "batch", "auto", "before-processing"];

export function largeScenario(perSecondPerTopic = 1000): ParsedScenario {
  const topics = Array.from({ length: 4 }, (_, i) => ({ name: `topic-${i}`, partitions: 64, retentionMs: 60_000, segmentRecords: 100 }));
  return {
    version: 1,
    name: "large",
    title: "Large: 4 topics x 64 partitions, 8 groups x 16 consumers",
    narrative: "A big world for measuring: 256 partitions, 128 consumers in 8 groups with auto, per-record, batch and at-most-once commits, retention of one minute.",
    seed: 42,
    broker: { retentionCheckIntervalMs: 10_000 },
    topics,
    producers: topics.map((t) => ({ topic: t.name, perSecond: perSecondPerTopic, keys: { kind: "distinct" as const, count: 1000 } })),
    groups: STRATEGIES.map((commitStrategy, g) => ({
      groupId: `group-${g}`,
      topics: [topics[g % 4].name, topics[(g + 1) % 4].name],
      config: { commitStrategy, processingTime: 0, autoOffsetReset: "earliest" as const, batchSize: 200, sessionTimeout: 10_000 },
      consumers: Array.from({ length: 16 }, (_, i) => ({ clientId: `g${g}-c${i + 1}` })),
    })),
  };
}
