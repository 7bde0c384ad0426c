import type { Scenario } from "../engine/scenario";

/** A large world for `?demo=big`: dozens of partitions and consumers, to see the diagram's level of detail. */
export const BIG_SCENARIO: Scenario = {
  version: 1,
  seed: 7,
  topics: [
    { name: "clicks", partitions: 24 },
    { name: "payments", partitions: 12 },
  ],
  producers: [
    { topic: "clicks", perSecond: 120, keys: { kind: "distinct", count: 500 } },
    { topic: "payments", perSecond: 30, keys: { kind: "hot", count: 50, hotShare: 0.4 } },
  ],
  groups: [
    { groupId: "web-analytics", topics: ["clicks"], config: { sessionTimeout: 10_000 }, consumers: Array.from({ length: 12 }, (_, i) => ({ clientId: `web-${i + 1}` })) },
    { groupId: "fraud", topics: ["clicks", "payments"], config: { sessionTimeout: 10_000, partitionAssigners: ["cooperative-sticky"] }, consumers: Array.from({ length: 8 }, (_, i) => ({ clientId: `fraud-${i + 1}` })) },
    { groupId: "ledger", topics: ["payments"], config: { sessionTimeout: 10_000 }, consumers: Array.from({ length: 4 }, (_, i) => ({ clientId: `ledger-${i + 1}` })) },
  ],
};
