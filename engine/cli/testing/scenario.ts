/**
 * The cluster the CLI tests run against: one broker (localhost:9092, id 1), topics "orders" (3 partitions) and
 * "payments" (1 partition, log start 10), and groups in each state the tools treat differently. The simulated
 * clock stands at 01:00:00 UTC on 2024-01-01 (virtual time 1 h after an epoch of midnight); record i of each
 * "orders" partition was written at virtual second i.
 */
import { FakeBackend, member, type FakeOptions } from "./fakeBackend";

const perSecond = (n: number): number[] => Array.from({ length: n }, (_, i) => i * 1000);

export const M1 = "consumer-my-group-1-3f2a";
export const M2 = "consumer-my-group-2-9c1d";
export const M3 = "consumer-rebal-1-5e6f7a8";

export function scenario(extra: Partial<FakeOptions> = {}): FakeBackend {
  return new FakeBackend({
    epochMs: Date.UTC(2024, 0, 1),
    now: 3_600_000,
    topics: [
      {
        name: "orders",
        topicId: "vT7bX2QkRwa3CzJ9dE1fNg",
        configs: { "retention.ms": "604800000", "cleanup.policy": "delete" },
        partitions: [
          { logStartOffset: 0, logEndOffset: 150, timestamps: perSecond(150) },
          { logStartOffset: 0, logEndOffset: 200, timestamps: perSecond(200) },
          { logStartOffset: 0, logEndOffset: 180, timestamps: perSecond(180) },
        ],
      },
      { name: "payments", topicId: "Qm8sLp0aTgiYb4Nc6VwZxA", partitions: [{ logStartOffset: 10, logEndOffset: 50 }] },
      ...(extra.topics ?? []),
    ],
    groups: [
      {
        groupId: "my-group",
        state: "Stable",
        assignmentStrategy: "range",
        members: [member(M1, "consumer-my-group-1", [["orders", 0], ["orders", 1]]), member(M2, "consumer-my-group-2", [["orders", 2]])],
        committed: [
          ["orders", 0, 100],
          ["orders", 1, 200],
          ["orders", 2, 150],
        ],
      },
      {
        groupId: "idle-group",
        state: "Empty",
        committed: [
          ["orders", 0, 50],
          ["orders", 1, 60],
          ["orders", 2, 70],
          ["payments", 0, 20],
        ],
      },
      {
        groupId: "rebalancing-group",
        state: "PreparingRebalance",
        members: [member(M3, "consumer-rebal-1", [["orders", 1]])],
        committed: [["orders", 0, 10]],
      },
      ...(extra.groups ?? []),
    ],
  });
}
