import { group, isStable, ownedCounts } from "../checks";
import type { Lesson } from "../types";

export const patterns: Lesson = {
  id: "patterns",
  scenario: "more-consumers-than-partitions",
  title: "More, as many, fewer consumers than partitions",
  summary: "The course's three patterns: idle consumers, one partition each, several partitions each.",
  steps: [
    {
      title: "Pattern 1: one consumer too many",
      text: [
        "Two partitions, three consumers. A partition has one owner in a group, so one consumer owns nothing: it is a member, it heartbeats, it waits.",
        "It is not wasted, though: it is a hot standby. Take a consumer away and watch.",
      ],
      questions: [3],
      task: {
        prompt: "Stop a consumer that owns a partition, and wait until both partitions are owned again, one each.",
        hint: "Open the consumer's ⋯ menu and choose Stop (graceful leave): it commits and sends LeaveGroup, so the rebalance starts at once.",
        check: ({ now }) => {
          const counts = [...ownedCounts(now, "my-group").values()];
          return isStable(now, "my-group") && counts.length === 2 && counts.every((n) => n === 1) && now.consumers.some((c) => c.groupId === "my-group" && c.status === "stopped");
        },
        solution: { commands: [{ type: "stopConsumer", consumer: "consumer-1" }], waitMs: 8_000 },
        from: 8_000,
      },
    },
    {
      title: "Patterns 2 and 3: as many, then fewer",
      text: [
        "With two consumers on two partitions each owns one: the most parallelism this topic allows. With fewer consumers than partitions a consumer owns several, and still reads them all.",
      ],
      task: {
        prompt: "Stop one more consumer and wait until the last one owns both partitions.",
        hint: "Stop another consumer from its ⋯ menu.",
        check: ({ now }) => {
          const g = group(now, "my-group");
          return !!g && g.state === "Stable" && g.members.length === 1 && g.members[0].assignment.length === 2;
        },
        solution: { commands: [{ type: "stopConsumer", consumer: "consumer-2" }], waitMs: 8_000 },
      },
    },
  ],
  related: ["equal-consumers-and-partitions", "fewer-consumers-than-partitions"],
};
