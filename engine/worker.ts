/// <reference lib="webworker" />
/**
 * The Web Worker entry: the engine behind Comlink. No logic lives here (see session.ts).
 */
import { expose } from "comlink";
import { PlaygroundSession } from "./session";
import type { Scenario } from "./scenario";

let session = new PlaygroundSession();

const api = {
  load: (scenario?: Scenario, seed?: number) => session.load(scenario, seed),
  loadUntrusted: (input: unknown, seed?: number) => session.loadUntrusted(input, seed),
  dispatch: (command: unknown) => session.dispatch(command),
  frame: (wallDeltaMs: number) => session.frame(wallDeltaMs),
  step: () => session.step(),
  seek: (t: number) => session.seek(t),
  setPlaying: (playing: boolean) => session.setPlaying(playing),
  setSpeed: (speed: number) => session.setSpeed(speed),
  commandLog: () => session.commandLog(),
  offsetsLog: (group: string) => session.simulation.offsetsLog(group),
};

export type EngineApi = typeof api;

expose(api);
