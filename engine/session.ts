/**
 * A playground session: a simulation plus the controls of its virtual clock (play, pause, speed, step).
 * The Web Worker exposes one of these; tests and documentation pages can use it directly.
 */
import { createSimulation, type LoggedCommand, type Simulation } from "./simulation";
import type { Scenario } from "./scenario";
import type { DispatchResult, Millis, SimEvent, Snapshot } from "./types";

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;
/** The most virtual time one frame may advance, so a stalled tab does not jump hours ahead. */
const MAX_FRAME_WALL_MS = 250;

export interface Frame {
  readonly snapshot: Snapshot;
  /** Events logged since the previous frame. */
  readonly events: readonly SimEvent[];
  readonly playing: boolean;
  readonly speed: number;
}

export class PlaygroundSession {
  private sim: Simulation;
  private scenario: Scenario | undefined;
  private seed: number;
  private lastSeq = 0;
  playing = true;
  speed = 1;

  constructor(scenario?: Scenario, seed?: number) {
    this.scenario = scenario;
    this.seed = seed ?? scenario?.seed ?? 1;
    this.sim = createSimulation(scenario, { seed: this.seed });
  }

  /** Starts over with a new scenario. */
  load(scenario: Scenario | undefined, seed?: number): Frame {
    this.scenario = scenario;
    this.seed = seed ?? scenario?.seed ?? 1;
    this.sim = createSimulation(scenario, { seed: this.seed });
    this.lastSeq = 0;
    return this.frame(0);
  }

  get simulation(): Simulation {
    return this.sim;
  }

  dispatch(command: unknown): DispatchResult {
    return this.sim.dispatch(command);
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
  }

  setSpeed(speed: number): number {
    if (Number.isFinite(speed)) this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    return this.speed;
  }

  /** Advances the clock by the wall time since the last frame times the speed (when playing), then reports. */
  frame(wallDeltaMs: Millis): Frame {
    if (this.playing && Number.isFinite(wallDeltaMs) && wallDeltaMs > 0) {
      this.sim.advance(Math.round(Math.min(wallDeltaMs, MAX_FRAME_WALL_MS) * this.speed));
    }
    const events = this.sim.eventsSince(this.lastSeq);
    this.lastSeq = this.sim.snapshot().eventCount;
    return { snapshot: this.sim.snapshot(), events, playing: this.playing, speed: this.speed };
  }

  /** Jumps to the next scheduled moment (the next timer), or `maxMs` ahead if that comes first. */
  step(maxMs: Millis = 60_000): Frame {
    const next = this.sim.nextEventTime();
    const target = next === undefined ? this.sim.now() + maxMs : Math.min(next, this.sim.now() + maxMs);
    this.sim.advanceTo(Math.max(target, this.sim.now()));
    return this.frame(0);
  }

  commandLog(): readonly LoggedCommand[] {
    return this.sim.commandLog();
  }
}
