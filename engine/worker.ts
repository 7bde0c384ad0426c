/// <reference lib="webworker" />
/**
 * The Web Worker entry: the engine behind Comlink. No logic lives here (see session.ts).
 */
import { expose } from "comlink";
import { PlaygroundSession } from "./session";
import type { Scenario } from "./scenario";

let session = new PlaygroundSession();

const api = {
  load: (scenario?: Scenario, seed?: number) => {
    session = new PlaygroundSession(scenario, seed);
    return session.frame(0);
  },
  dispatch: (command: unknown) => session.dispatch(command),
  frame: (wallDeltaMs: number) => session.frame(wallDeltaMs),
  step: () => session.step(),
  setPlaying: (playing: boolean) => session.setPlaying(playing),
  setSpeed: (speed: number) => session.setSpeed(speed),
};

export type EngineApi = typeof api;

expose(api);
