import { happened, isStable, lastOf } from "../checks";
import type { Lesson } from "../types";

export const slowConsumer: Lesson = {
  id: "slow-consumer",
  scenario: "slow-consumer",
  title: "A slow consumer and maxPollInterval",
  summary: "Heartbeats are not enough: a consumer that does not poll in time leaves its group.",
  steps: [
    {
      title: "Alive, but too slow",
      text: [
        "At 15 s consumer-2 starts spending 1 s per record, with 20 records per poll: one poll loop takes 20 s, more than maxPollInterval (10 s here; 5 min by default).",
        "Its heartbeat thread keeps the session alive, but notices the poll timeout, leaves the group and rejoins later; its commit fails with CommitFailedException.",
      ],
      task: {
        prompt: "Make consumer-1 slow too (1000 ms per record) and wait until its poll timeout expires.",
        hint: "Open consumer-1's ⋯ menu and choose Slow down processing (×10) until it takes 1000 ms per record, or use Configure….",
        check: ({ events }) => happened(events, "pollTimeoutExpired", { consumer: "consumer-1" }),
        solution: { commands: [{ type: "setProcessingTime", consumer: "consumer-1", ms: 1000 }], waitMs: 40_000 },
      },
    },
    {
      title: "Fix it",
      text: [
        "Three ways out: process faster, take fewer records per poll (maxPollRecords), or give the loop more time (maxPollInterval). Each keeps one poll loop under the limit.",
      ],
      task: {
        prompt: "Fix both consumers so that 30 s pass with no poll timeout and the group Stable.",
        hint: "Use Speed up processing (÷10) on each consumer, or Configure… to lower maxPollRecords or raise maxPollInterval.",
        check: ({ now, start, events }) => {
          const last = lastOf(events, "pollTimeoutExpired");
          const since = last ? last.time : start.now;
          return now.now - since >= 30_000 && isStable(now, "service-a");
        },
        solution: {
          commands: [
            { type: "setProcessingTime", consumer: "consumer-1", ms: 10 },
            { type: "setProcessingTime", consumer: "consumer-2", ms: 10 },
          ],
          waitMs: 90_000,
        },
      },
    },
  ],
};
