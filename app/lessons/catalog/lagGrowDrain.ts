import { group, lagOf, topic } from "../checks";
import type { Lesson } from "../types";

export const lagGrowDrain: Lesson = {
  id: "lag-grow-drain",
  scenario: "lag-grow-drain",
  title: "Lag grows, and drains",
  summary: "Consumer lag = log end offset − committed offset; more consumers (up to the partition count) drain it.",
  steps: [
    {
      title: "Lag grows under a fast producer",
      text: [
        "120 records/s arrive on 6 partitions; each consumer processes 50 records/s. With one consumer, lag (log end offset − committed offset) grows. A consumer joins every 15 s: the lag chart turns down once there are enough, and the 7th and 8th consumers are idle.",
      ],
      questions: [9, 10],
    },
    {
      title: "Drain one partition",
      text: ["With the producer running, lag is never exactly 0: records keep arriving between commits. Stop the producer and the consumers catch up."],
      task: {
        prompt: "Bring partition 2's lag to 0 without a duplicate.",
        hint: "Set the producer rate of orders to 0 (the producer controls above the diagram, or orders' ⋯ menu → Producer rate), then press Play.",
        check: ({ now, start }) => {
          const g = group(now, "my-group");
          return !!g && (topic(now, "orders")?.producer?.perSecond ?? 0) === 0 && lagOf(now, "my-group", "orders", 2) === 0 && g.delivery.duplicates === (group(start, "my-group")?.delivery.duplicates ?? 0);
        },
        solution: { commands: [{ type: "setProducerRate", topic: "orders", perSecond: 0 }], waitMs: 60_000 },
        from: 20_000,
      },
    },
  ],
};
