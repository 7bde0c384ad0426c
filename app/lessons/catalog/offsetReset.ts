import { consumer, group } from "../checks";
import type { Lesson } from "../types";

export const offsetReset: Lesson = {
  id: "offset-reset",
  scenario: "offset-reset",
  title: "fromBeginning and auto.offset.reset",
  summary: "Where a new group starts reading: the earliest record, the next one, or nowhere.",
  steps: [
    {
      title: "Offsets and where a new group starts",
      text: [
        "An offset is a record's position in its partition, from 0. Thirty records are already in orders when three new groups start at 5 s, with no committed offsets.",
        "from-beginning (fromBeginning: true, auto.offset.reset=earliest) reads all thirty; latest-group (the default) starts at the log end and sees only new records.",
      ],
      questions: [6, 13],
    },
    {
      title: "No offset, no policy: an exception",
      text: ["strict-1 has autoOffsetReset none: with no committed offset it fails with NoOffsetForPartitionException. A reset policy, or a committed offset, gets it going."],
      task: {
        prompt: "Set strict-1's autoOffsetReset to earliest, restart it, and wait until group no-reset has committed offsets.",
        hint: "Select strict-1, open Configure… and choose earliest; then Restart it from its ⋯ menu and press Play.",
        check: ({ now }) => {
          const c = consumer(now, "strict-1");
          const g = group(now, "no-reset");
          return !!c && c.status !== "failed" && c.status !== "crashed" && !!g && g.state === "Stable" && g.offsets.length > 0 && g.offsets.every((o) => o.committed !== null);
        },
        solution: {
          commands: [
            { type: "configureConsumer", consumer: "strict-1", config: { autoOffsetReset: "earliest" } },
            { type: "restartConsumer", consumer: "strict-1" },
          ],
          waitMs: 15_000,
        },
        from: 8_000,
      },
    },
  ],
};
