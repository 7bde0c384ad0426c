import { consumer, group, happened, isStable } from "../checks";
import type { Lesson } from "../types";

export const consumerOffsets: Lesson = {
  id: "consumer-offsets",
  scenario: "consumer-offsets",
  title: "Inside __consumer_offsets",
  summary: "Commits are records of an internal, compacted topic; a restarted consumer resumes from them.",
  steps: [
    {
      title: "Commits are records",
      text: [
        "Every commit is a record in __consumer_offsets, in partition abs(hashCode(groupId)) % 50, keyed by (group, topic, partition). The topic is compacted: older commits of the same key are cleaned away. my-group commits after every record: open the Offsets panel and watch its partition fill and compact.",
      ],
      questions: [14],
    },
    {
      title: "Resume where you left off",
      text: ["A consumer that stops gracefully commits and leaves; when a consumer starts again it asks the coordinator for the committed offsets and resumes there."],
      questions: [7],
      task: {
        prompt: "Stop consumer-1, restart it, and wait until it consumes again with no record processed twice.",
        hint: "Open consumer-1's ⋯ menu: Stop (graceful leave), then Restart; press Play.",
        check: ({ now, start, events }) =>
          happened(events, "consumerRestarted", { consumer: "consumer-1" }) &&
          (consumer(now, "consumer-1")?.assignment.length ?? 0) > 0 &&
          isStable(now, "my-group") &&
          group(now, "my-group")?.delivery.duplicates === group(start, "my-group")?.delivery.duplicates,
        solution: { commands: [{ type: "stopConsumer", consumer: "consumer-1" }, { type: "wait", ms: 2_000 }, { type: "restartConsumer", consumer: "consumer-1" }], waitMs: 15_000 },
        from: 10_000,
      },
    },
  ],
};
