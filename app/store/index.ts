/**
 * The one zustand store. Only the engine client writes simulation data into it.
 */
import { create } from "zustand";
import type { SimEvent, Snapshot } from "../../engine/types";
import { throttle } from "./throttle";
import { initialUi, type DialogState, type MenuState, type Selection, type UiState } from "./ui";

export type { DialogState, DragVisual, MenuState, Selection, ThemeChoice, UiState } from "./ui";

const MAX_EVENTS = 2000;

export interface EngineState {
  snapshot: Snapshot | null;
  events: SimEvent[];
  playing: boolean;
  speed: number;
  engineError: string | null;
  /** After a failure: the virtual time of the last good moment that can be restored (null: none). */
  engineRestorable: number | null;
  lastError: string | null;
  /** The furthest virtual time reached (the end of the timeline). */
  horizon: number;
}

export type PlaygroundState = EngineState & UiState;

export const useStore = create<PlaygroundState>(() => ({
  ...initialUi,
  snapshot: null,
  events: [],
  playing: true,
  speed: 1,
  engineError: null,
  engineRestorable: null,
  lastError: null,
  horizon: 0,
}));

export function applyFrame(frame: { snapshot: Snapshot; events: readonly SimEvent[]; reset: boolean; playing: boolean; speed: number; horizon: number }): void {
  useStore.setState((s) => ({
    snapshot: frame.snapshot,
    horizon: frame.horizon,
    events: frame.reset ? frame.events.slice(-MAX_EVENTS) : frame.events.length === 0 ? s.events : [...s.events, ...frame.events].slice(-MAX_EVENTS),
    playing: frame.playing,
    speed: frame.speed,
  }));
  // A seek, a load, or a step while paused: the panels show it at once (only a running clock is throttled).
  if (frame.reset || !frame.playing) panelSync.now();
}

export const selectSnapshot = (s: PlaygroundState) => s.snapshot;
export const selectPlaying = (s: PlaygroundState) => s.playing;
export const selectSpeed = (s: PlaygroundState) => s.speed;
export const selectEvents = (s: PlaygroundState) => s.events;
export const selectLastError = (s: PlaygroundState) => s.lastError;

// UI slice: selectors and actions.
export const selectSelection = (s: PlaygroundState) => s.selection;
export const selectMenu = (s: PlaygroundState) => s.menu;
export const selectDialog = (s: PlaygroundState) => s.dialog;
export const selectAnnouncement = (s: PlaygroundState) => s.announcement;
export const selectLargeType = (s: PlaygroundState) => s.largeType;
export const selectTheme = (s: PlaygroundState) => s.theme;
export const selectDrag = (s: PlaygroundState) => s.drag;
export const selectHorizon = (s: PlaygroundState) => s.horizon;

export const select = (selection: Selection | null): void => useStore.setState({ selection });
export const openMenu = (menu: MenuState): void => useStore.setState({ menu, selection: menu.target });
export const closeMenu = (): void => useStore.setState({ menu: null });
export const openDialog = (dialog: DialogState): void => useStore.setState({ dialog, menu: null });
export const closeDialog = (): void => useStore.setState({ dialog: null });

/** Says something to screen readers (an aria-live region shows it too). */
export function announce(text: string, tone: "info" | "error" = "info"): void {
  useStore.setState((s) => ({ announcement: { text, tone, n: (s.announcement?.n ?? 0) + 1 } }));
}

/**
 * How often, at most, the panels follow the simulation. A frame comes every 16 ms, but tables, counters and
 * logs that change 60 times a second cannot be read, and re-laying them out each frame costs the diagram its
 * smoothness. The diagram reads `useStore` (every frame); the panels read `usePanelStore`, through `usePanel`
 * (app/panels/usePanel.ts), which also lets a panel out of view rest while the clock runs.
 */
export const PANEL_REFRESH_MS = 250;

/**
 * A copy of the store for the panels: changes of the UI (selection, menus, settings) reach it at once; new
 * snapshots and events at most every PANEL_REFRESH_MS (the first at once, the last one always).
 */
export const usePanelStore = create<PlaygroundState>(() => useStore.getState());

const panelSync = throttle(() => usePanelStore.setState(useStore.getState(), true), PANEL_REFRESH_MS);

useStore.subscribe((s, prev) => {
  if (s.snapshot === prev.snapshot && s.events === prev.events) {
    usePanelStore.setState({ ...s, snapshot: usePanelStore.getState().snapshot, events: usePanelStore.getState().events }, true);
    return;
  }
  panelSync.call();
});
