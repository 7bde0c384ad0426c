/** "Show me": does a task's solution in the live playground (commands, pauses of virtual time, then play). */
import { setPlaying } from "../engine/engineClient";
import { act } from "../interactions/actions";
import { useStore } from "../store";
import type { Task } from "./types";

function waitVirtual(ms: number): Promise<void> {
  const from = useStore.getState().snapshot?.now ?? 0;
  return new Promise((resolve) => {
    const un = useStore.subscribe((s) => {
      if ((s.snapshot?.now ?? 0) >= from + ms || (s.snapshot?.now ?? 0) < from) {
        un();
        resolve();
      }
    });
  });
}

export async function showMe(task: Task): Promise<void> {
  for (const step of task.solution.commands) {
    if (step.type === "wait") {
      await setPlaying(true);
      await waitVirtual(step.ms);
    } else {
      const r = await act(step);
      if (!r.ok) return;
    }
  }
  await setPlaying(true);
}
