/**
 * The one place that owns the engine's Web Worker: starts it, drives it once per animation frame, and
 * writes what comes back into the store. Frames arrive as wire frames (only what changed) and are rebuilt
 * here by the FrameDecoder, so unchanged topics, partitions, groups and consumers keep their identity.
 */
import { wrap, type Remote } from "comlink";
import type { EngineApi } from "../../engine/worker";
import type { Scenario } from "../../engine/scenario";
import type { WireFrame } from "../../engine/session";
import type { SharedMoment } from "../../engine/share/restore";
import type { DispatchResult } from "../../engine/types";
import { applyFrame, useStore } from "../store";
import { FrameDecoder, FrameOutOfSync } from "./frameDecoder";

let worker: Worker | null = null;
let api: Remote<EngineApi> | null = null;
let rafId = 0;
let lastWall = 0;
let inFlight = false;
let inFlightSince = 0;
const decoder = new FrameDecoder();

/** A frame request unanswered for this long means the worker is gone (it died, or hangs). */
const WATCHDOG_MS = 5000;
/** How often (wall time) the last good moment is taken, to restore after a failure. */
const CHECKPOINT_MS = 2000;
let started: { scenario?: Scenario; seed?: number } = {};
let lastGood: SharedMoment | null = null;
let lastCheckpoint = 0;
let failed = false;

/** `?perf=1`: the benchmark reads the bytes of every frame that crossed the worker boundary. */
const perf: { wireBytes: number[] } | null =
  typeof location !== "undefined" && new URLSearchParams(location.search).get("perf") === "1" ? { wireBytes: [] } : null;
if (perf) (globalThis as { __playgroundPerf?: typeof perf }).__playgroundPerf = perf;

function receive(wire: WireFrame): void {
  if (perf) perf.wireBytes.push(JSON.stringify(wire).length);
  try {
    applyFrame(decoder.decode(wire));
  } catch (e) {
    if (!(e instanceof FrameOutOfSync)) throw e;
    // We missed a frame (a worker restart raced a request): ask for a frame that stands alone.
    decoder.reset();
    void api?.resync();
  }
}

export interface StartOptions {
  /** Start paused (the clock waits for Play or Step). */
  readonly paused?: boolean;
  /** Start at this virtual time (ms): the engine runs there first. */
  readonly at?: number;
  /** A shared moment (a permalink) to restore after loading; if it is refused, the loaded scenario stays. */
  readonly moment?: SharedMoment;
  /** Called once the first frame is in (with the refusal message when `moment` could not be restored). */
  readonly onReady?: (restoreError: string | null) => void;
  /** Start at this speed (0.1 to 1000). */
  readonly speed?: number;
}

