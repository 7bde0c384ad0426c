import { group } from "../checks";
import type { Lesson } from "../types";

/** The group is Stable with three members, and `idle` of them own nothing. */
function threeWithIdle(s: Parameters<typeof group>[0], id: string, idle: number): boolean {
  const g = group(s, id);
  return !!g && g.state === "Stable" && g.members.length === 3 && g.members.filter((m) => m.assignment.length === 0).length === idle;
}

export const roundrobinVsRange: Lesson = {
  id: "roundrobin-vs-range",
  scenario: "roundrobin-vs-range",
  title: "RoundRobin versus Range over two topics",
  summary: "Range assigns topic by topic; RoundRobin deals all partitions of all topics in turn.",
  steps: [
    {
      title: "Two topics, two consumers",
      text: [
        "orders and users have 2 partitions each. Range works per topic, so range-1 gets partition 0 of both topics. RoundRobin deals all four in (topic, partition) order: rr-1 gets orders-0 and users-0, rr-2 orders-1 and users-1. With two consumers both look alike.",
        "(The course draws RoundRobin as orders-P0 + users-P1; Kafka's RoundRobinAssignor does not produce that.)",
      ],
    },
    {
      title: "A third consumer tells them apart",
      text: ["Range gives each topic's 2 partitions to the first 2 consumers, so a third is idle on both topics. RoundRobin deals the third consumer users-0."],
      task: {
        prompt: "Add a third consumer to each group and wait until both are Stable: one range consumer is idle, no roundrobin consumer is.",
        hint: "Open each group's ⋯ menu and choose Add consumer.",
        check: ({ now }) => threeWithIdle(now, "range-group", 1) && threeWithIdle(now, "roundrobin-group", 0),
        solution: {
          commands: [
            { type: "addConsumer", group: "range-group", topics: ["orders", "users"], consumer: "range-3", config: { sessionTimeout: 10_000, partitionAssigners: ["range"] } },
            { type: "addConsumer", group: "roundrobin-group", topics: ["orders", "users"], consumer: "rr-3", config: { sessionTimeout: 10_000, partitionAssigners: ["roundrobin"] } },
          ],
          waitMs: 15_000,
        },
        from: 8_000,
      },
    },
  ],
};
