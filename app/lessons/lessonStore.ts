/**
 * Which lesson is open, at which step, and the learner's progress (kept in local storage). A small store of its
 * own, beside the playground's: only lesson components read it.
 */
import { create } from "zustand";
import { openBuiltin } from "../scenarios/openScenario";
import { closeIntro, notify } from "../scenarios/scenarioStore";
import { replaceQuery } from "../share/replaceQuery";
import type { Lesson } from "./types";
import { lessonProgressOf, loadProgress, saveProgress, withDone, withStep, type Progress } from "./progress";

interface LessonState {
  lessonId: string | null;
  /** The open lesson (the catalogue loads on demand: it is not part of the first page load). */
  lesson: Lesson | null;
  step: number;
  progress: Progress;
  /** The lesson panel is showing (a lesson open, or the list to choose one). */
  panelOpen: boolean;
}

export const useLessonStore = create<LessonState>(() => ({ lessonId: null, lesson: null, step: 0, progress: loadProgress(), panelOpen: false }));

export const selectLessonId = (s: LessonState) => s.lessonId;
export const selectLesson = (s: LessonState) => s.lesson;
export const selectStep = (s: LessonState) => s.step;
export const selectProgress = (s: LessonState) => s.progress;
export const selectPanelOpen = (s: LessonState) => s.panelOpen;

function setProgress(progress: Progress): void {
  saveProgress(progress);
  useLessonStore.setState({ progress });
}

/** Opens a lesson at the step the learner reached, with its scenario from the start (paused, to read first). */
export async function openLesson(id: string, options: { loadScenario?: boolean } = {}): Promise<boolean> {
  const { lessonById } = await import("./index");
  const lesson = lessonById(id);
  if (!lesson) {
    notify(`There is no lesson named “${id.slice(0, 80)}”.`);
    return false;
  }
  const saved = lessonProgressOf(useLessonStore.getState().progress, id).step;
  useLessonStore.setState({ lessonId: id, lesson, step: Math.min(saved, lesson.steps.length - 1), panelOpen: true });
  if (options.loadScenario === false) return true;
  replaceQuery({ lesson: id });
  const r = await openBuiltin(lesson.scenario, { paused: true });
  if (!r.ok) notify(r.error);
  closeIntro(); // the lesson tells the scenario's story itself
  return true;
}

export function goToStep(step: number): void {
  const { lesson, progress } = useLessonStore.getState();
  if (!lesson) return;
  const clamped = Math.max(0, Math.min(lesson.steps.length - 1, step));
  useLessonStore.setState({ step: clamped });
  setProgress(withStep(progress, lesson.id, clamped));
}

export const nextStep = (): void => goToStep(useLessonStore.getState().step + 1);
export const previousStep = (): void => goToStep(useLessonStore.getState().step - 1);

export function markDone(lessonId: string, step: number): void {
  setProgress(withDone(useLessonStore.getState().progress, lessonId, step));
}

export const showLessons = (): void => useLessonStore.setState({ panelOpen: true });
export const hideLessons = (): void => useLessonStore.setState({ panelOpen: false });

export function closeLesson(): void {
  useLessonStore.setState({ lessonId: null, lesson: null, step: 0 });
  replaceQuery({}, ["theme", "large", "present"]);
}

export function resetProgress(): void {
  setProgress({});
}
