import { group, memberIds } from "../checks";
import type { Lesson } from "../types";

export const eagerVsCooperative: Lesson = {
  id: "eager-vs-cooperative",
  scenario: "eager-vs-cooperative",
  title: "Eager versus cooperative rebalancing",
  summary: "Does the whole group stop during a rebalance? With eager assignors yes; with cooperative-sticky, only what moves.",
  steps: [
    {
      title: "Watch the join at 20 s",
      text: [
        "eager-group uses Range, an eager assignor: in a rebalance every member revokes all its partitions before rejoining, so the whole group stops.",
        "cooperative-group uses CooperativeSticky: members keep what they keep and go on consuming; only the partitions that move pause, over two rebalances. Watch the rebalance timeline when a consumer joins each group at 20 s.",
      ],
      questions: [5],
    },
    {
      title: "Make the group cooperative",
      text: [
        "A running group cannot jump from range to cooperative-sticky: a member that lists only cooperative-sticky shares no protocol with the others and is refused (INCONSISTENT_GROUP_PROTOCOL). Kafka's way is two rolling restarts: first list both assignors, [range, cooperative-sticky], then only [cooperative-sticky].",
      ],
      task: {
        prompt: "After eager-3 has joined (after 20 s), make eager-group cooperative: first [range, cooperative-sticky], then [cooperative-sticky]; wait until it is Stable with that protocol.",
        hint: "Open eager-group's ⋯ menu, choose Change assignor… and pick [range, cooperative-sticky]; once the group is Stable again, pick [cooperative-sticky].",
        check: ({ now }) => {
          const g = group(now, "eager-group");
          return !!g && g.state === "Stable" && g.rebalanceProtocol === "cooperative" && g.protocol === "cooperative-sticky";
        },
        solution: {
          commands: [
            { type: "setAssignor", group: "eager-group", assignors: ["range", "cooperative-sticky"] },
            { type: "wait", ms: 10_000 },
            { type: "setAssignor", group: "eager-group", assignors: ["cooperative-sticky"] },
          ],
          waitMs: 15_000,
        },
        from: 25_000,
      },
    },
    {
      title: "Nobody stops",
      text: ["In a cooperative rebalance a consumer that keeps a partition never stops reading it: its pause, if any, covers only the partitions it gives away."],
      task: {
        prompt: "Add a consumer to cooperative-group and wait until it is Stable: none of the consumers already there may stop entirely.",
        hint: "Open cooperative-group's ⋯ menu and choose Add consumer.",
        check: ({ now, start }) => {
          const g = group(now, "cooperative-group");
          const before = new Set(memberIds(start, "cooperative-group"));
          if (!g || g.state !== "Stable" || g.members.length <= before.size) return false;
          return now.consumers.filter((c) => before.has(c.clientId)).every((c) => c.status !== "crashed" && !c.pauses.some((p) => (p.end === null || p.end > start.now) && p.partitions === "all" && p.start >= start.now));
        },
        solution: { commands: [{ type: "addConsumer", group: "cooperative-group", topics: ["orders"], consumer: "coop-4", config: { sessionTimeout: 10_000, processingTime: 10, partitionAssigners: ["cooperative-sticky"] } }], waitMs: 15_000 },
        from: 25_000,
      },
    },
  ],
};
