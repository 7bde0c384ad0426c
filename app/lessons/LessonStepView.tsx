import { useCallback } from "react";
import { lessonProgressOf } from "./progress";
import { markDone, nextStep, previousStep, selectProgress, useLessonStore } from "./lessonStore";
import { QuestionCard } from "./QuestionCard";
import { TaskCard } from "./TaskCard";
import type { Lesson } from "./types";
import { useTaskCheck } from "./useTaskCheck";

interface Props {
  lesson: Lesson;
  step: number;
  /** Presenter mode: bigger type, no questions (the presenter asks them). */
  large?: boolean;
}

/** One step of a lesson: its text, its task (checked live), its questions, and the way on. */
export function LessonStepView({ lesson, step, large = false }: Props) {
  const s = lesson.steps[step];
  const progress = useLessonStore(selectProgress);
  const done = lessonProgressOf(progress, lesson.id).done.includes(step);
  const onPass = useCallback(() => markDone(lesson.id, step), [lesson.id, step]);
  useTaskCheck(s?.task, !done, onPass);
  if (!s) return null;
  return (
    <div className={`flex flex-col gap-3 ${large ? "text-2xl" : "text-sm"}`}>
      <h3 className={`font-bold ${large ? "text-3xl" : "text-base"}`}>
        <span className="sr-only">Step {step + 1}: </span>
        {s.title}
      </h3>
      {s.text.map((p, i) => (
        <p key={i} className="leading-relaxed">
          {p}
        </p>
      ))}
      {s.task && <TaskCard task={s.task} done={done} />}
      {!large && s.questions?.map((n) => <QuestionCard key={n} n={n} />)}
      <nav aria-label="Lesson steps" className="flex items-center gap-2">
        <button type="button" className="btn" onClick={previousStep} disabled={step === 0}>
          ← Previous
        </button>
        <span className="text-sm tabular-nums text-neutral-600 dark:text-neutral-400">
          Step {step + 1} of {lesson.steps.length}
        </span>
        <button type="button" className="btn btn-primary ml-auto" onClick={nextStep} disabled={step === lesson.steps.length - 1}>
          Next →
        </button>
      </nav>
    </div>
  );
}
