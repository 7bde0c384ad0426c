import { allPartitionsOwned, isStable, topic } from "../checks";
import type { Lesson } from "../types";

export const addPartitions: Lesson = {
  id: "add-partitions",
  scenario: "add-partitions",
  title: "Adding partitions",
  summary: "New partitions trigger a rebalance, once the leader's metadata notices them; keys move.",
  steps: [
    {
      title: "From 3 to 6 partitions",
      text: [
        "At 15 s orders grows from 3 to 6 partitions (partitions are never removed). The group's leader notices at its next metadata refresh (metadata.max.age.ms: 10 s here, 5 min by default) and rejoins, so the new partitions get owners.",
        "Keys now map elsewhere: murmur2(key) % 6 is not % 3, so a key's order across the change is not guaranteed.",
      ],
    },
    {
      title: "Grow it again",
      text: ["Adding partitions is one of the four triggers of a rebalance, with a consumer joining, leaving and failing."],
      task: {
        prompt: "After 15 s, grow orders to 8 partitions and wait until every partition has an owner.",
        hint: "Open orders' ⋯ menu and choose Add partitions…; then press Play and wait for the metadata refresh.",
        check: ({ now }) => (topic(now, "orders")?.partitions.length ?? 0) >= 8 && isStable(now, "my-group") && allPartitionsOwned(now, "my-group", "orders"),
        solution: { commands: [{ type: "addPartitions", topic: "orders", partitions: 8 }], waitMs: 30_000 },
        from: 16_000,
      },
    },
  ],
};
