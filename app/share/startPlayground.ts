/**
 * Starts the playground the URL asks for: a permalink (replayed to its moment, paused), a built-in scenario, a
 * lesson, or the default scenario. What cannot be opened is said in a notice, and the default scenario opens.
 */
import type { Scenario } from "../../engine/scenario";
import { BIG_SCENARIO } from "../bigScenario";
import { DEFAULT_SCENARIO } from "../defaultScenario";
import { startEngine } from "../engine/engineClient";
import { announceReady } from "../embed/useEmbedBridge";
import { openLesson, selectLesson, useLessonStore } from "../lessons/lessonStore";
import { metaOf } from "../scenarios/openScenario";
import { closeIntro, notify, setMeta, useScenarioStore } from "../scenarios/scenarioStore";
import { resolveStartup } from "./startup";

export interface StartUrl {
  readonly demo: string | null;
  readonly paused: boolean;
  readonly at: number | undefined;
  readonly speed?: number;
}

export async function startPlayground(url: StartUrl, search: string = location.search): Promise<void> {
  if (url.demo === "big") {
    startEngine(BIG_SCENARIO, undefined, { paused: url.paused, at: url.at, speed: url.speed });
    return;
  }
  const q = new URLSearchParams(search);
  const lessonId = q.get("lesson");
  const lesson = lessonId && (await openLesson(lessonId, { loadScenario: false })) ? selectLesson(useLessonStore.getState()) : null;
  const s = await resolveStartup(search, location.hash);
  if (s.error) notify(s.error);
  let scenario = s.scenario;
  let name = s.name;
  // A lesson link without a scenario of its own opens the lesson's scenario, paused (read first, then play).
  if (lesson && !s.moment && !q.has("scenario")) {
    const { namedScenario } = await import("./scenarioRef");
    scenario = namedScenario(lesson.scenario) ?? scenario;
    name = lesson.scenario;
  }
  const paused = url.paused || !!s.moment || (!!lesson && !q.has("paused"));
  const opened = useScenarioStore.getState().opened;
  startEngine(s.moment ? DEFAULT_SCENARIO : scenario, undefined, {
    paused,
    speed: url.speed,
    at: s.moment ? undefined : url.at,
    moment: s.moment,
    onReady: (restoreError) => {
      // Another scenario was opened while this one loaded (a file, the picker): that one is what shows.
      if (useScenarioStore.getState().opened !== opened) return;
      if (restoreError) {
        notify(`This link could not be replayed: ${restoreError} The default scenario is open instead.`);
        setMeta({ name: null, title: null, narrative: null });
        announceReady(null);
        return;
      }
      setMeta(metaOf((s.moment?.scenario as Scenario | undefined) ?? scenario, name));
      if (lesson) closeIntro(); // the lesson tells the scenario's story itself
      announceReady(name);
    },
  });
}
