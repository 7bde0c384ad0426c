/**
 * Which scenario is open (its name, title and narrative, shown when it opens) and the notices about opening
 * things (a bad link, a bad file). A small store of its own: the engine slice stays the engine client's.
 */
import { create } from "zustand";

export interface ScenarioMeta {
  /** Built-in name, or null (the default scenario, or a file). */
  readonly name: string | null;
  readonly title: string | null;
  readonly narrative: string | null;
}

export interface Notice {
  readonly tone: "error" | "info";
  readonly text: string;
  readonly n: number;
}

interface ScenarioState {
  meta: ScenarioMeta;
  /** The scenario's introduction is showing. */
  introOpen: boolean;
  notice: Notice | null;
  /** Counts scenarios opened, so a slow start can tell that the user opened another one meanwhile. */
  opened: number;
}

export const useScenarioStore = create<ScenarioState>(() => ({ meta: { name: null, title: null, narrative: null }, introOpen: false, notice: null, opened: 0 }));

export const selectMeta = (s: ScenarioState) => s.meta;
export const selectIntroOpen = (s: ScenarioState) => s.introOpen;
export const selectNotice = (s: ScenarioState) => s.notice;

export function setMeta(meta: ScenarioMeta): void {
  useScenarioStore.setState((s) => ({ meta, introOpen: !!(meta.title || meta.narrative), opened: s.opened + 1 }));
}

export const closeIntro = (): void => useScenarioStore.setState({ introOpen: false });

/** Shows a message above the playground (a clear one: what went wrong, and what the playground did instead). */
export function notify(text: string, tone: Notice["tone"] = "error"): void {
  useScenarioStore.setState((s) => ({ notice: { text, tone, n: (s.notice?.n ?? 0) + 1 } }));
}

export const dismissNotice = (): void => useScenarioStore.setState({ notice: null });
