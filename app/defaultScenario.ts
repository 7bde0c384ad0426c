import type { Scenario } from "../engine/scenario";

/** The course's first picture: orders with 3 partitions and a producer running. */
export const DEFAULT_SCENARIO: Scenario = {
  version: 1,
  seed: 1,
  topics: [{ name: "orders", partitions: 3 }],
  producers: [{ topic: "orders", perSecond: 2, keys: { kind: "distinct", count: 12 } }],
};
