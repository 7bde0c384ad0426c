import { consumer, group } from "../checks";
import type { Lesson } from "../types";

const delivery = (s: Parameters<typeof group>[0], id: string) => group(s, id)?.delivery;

export const commitStrategies: Lesson = {
  id: "commit-strategies",
  scenario: "commit-strategies",
  title: "Commit strategies under a crash",
  summary: "Auto, per-record, batch and before-processing commits: who processes twice, who loses records, and why none is exactly-once.",
  steps: [
    {
      title: "Four groups, one crash each",
      text: [
        "Each group reads the same records with a different commit strategy; at 20 s one consumer of each group crashes. After the session timeout its partition moves, and the new owner starts from the last committed offset.",
        "auto and batch process again what was processed after the last commit; per-record at most one record per partition; before-processing processes nothing twice but loses what was committed and never processed. Processing and committing are two steps, so no strategy is exactly-once.",
      ],
      questions: [8],
      task: {
        prompt: "After the scripted crashes (past 35 s): restart amo-2, then crash amo-1, and wait until the at-most-once group counts more lost records.",
        hint: "Open amo-2's ⋯ menu and choose Restart; once it owns a partition, crash amo-1 (kill -9) and watch the Delivery panel.",
        check: ({ now, start }) => consumer(now, "amo-1")?.status === "crashed" && (delivery(now, "at-most-once")?.lost ?? 0) > (delivery(start, "at-most-once")?.lost ?? 0),
        solution: { commands: [{ type: "restartConsumer", consumer: "amo-2" }, { type: "wait", ms: 8_000 }, { type: "crashConsumer", consumer: "amo-1" }], waitMs: 20_000 },
        from: 35_000,
      },
    },
    {
      title: "Duplicates are for the application to handle",
      text: [
        "At-least-once delivery means duplicates after a crash. The fix is on the application's side: idempotent processing (or deduplication by record id) makes a redelivered record harmless. Kafka's exactly-once needs transactions: the offsets committed in the same transaction as the output (read-process-write to Kafka), not a manual commit.",
      ],
      questions: [15],
      task: {
        prompt: "Make auto-1 idempotent, then let auto-2's partition move to it (crash auto-2, restarting it first if it is down): auto-1 must skip the redelivered records.",
        hint: "Select auto-1, open Configure… and tick idempotent processing; then crash auto-2 and press Play.",
        check: ({ now, start }) => (delivery(now, "auto-commit")?.skippedDuplicates ?? 0) > (delivery(start, "auto-commit")?.skippedDuplicates ?? 0),
        solution: {
          commands: [
            { type: "configureConsumer", consumer: "auto-1", config: { idempotent: true } },
            { type: "restartConsumer", consumer: "auto-2" },
            { type: "wait", ms: 10_000 },
            { type: "crashConsumer", consumer: "auto-2" },
          ],
          waitMs: 20_000,
        },
      },
    },
  ],
};
