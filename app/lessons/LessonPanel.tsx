import { openBuiltin } from "../scenarios/openScenario";
import { closeLesson, hideLessons, selectLesson, selectStep, useLessonStore } from "./lessonStore";
import { LessonPicker } from "./LessonPicker";
import { LessonStepView } from "./LessonStepView";

/** Guided lessons: choose one, follow its steps, do its tasks (checked live), answer its questions. */
export function LessonPanel() {
  const lesson = useLessonStore(selectLesson);
  const step = useLessonStore(selectStep);
  return (
    <aside aria-label="Lesson" className="flex min-w-0 flex-col gap-3 rounded-lg border border-neutral-300 bg-neutral-50 p-3 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100">
      <header className="flex items-start gap-2">
        <h2 className="min-w-0 flex-1 text-lg font-bold break-words">{lesson ? lesson.title : "Lessons"}</h2>
        {lesson && (
          <button type="button" className="btn px-2 py-1 text-xs" onClick={closeLesson}>
            All lessons
          </button>
        )}
        <button type="button" className="rounded px-2 py-0.5 text-xl leading-none hover:bg-neutral-200 dark:hover:bg-neutral-800" onClick={hideLessons} aria-label="Close the lesson panel">
          ×
        </button>
      </header>
      {lesson ? (
        <>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">{lesson.summary}</p>
          <LessonStepView lesson={lesson} step={step} />
          {lesson.related && (
            <p className="flex flex-wrap items-center gap-1 text-xs">
              <span>Same idea:</span>
              {lesson.related.map((name) => (
                <button key={name} type="button" className="rounded border border-neutral-300 px-1.5 py-0.5 hover:bg-neutral-200 dark:border-neutral-600 dark:hover:bg-neutral-800" onClick={() => void openBuiltin(name)}>
                  {name}
                </button>
              ))}
            </p>
          )}
        </>
      ) : (
        <LessonPicker />
      )}
    </aside>
  );
}
