import { useRef } from "react";
import { LiveRegion } from "../a11y/LiveRegion";
import { TimeControls } from "../controls/TimeControls";
import { Diagram } from "../diagram/Diagram";
import { selectLesson, selectStep, useLessonStore } from "../lessons/lessonStore";
import { LessonStepView } from "../lessons/LessonStepView";
import { NoticeBar } from "../scenarios/NoticeBar";
import { selectMeta, useScenarioStore } from "../scenarios/scenarioStore";
import { openHelp, setPresenting } from "./presentStore";
import { useBoxHeight } from "./useBoxHeight";
import { usePresenterShortcuts } from "./usePresenterShortcuts";

/** Presenter mode: the diagram and the lesson step in large type, no chrome, driven from the keyboard. */
export function PresenterView() {
  usePresenterShortcuts(true);
  const meta = useScenarioStore(selectMeta);
  const lesson = useLessonStore(selectLesson);
  const step = useLessonStore(selectStep);
  const box = useRef<HTMLDivElement>(null);
  const height = useBoxHeight(box);
  return (
    <div data-testid="presenter" className="flex h-screen flex-col gap-2 bg-white px-6 py-4 text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
      <header className="flex items-center gap-4">
        <h1 className="min-w-0 flex-1 truncate text-3xl font-bold">{lesson?.title ?? meta.title ?? "Consumer Groups Playground"}</h1>
        <button type="button" className="btn" onClick={openHelp} aria-keyshortcuts="?">
          Shortcuts (?)
        </button>
        <button type="button" className="btn" onClick={() => setPresenting(false)} aria-keyshortcuts="p">
          Leave presenter mode
        </button>
      </header>
      <NoticeBar />
      <LiveRegion />
      <main className="flex min-h-0 flex-1 flex-col gap-6 xl:flex-row">
        <div ref={box} className="min-h-0 min-w-0 flex-1 overflow-hidden">
          {height > 0 && <Diagram height={height - 2} toolbar={false} />}
        </div>
        {lesson && (
          <section aria-label="Lesson step" className="max-h-[45vh] min-w-0 shrink-0 overflow-y-auto xl:max-h-none xl:w-[34rem]">
            <LessonStepView lesson={lesson} step={step} large />
          </section>
        )}
      </main>
      <footer className="border-t border-neutral-200 pt-2 dark:border-neutral-800">
        <TimeControls />
      </footer>
    </div>
  );
}
