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
}

export const useStore = create<PlaygroundState>(() => ({
  snapshot: null,
  events: [],
  playing: true,
  speed: 1,
  engineError: null,
  lastError: null,
}));

export function applyFrame(frame: { snapshot: Snapshot; events: readonly SimEvent[]; playing: boolean; speed: number }): void {
  useStore.setState((s) => ({
    snapshot: frame.snapshot,
    events: frame.events.length === 0 ? s.events : [...s.events, ...frame.events].slice(-MAX_EVENTS),
    playing: frame.playing,
    speed: frame.speed,
  }));
}

export const selectSnapshot = (s: PlaygroundState) => s.snapshot;
export const selectPlaying = (s: PlaygroundState) => s.playing;
export const selectSpeed = (s: PlaygroundState) => s.speed;
export const selectEvents = (s: PlaygroundState) => s.events;
export const selectLastError = (s: PlaygroundState) => s.lastError;
