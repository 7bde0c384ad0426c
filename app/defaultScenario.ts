import type { Scenario } from "../engine/scenario";

/**
 * The course's first picture, already alive: `orders` with 3 partitions and a producer running, group
 * `service-a` with three consumers (one partition each) and group `service-b` with one (all three).
 *
 * One deviation from the Java defaults, shown in the configuration panel: sessionTimeout is 10 s (the course's
 * 10–30 s range) instead of 45 s, so a crash is noticed in a watchable time.
 */
export const DEFAULT_SCENARIO: Scenario = {
  version: 1,
  seed: 1,
  topics: [{ name: "orders", partitions: 3 }],
  producers: [{ topic: "orders", perSecond: 3, keys: { kind: "distinct", count: 12 } }],
  groups: [
    {
      groupId: "service-a",
      topics: ["orders"],
      config: { sessionTimeout: 10_000 },
      consumers: [{ clientId: "consumer-1" }, { clientId: "consumer-2" }, { clientId: "consumer-3" }],
    },
    {
      groupId: "service-b",
      topics: ["orders"],
      config: { sessionTimeout: 10_000 },
      consumers: [{ clientId: "analytics-1" }],
    },
  ],
};
