import { allPartitionsOwned, group, isStable, memberIds } from "../checks";
import type { Lesson } from "../types";

export const firstPicture: Lesson = {
  id: "first-picture",
  scenario: "first-picture",
  title: "Two groups, one topic",
  summary: "What a consumer group is: partitions shared out inside a group, every record read by every group.",
  steps: [
    {
      title: "A group shares the partitions out",
      text: [
        "Topic orders has three partitions. Group service-a has three consumers, so each owns one partition; group service-b has one consumer, analytics-1, which owns all three.",
        "Press Play and watch records arrive: each is read by exactly one consumer of service-a, and by analytics-1 of service-b.",
      ],
      questions: [1],
    },
    {
      title: "Never two owners in one group",
      text: [
        "Inside a group a partition has one owner at a time. A new consumer does not read alongside the others: the group rebalances and hands it some partitions.",
      ],
      questions: [2],
      task: {
        prompt: "Add a consumer to service-b and wait until service-b is Stable again: analytics-1 now shares the three partitions with it.",
        hint: "Open service-b's ⋯ menu and choose Add consumer (or drag a consumer from the palette onto the group).",
        check: ({ now, start }) => {
          const g = group(now, "service-b");
          return !!g && memberIds(now, "service-b").length > Math.max(1, memberIds(start, "service-b").length) && isStable(now, "service-b") && g.generationId > (group(start, "service-b")?.generationId ?? 0);
        },
        solution: { commands: [{ type: "addConsumer", group: "service-b", topics: ["orders"], consumer: "analytics-2", config: { sessionTimeout: 10_000 } }], waitMs: 12_000 },
      },
    },
    {
      title: "Every group reads every record",
      text: ["Groups do not share work with each other: each keeps its own committed offsets, so a new group reads the topic as if it were alone."],
      questions: [12],
      task: {
        prompt: "Start a third group on orders and wait until it owns all three partitions.",
        hint: "Drag a consumer from the palette onto “new group”, or Add consumer and choose “a new group”.",
        check: ({ now, start }) => {
          const before = new Set(start.groups.map((g) => g.groupId));
          return now.groups.some((g) => !before.has(g.groupId) && g.state === "Stable" && allPartitionsOwned(now, g.groupId, "orders"));
        },
        solution: { commands: [{ type: "addConsumer", group: "service-c", topics: ["orders"], consumer: "email-1" }], waitMs: 12_000 },
      },
    },
  ],
  related: ["three-groups"],
};
