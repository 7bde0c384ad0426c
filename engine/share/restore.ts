/**
 * Restores a shared moment (a permalink, an embedding page): a scenario, a seed, the command log with the virtual
 * time of each command, and the moment to stop at. Everything is untrusted: the scenario is validated by
 * parseScenario, each command by the engine's own dispatch (a refused one refuses the whole link, with its
 * position), and the moment is capped so a hostile link cannot keep the worker busy for hours. Never throws.
 */
import * as z from "zod/mini";
import { parseScenario } from "../scenarios/schema";
import { createSimulation, type LoggedCommand, type Simulation } from "../simulation";
import type { Scenario } from "../scenario";
import type { Millis } from "../types";

/** The most commands a shared moment may hold. */
export const MAX_SHARED_COMMANDS = 10_000;
/** The latest virtual moment a shared link may ask for: 24 hours (a replay of more could take minutes). */
export const MAX_SHARED_TIME: Millis = 86_400_000;

/** A moment of a playground, as a permalink or an embedding page carries it. */
export interface SharedMoment {
  /** The scenario (untrusted: validated), or undefined for an empty world. */
  readonly scenario?: unknown;
  readonly seed?: unknown;
  /** `[time, command]` pairs, oldest first. */
  readonly log?: unknown;
  /** Virtual time to stop at (ms). */
  readonly at?: unknown;
}

export interface RestoredMoment {
  readonly simulation: Simulation;
  readonly scenario: Scenario | undefined;
  readonly seed: number;
}

const time = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_SHARED_TIME));
const entry = z.tuple([time, z.unknown()]);
const logSchema = z.array(entry).check(z.maxLength(MAX_SHARED_COMMANDS));

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates the log's shape: `[time, command]` pairs with times in order (the commands are checked on replay). */
export function parseSharedLog(input: unknown): Result<LoggedCommand[]> {
  if (input === undefined) return { ok: true, value: [] };
  if (!Array.isArray(input)) return { ok: false, error: "The command log must be a list of [time, command] pairs." };
  if (input.length > MAX_SHARED_COMMANDS) return { ok: false, error: `The command log has ${input.length} commands; the limit is ${MAX_SHARED_COMMANDS.toLocaleString("en-US")}.` };
  const r = logSchema.safeParse(input);
  if (!r.success) {
    const at = r.error.issues[0]?.path?.[0];
    return { ok: false, error: `Command ${typeof at === "number" ? at + 1 : "?"} of the log is not a [time, command] pair with a time from 0 to 24 hours (in ms).` };
  }
  let last = 0;
  for (let i = 0; i < r.data.length; i++) {
    if (r.data[i][0] < last) return { ok: false, error: `Command ${i + 1} of the log is earlier than the one before it.` };
    last = r.data[i][0];
  }
  return { ok: true, value: r.data.map(([t, command]) => ({ time: t, command: command as LoggedCommand["command"] })) };
}

function parseMoment(at: unknown, lastCommand: Millis): Result<Millis> {
  if (at === undefined) return { ok: true, value: lastCommand };
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0) return { ok: false, error: "The moment must be a whole number of milliseconds." };
  if (at > MAX_SHARED_TIME) return { ok: false, error: `The moment (${Math.round(at / 1000)} s) is later than 24 hours of virtual time, the most a link can replay.` };
  if (at < lastCommand) return { ok: false, error: "The moment is earlier than the last command of the log." };
  return { ok: true, value: at };
}

/** Replays a log into a simulation that holds only its scenario; stops at the first refused command. */
export function replayLog(sim: Simulation, log: readonly LoggedCommand[], at: Millis): { ok: true } | { ok: false; error: string } {
  for (let i = 0; i < log.length; i++) {
    sim.advanceTo(log[i].time);
    const r = sim.dispatch(log[i].command);
    if (!r.ok) return { ok: false, error: `Command ${i + 1} of the log (at ${(log[i].time / 1000).toFixed(3)} s) was refused: ${r.error}` };
  }
  sim.advanceTo(at);
  return { ok: true };
}

/** Rebuilds the moment: the same scenario, seed and commands at the same times give the same world. */
export function restoreMoment(input: SharedMoment): { ok: true; moment: RestoredMoment } | { ok: false; error: string } {
  try {
    let scenario: Scenario | undefined;
    if (input.scenario !== undefined) {
      const p = parseScenario(input.scenario);
      if (!p.ok) return p;
      scenario = p.scenario;
    }
    if (input.seed !== undefined && (typeof input.seed !== "number" || !Number.isInteger(input.seed) || input.seed < 0 || input.seed > 4_294_967_295)) {
      return { ok: false, error: "The seed must be a whole number from 0 to 4294967295." };
    }
    const seed = (input.seed as number | undefined) ?? scenario?.seed ?? 1;
    const log = parseSharedLog(input.log);
    if (!log.ok) return log;
    const at = parseMoment(input.at, log.value.at(-1)?.time ?? 0);
    if (!at.ok) return at;
    const simulation = createSimulation(scenario, { seed });
    const r = replayLog(simulation, log.value, at.value);
    if (!r.ok) return r;
    return { ok: true, moment: { simulation, scenario, seed } };
  } catch (e) {
    return { ok: false, error: `This moment could not be restored: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The moment a session is at, as it is shared: commands up to now (not those of a future we seeked back from). */
export function momentOf(sim: Simulation, scenario: Scenario | undefined, seed: number): { scenario: Scenario | undefined; seed: number; log: [Millis, LoggedCommand["command"]][]; at: Millis } {
  const now = sim.now();
  return { scenario, seed, log: sim.commandLog().filter((e) => e.time <= now).map((e) => [e.time, e.command]), at: now };
}
