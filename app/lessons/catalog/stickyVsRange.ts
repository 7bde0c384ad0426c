import { consumer, group, happened, memberIds } from "../checks";
import type { Lesson } from "../types";

export const stickyVsRange: Lesson = {
  id: "sticky-vs-range",
  scenario: "sticky-vs-range",
  title: "Sticky versus Range",
  summary: "Sticky keeps as many assignments as balance allows; Range recomputes from scratch.",
  steps: [
    {
      title: "Count the moves",
      text: [
        "Both groups read the same 4 partitions, one with Range, one with Sticky. At 15 s a third consumer joins each; at 40 s the second consumer of each crashes. In each rebalance count the partitions that changed owner: Sticky moves only what balance needs.",
        "(The course draws C1: P0; C2: P1, P2; C3: P3 after a join. No Kafka assignor gives that: Range gives C1: P0, P1; C2: P2; C3: P3.)",
      ],
    },
    {
      title: "Sticky keeps what it can",
      text: ["When a member leaves, Sticky gives its partitions to the others and moves nothing else; Range recomputes every range from scratch, so survivors can lose partitions they had."],
      task: {
        prompt: "After sticky-3 has joined (after 15 s), crash sticky-1 and wait until sticky-group is Stable: every survivor must still own all the partitions it had.",
        hint: "Open sticky-1's ⋯ menu and choose Crash (kill -9), then press Play until the session timeout passes.",
        check: ({ now, start, events }) => {
          if (!happened(events, "memberFailed", { consumer: "sticky-1" }) || group(now, "sticky-group")?.state !== "Stable") return false;
          const owned = (s: typeof now, id: string) => new Set(consumer(s, id)?.assignment.map(([t, p]) => `${t}-${p}`));
          const survivors = memberIds(now, "sticky-group").filter((id) => memberIds(start, "sticky-group").includes(id));
          return survivors.length > 0 && survivors.every((id) => [...owned(start, id)].every((tp) => owned(now, id).has(tp)));
        },
        solution: { commands: [{ type: "crashConsumer", consumer: "sticky-1" }], waitMs: 15_000 },
        from: 20_000,
      },
    },
  ],
};
