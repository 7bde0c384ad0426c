/**
 * A playground session: a simulation plus the controls of its virtual clock (play, pause, speed, step, seek).
 * Seeking back replays the scenario and the command log from the start (the engine is deterministic, so the
 * replay is the same world); acting after a seek back forks a new future from that moment.
 * The Web Worker exposes one of these; tests and documentation pages can use it directly.
 */
import { createSimulation, tryCreateSimulation, type LoggedCommand, type Simulation } from "./simulation";
import type { Scenario } from "./scenario";
import type { CliOptions, CliResult } from "./cli/index";
import { momentOf, restoreMoment, type SharedMoment } from "./share/restore";
import type { DispatchResult, Millis, SimEvent, Snapshot } from "./types";

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;
/** The most events one frame carries to the UI (a frame after a seek or load carries up to what the UI keeps). */
export const MAX_FRAME_EVENTS = 500;
export const MAX_RESET_FRAME_EVENTS = 2000;
/** The most wall time one frame may count, so a stalled tab does not jump hours ahead. */
const MAX_FRAME_WALL_MS = 250;

export interface Frame {
  readonly snapshot: Snapshot;
  /** Events logged since the previous frame (all of them after a seek or load: `reset` is true). */
  readonly events: readonly SimEvent[];
  readonly reset: boolean;
  readonly playing: boolean;
  readonly speed: number;
  /** The furthest virtual time reached so far (the end of the timeline). */
  readonly horizon: Millis;
}

export class PlaygroundSession {
  private sim: Simulation;
  private scenario: Scenario | undefined;
  private seed: number;
  private lastSeq = 0;
  private resetPending = true;
  /** Commands of the timeline, including those after the current moment when we seeked back. */
  private timeline: LoggedCommand[] = [];
  private horizon = 0;
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
    this.timeline = [];
    this.horizon = 0;
    this.lastSeq = 0;
    this.resetPending = true;
    return this.frame(0);
  }

  /**
   * Loads a scenario from untrusted input (a file, a URL, an embedding page). On a problem nothing changes and
   * the message says what is wrong.
   */
  loadUntrusted(input: unknown, seed?: number): { ok: true; frame: Frame } | { ok: false; error: string } {
    const r = tryCreateSimulation(input, seed === undefined ? {} : { seed });
    if (!r.ok) return r;
    this.scenario = r.scenario;
    this.seed = seed ?? r.scenario.seed ?? 1;
    this.sim = r.simulation;
    this.timeline = [];
    this.horizon = 0;
    this.lastSeq = 0;
    this.resetPending = true;
    return { ok: true, frame: this.frame(0) };
  }

  /**
   * Restores a shared moment (a permalink, an embedding page): the scenario, seed and command log are validated
   * and replayed to the moment, paused there. On a problem nothing changes and the message says what is wrong.
   */
  restore(input: SharedMoment): { ok: true; frame: Frame } | { ok: false; error: string } {
    const r = restoreMoment(input);
    if (!r.ok) return r;
    this.scenario = r.moment.scenario;
    this.seed = r.moment.seed;
    this.sim = r.moment.simulation;
    this.timeline = [...this.sim.commandLog()];
    this.horizon = this.sim.now();
    this.lastSeq = 0;
    this.resetPending = true;
    this.playing = false;
    return { ok: true, frame: this.frame(0) };
  }

  /** The moment to share: the scenario, the seed, the commands up to now (not a future we seeked back from), now. */
  moment(): ReturnType<typeof momentOf> {
    return momentOf(this.sim, this.scenario, this.seed);
  }

  get simulation(): Simulation {
    return this.sim;
  }

  getScenario(): Scenario | undefined {
    return this.scenario;
  }

  getSeed(): number {
    return this.seed;
  }

  dispatch(command: unknown): DispatchResult {
    const result = this.sim.dispatch(command);
    if (result.ok) {
      // A command in the past forks the timeline: what came after is gone.
      this.timeline = [...this.sim.commandLog()];
      this.horizon = this.sim.now();
    }
    return result;
  }

  /** Runs a kafka-consumer-groups.sh / kafka-topics.sh line; one that changes the world forks the timeline too. */
  cli(line: string, options?: CliOptions): CliResult {
    const before = this.sim.commandLog().length;
    const result = this.sim.cli(line, options);
    if (this.sim.commandLog().length > before) {
      this.timeline = [...this.sim.commandLog()];
      this.horizon = this.sim.now();
    }
    return result;
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
      this.advanceTo(this.sim.now() + Math.round(Math.min(wallDeltaMs, MAX_FRAME_WALL_MS) * this.speed));
    }
    return this.report();
  }

  /** Jumps to the next scheduled moment (the next timer), or `maxMs` ahead if that comes first. */
  step(maxMs: Millis = 60_000): Frame {
    const next = this.sim.nextEventTime();
    const target = next === undefined ? this.sim.now() + maxMs : Math.min(next, this.sim.now() + maxMs);
    this.advanceTo(Math.max(target, this.sim.now()));
    return this.report();
  }

  /** Moves to any moment of the timeline: forward by running, back by replaying from the start. */
  seek(t: Millis): Frame {
    if (!Number.isFinite(t)) return this.report();
    const target = Math.max(0, Math.round(t));
    if (target < this.sim.now()) {
      this.sim = createSimulation(this.scenario, { seed: this.seed });
      this.lastSeq = 0;
      this.resetPending = true;
    }
    this.advanceTo(target);
    return this.report();
  }

  /** Runs the clock to `t`, re-dispatching timeline commands that fall due on the way (after a seek back). */
  private advanceTo(t: Millis): void {
    const done = this.sim.commandLog().length;
    for (const entry of this.timeline.slice(done)) {
      if (entry.time > t) break;
      this.sim.advanceTo(entry.time);
      this.sim.dispatch(entry.command);
    }
    this.sim.advanceTo(t);
    this.horizon = Math.max(this.horizon, this.sim.now());
  }

  private report(): Frame {
    // A fast clock can log thousands of events between two frames: the newest MAX_FRAME_EVENTS cross the worker
    // boundary (their seq numbers show the gap); the full log stays in the engine (events()).
    const all = this.sim.eventsSince(this.lastSeq);
    const max = this.resetPending ? MAX_RESET_FRAME_EVENTS : MAX_FRAME_EVENTS;
    const events = all.length > max ? all.slice(all.length - max) : all;
    const snapshot = this.sim.snapshot();
    this.lastSeq = snapshot.eventCount;
    const reset = this.resetPending;
    this.resetPending = false;
    return { snapshot, events, reset, playing: this.playing, speed: this.speed, horizon: this.horizon };
  }

  commandLog(): readonly LoggedCommand[] {
    return this.timeline;
  }
}

export { FrameEncoder, type WireFrame } from "./wire";