export function startEngine(scenario?: Scenario, seed?: number, options: StartOptions = {}): void {
  stopEngine();
  started = { scenario, seed };
  lastGood = options.moment ?? null;
  failed = false;
  useStore.setState({ engineError: null, engineRestorable: null });
  worker = new Worker(new URL("../../engine/worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("error", (e) => fail(e.message || "the simulation worker threw an error"));
  api = wrap<EngineApi>(worker);
  const mine = api;
  void (async () => {
    const frame = await mine.load(scenario, seed);
    if (api !== mine) return;
    receive(frame);
    let restoreError: string | null = null;
    if (options.moment) {
      const r = await mine.restore(options.moment);
      if (api !== mine) return;
      if (r.ok) receive(r.frame);
      else restoreError = r.error;
    }
    if (options.paused) {
      await mine.setPlaying(false);
      useStore.setState({ playing: false });
    }
    if (options.at !== undefined && options.at > 0 && api === mine) receive(await mine.seek(options.at));
    if (options.speed !== undefined && api === mine) useStore.setState({ speed: await mine.setSpeed(options.speed) });
    if (api !== mine) return;
    options.onReady?.(restoreError);
    lastWall = performance.now();
    rafId = requestAnimationFrame(loop);
  })();
}

export function stopEngine(): void {
  cancelAnimationFrame(rafId);
  worker?.terminate();
  worker = null;
  api = null;
  inFlight = false;
  decoder.reset();
}

function loop(now: number): void {
  rafId = requestAnimationFrame(loop);
  if (!api || failed) return;
  if (inFlight) {
    // At most one frame in flight: the UI never queues up behind the worker. One that never returns means it died.
    if (now - inFlightSince > WATCHDOG_MS) fail("the simulation worker stopped answering");
    return;
  }
  const delta = now - lastWall;
  lastWall = now;
  inFlight = true;
  inFlightSince = now;
  const mine = api;
  mine
    .frame(delta)
    .then((f) => api === mine && receive(f))
    .catch((e: unknown) => api === mine && fail(e instanceof Error ? e.message : String(e)))
    .finally(() => {
      if (api === mine) inFlight = false;
    });
  if (now - lastCheckpoint > CHECKPOINT_MS) {
    lastCheckpoint = now;
    void mine.moment().then((m) => {
      if (api === mine && !failed) lastGood = m;
    });
  }
}

/**
 * The worker threw or died: stop asking it for frames, say so, and offer to restore the last good moment. The
 * store keeps the last snapshot, so nothing on screen is lost meanwhile.
 */
function fail(reason: string): void {
  if (failed) return;
  failed = true;
  const at = lastGood?.at;
  useStore.setState({
    engineError: `The simulation stopped: ${reason}.`,
    engineRestorable: typeof at === "number" ? at : null,
  });
}

/** Starts a fresh worker at the last good moment (paused there), after a failure. */
export function restoreLastGoodMoment(): void {
  const moment = lastGood;
  const { scenario, seed } = started;
  startEngine(scenario, seed, moment ? { moment, paused: true } : { paused: true });
}

/** Sends a command and answers the engine's result; a refused one leaves its message in `lastError`. */
export async function send(command: unknown): Promise<DispatchResult> {
  if (!api) return { ok: false, error: "The simulation is not running yet." };
  const result = await api.dispatch(command);
  useStore.setState({ lastError: result.ok ? null : result.error });
  return result;
}

/** Sends a command; a refused one shows its message instead of changing anything. */
export async function dispatch(command: unknown): Promise<boolean> {
  return (await send(command)).ok;
}

export async function setPlaying(playing: boolean): Promise<void> {
  await api?.setPlaying(playing);
  useStore.setState({ playing });
}

export async function setSpeed(speed: number): Promise<void> {
  const applied = await api?.setSpeed(speed);
  if (applied !== undefined) useStore.setState({ speed: applied });
}

export async function step(): Promise<void> {
  if (!api) return;
  receive(await api.step());
}

/** Moves the clock to any moment of the timeline (back by deterministic replay). */
export async function seek(t: number): Promise<void> {
  if (!api) return;
  receive(await api.seek(t));
}

/** Loads a scenario from untrusted input (a file, a URL); on a problem nothing changes and the message says why. */
export async function loadUntrusted(input: unknown, seed?: number): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!api) return { ok: false, error: "The simulation is not running yet." };
  const r = await api.loadUntrusted(input, seed);
  if (!r.ok) return r;
  receive(r.frame);
  return { ok: true };
}

/** The moment to share (scenario, seed, commands so far, virtual time), or null before the engine runs. */
export async function moment() {
  return api ? api.moment() : null;
}

/** The __consumer_offsets records of one group, oldest first. */
export async function offsetsLog(group: string) {
  return api ? api.offsetsLog(group) : [];
}

/** The playground's only broker: the terminal uses it when a command names no --bootstrap-server. */
export const BOOTSTRAP_SERVER = "localhost:9092";

/** Runs a kafka-consumer-groups.sh / kafka-topics.sh line against the simulation. */
export async function cli(line: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  if (!api) return { exitCode: 1, stdout: "", stderr: "The simulation is not running." };
  const result = await api.cli(line, BOOTSTRAP_SERVER);
  return result;
}

/** Completions (options, group ids, topic names) for a partly typed command line. */
export async function completions(line: string): Promise<string[]> {
  return api ? api.completions(line) : [];
}
