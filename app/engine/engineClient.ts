/**
 * The one place that owns the engine's Web Worker: starts it, drives it once per animation frame, and
 * writes what comes back into the store.
 */
import { wrap, type Remote } from "comlink";
import type { EngineApi } from "../../engine/worker";
import type { Scenario } from "../../engine/scenario";
import { applyFrame, useStore } from "../store";

let worker: Worker | null = null;
let api: Remote<EngineApi> | null = null;
let rafId = 0;
let lastWall = 0;
let inFlight = false;

export function startEngine(scenario?: Scenario, seed?: number): void {
  stopEngine();
  worker = new Worker(new URL("../../engine/worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("error", (e) => useStore.setState({ engineError: e.message || "The simulation worker stopped." }));
  api = wrap<EngineApi>(worker);
  void api.load(scenario, seed).then((frame) => {
    applyFrame(frame);
    lastWall = performance.now();
    rafId = requestAnimationFrame(loop);
  });
}

export function stopEngine(): void {
  cancelAnimationFrame(rafId);
  worker?.terminate();
  worker = null;
  api = null;
  inFlight = false;
}

function loop(now: number): void {
  rafId = requestAnimationFrame(loop);
  if (!api || inFlight) return; // at most one frame in flight: the UI never queues up behind the worker
  const delta = now - lastWall;
  lastWall = now;
  inFlight = true;
  api
    .frame(delta)
    .then(applyFrame)
    .catch((e: unknown) => useStore.setState({ engineError: String(e) }))
    .finally(() => {
      inFlight = false;
    });
}

/** Sends a command; a refused one shows its message instead of changing anything. */
export async function dispatch(command: unknown): Promise<boolean> {
  if (!api) return false;
  const result = await api.dispatch(command);
  useStore.setState({ lastError: result.ok ? null : result.error });
  return result.ok;
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
  applyFrame(await api.step());
}

/** Moves the clock to any moment of the timeline (back by deterministic replay). */
export async function seek(t: number): Promise<void> {
  if (!api) return;
  applyFrame(await api.seek(t));
}

/** The __consumer_offsets records of one group, oldest first. */
export async function offsetsLog(group: string) {
  return api ? api.offsetsLog(group) : [];
}
