/// <reference lib="webworker" />
/**
 * The Web Worker entry: the engine behind Comlink. No logic lives here (see session.ts). Frames go out
 * through a FrameEncoder, which sends only what changed since the previous frame.
 */
import { expose } from "comlink";
import { FrameEncoder, PlaygroundSession, type Frame } from "./session";
import type { Scenario } from "./scenario";
import type { SharedMoment } from "./share/restore";
import { installCli } from "./cliModule";

const session = new PlaygroundSession();
// The command-line tools load on first use (the terminal, or a replay that contains a CLI line).
let cliLoad: Promise<void> | null = null;
const ensureCli = (): Promise<void> => (cliLoad ??= import("./cli/index").then(installCli));
const mentionsCli = (value: unknown): boolean => JSON.stringify(value ?? null).includes('"runCli"');
const encoder = new FrameEncoder();
const wire = (frame: Frame) => encoder.encode(frame);

const api = {
  load: (scenario?: Scenario, seed?: number) => wire(session.load(scenario, seed)),
  loadUntrusted: async (input: unknown, seed?: number) => {
    if (mentionsCli(input)) await ensureCli();
    const r = session.loadUntrusted(input, seed);
    return r.ok ? { ok: true as const, frame: wire(r.frame) } : r;
  },
  restore: async (moment: SharedMoment) => {
    if (mentionsCli(moment)) await ensureCli();
    const r = session.restore(moment);
    return r.ok ? { ok: true as const, frame: wire(r.frame) } : r;
  },
  moment: () => session.moment(),
  dispatch: (command: unknown) => session.dispatch(command),
  frame: (wallDeltaMs: number) => wire(session.frame(wallDeltaMs)),
  step: () => wire(session.step()),
  seek: async (t: number) => {
    if (mentionsCli(session.commandLog())) await ensureCli();
    return wire(session.seek(t));
  },
  /** The receiver lost track: the next frame stands alone. */
  resync: () => encoder.reset(),
  setPlaying: (playing: boolean) => session.setPlaying(playing),
  setSpeed: (speed: number) => session.setSpeed(speed),
  commandLog: () => session.commandLog(),
  offsetsLog: (group: string) => session.simulation.offsetsLog(group),
  cli: async (line: string, defaultBootstrapServer?: string) => {
    await ensureCli();
    return session.cli(line, { defaultBootstrapServer });
  },
  completions: async (partialLine: string) => {
    await ensureCli();
    return session.simulation.cliCompletions(partialLine);
  },
};

export type EngineApi = typeof api;

expose(api);
