import { useState } from "react";
import { showMe } from "./showMe";
import type { Task } from "./types";

interface Props {
  task: Task;
  done: boolean;
}

/** A "do this" prompt and whether the simulation says it is done (checked on every frame). */
export function TaskCard({ task, done }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <section
      aria-label="Do this"
      data-testid="lesson-task"
      data-done={done}
      className={`rounded-lg border-2 px-3 py-2 ${done ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950" : "border-blue-600 bg-white dark:border-blue-500 dark:bg-neutral-900"}`}
    >
      <h4 className="text-xs font-bold tracking-wide text-neutral-600 uppercase dark:text-neutral-300">Do this</h4>
      <p className="mt-0.5 font-medium">{task.prompt}</p>
      <p role="status" aria-live="polite" className={`mt-1 text-sm font-semibold ${done ? "text-emerald-800 dark:text-emerald-300" : "text-neutral-700 dark:text-neutral-300"}`}>
        {done ? "✓ Done: the simulation shows it." : "○ Not done yet: the playground checks as it runs."}
      </p>
      {!done && (
        <div className="mt-1 flex flex-wrap items-start gap-2 text-sm">
          <details className="min-w-0 flex-1">
            <summary className="cursor-pointer text-blue-800 dark:text-blue-300">Hint</summary>
            <p className="mt-1">{task.hint}</p>
          </details>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await showMe(task);
              setBusy(false);
            }}
          >
            Show me
          </button>
        </div>
      )}
    </section>
  );
}
