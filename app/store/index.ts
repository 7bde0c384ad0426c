/**
 * The one zustand store. Only the engine client writes simulation data into it.
 */
import { create } from "zustand";
import type { SimEvent, Snapshot } from "../../engine/types";

const MAX_EVENTS = 2000;

export interface PlaygroundState {
  snapshot: Snapshot | null;
  events: SimEvent[];
  playing: boolean;
  speed: number;
  engineError: string | null;
  lastError: string | null;
  /** The furthest virtual time reached (the end of the timeline). */
  horizon: number;
}

export const useStore = create<PlaygroundState>(() => ({
  snapshot: null,
  events: [],
  playing: true,
  speed: 1,
  engineError: null,
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
}

export const selectSnapshot = (s: PlaygroundState) => s.snapshot;
export const selectPlaying = (s: PlaygroundState) => s.playing;
export const selectSpeed = (s: PlaygroundState) => s.speed;
export const selectEvents = (s: PlaygroundState) => s.events;
export const selectLastError = (s: PlaygroundState) => s.lastError;
