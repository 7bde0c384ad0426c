import { consumer, happened, isMember, isStable } from "../checks";
import type { Lesson } from "../types";

export const crashSessionTimeout: Lesson = {
  id: "crash-session-timeout",
  scenario: "crash-session-timeout",
  title: "A crash, and the session timeout",
  summary: "How the coordinator notices a dead consumer, and what the group does about it.",
  steps: [
    {
      title: "Nobody tells the coordinator",
      text: [
        "At 15 s consumer-2 is killed (kill -9): no commit, no LeaveGroup. The coordinator only notices when sessionTimeout (10 s here; 45 s by default) passes without a heartbeat.",
        "Then the group rebalances, consumer-2's partition moves, and the records consumer-2 processed after its last commit are processed again.",
      ],
      questions: [4],
      task: {
        prompt: "Let it run until the coordinator notices (about 25 s) and the group is Stable again without consumer-2.",
        hint: "Press Play, or Step until the event log shows “missed its session timeout”.",
        check: ({ now, events }) => happened(events, "memberFailed", { consumer: "consumer-2" }) && isStable(now, "service-a") && !isMember(now, "service-a", "consumer-2"),
        solution: { commands: [], waitMs: 35_000 },
        passive: true,
      },
    },
    {
      title: "Your turn: crash one",
      text: ["Crash another consumer yourself and time how long the group takes to notice: the session timeout, not the crash, starts the rebalance."],
      questions: [5],
      task: {
        prompt: "Crash consumer-1 and wait until the group is Stable again.",
        hint: "Open consumer-1's ⋯ menu and choose Crash (kill -9), then press Play.",
        // Not memberFailed: a consumer killed before its first JoinGroup completes is dropped by the rebalance instead.
        check: ({ now }) => consumer(now, "consumer-1")?.status === "crashed" && isStable(now, "service-a") && !isMember(now, "service-a", "consumer-1"),
        solution: { commands: [{ type: "crashConsumer", consumer: "consumer-1" }], waitMs: 20_000 },
      },
    },
  ],
};
