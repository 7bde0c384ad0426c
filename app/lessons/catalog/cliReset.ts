import { consumer, group, happened } from "../checks";
import type { Lesson } from "../types";

const RESET = "kafka-consumer-groups.sh --bootstrap-server localhost:9092 --reset-offsets --group my-group --all-topics --to-earliest --execute";

export const cliReset: Lesson = {
  id: "cli-reset",
  scenario: "cli-reset",
  title: "Resetting offsets with kafka-consumer-groups.sh",
  summary: "Only an inactive group can be reset; then it reads again from where you put it.",
  steps: [
    {
      title: "Reset a stopped group",
      text: [
        "kafka-consumer-groups.sh --reset-offsets refuses an active group. At 30 s both consumers of my-group stop, and the group is Empty: now its offsets can be moved --to-earliest, --to-offset, --to-datetime or --shift-by. Try --dry-run first: it prints the plan and changes nothing.",
      ],
      questions: [11],
      task: {
        prompt: "After 30 s, reset my-group to the earliest offsets with --execute.",
        hint: `In the Terminal panel type: ${RESET} (or use the group's ⋯ menu → Reset offsets…).`,
        check: ({ events }) => happened(events, "offsetsReset", { group: "my-group" }),
        solution: { commands: [{ type: "runCli", line: RESET, defaultBootstrapServer: "localhost:9092" }], waitMs: 1_000 },
        from: 31_000,
      },
    },
    {
      title: "Reading it all again",
      text: ["A consumer that joins after the reset starts at the new committed offsets: it processes again what the group had processed before."],
      task: {
        prompt: "Restart consumer-1 and wait until it has processed records a second time.",
        hint: "Open consumer-1's ⋯ menu, choose Restart, and press Play.",
        check: ({ now, start }) => consumer(now, "consumer-1")?.status !== "stopped" && (group(now, "my-group")?.delivery.duplicates ?? 0) > (group(start, "my-group")?.delivery.duplicates ?? 0),
        solution: { commands: [{ type: "restartConsumer", consumer: "consumer-1" }], waitMs: 15_000 },
      },
    },
  ],
};
