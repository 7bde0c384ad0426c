import { LESSONS } from "./index";
import { lessonProgressOf } from "./progress";
import { openLesson, selectProgress, useLessonStore } from "./lessonStore";

/** The list of lessons, with how far the learner got in each. */
export function LessonPicker() {
  const progress = useLessonStore(selectProgress);
  return (
    <ol className="flex flex-col gap-1.5">
      {LESSONS.map((l) => {
        const p = lessonProgressOf(progress, l.id);
        const tasks = l.steps.filter((s) => s.task).length;
        const done = l.steps.filter((s, i) => s.task && p.done.includes(i)).length;
        return (
          <li key={l.id}>
            <button type="button" className="w-full rounded border border-neutral-300 px-2 py-1.5 text-left hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800" onClick={() => void openLesson(l.id)}>
              <span className="block font-semibold">{l.title}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                {l.summary} · {done}/{tasks} tasks done
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
