import { group, topic } from "../checks";
import type { Lesson } from "../types";

export const retentionReset: Lesson = {
  id: "retention-reset",
  scenario: "retention-reset",
  title: "Retention deletes what a slow group has not read",
  summary: "A committed offset can fall off the start of the log; auto.offset.reset then skips the gap.",
  steps: [
    {
      title: "Behind the log start",
      text: [
        "orders keeps records for 30 s. slow-group reads 1 record per second while 5 arrive. When retention deletes old segments, its position falls below the log start offset: the fetch is out of range and auto.offset.reset (earliest) jumps to the new log start. The records in between are lost.",
      ],
      task: {
        prompt: "Before that happens, raise orders' retention to at least 10 minutes, then let it run to 90 s: slow-group must lose nothing.",
        hint: "Open orders' ⋯ menu, choose Retention… and set retention.ms to 600000 or more; then press Play.",
        check: ({ now }) => {
          const ms = topic(now, "orders")?.config.retentionMs;
          return now.now >= 90_000 && (ms === null || (ms ?? 0) >= 600_000) && group(now, "slow-group")?.delivery.lost === 0;
        },
        solution: { commands: [{ type: "setRetention", topic: "orders", ms: 600_000 }], waitMs: 90_000 },
      },
    },
  ],
};
