/**
 * Runs lessons headless against the engine: the lesson's scenario, then earlier steps' solutions, up to a step.
 * Used by the tests (each check passes after its solution and fails without it).
 */
import { builtinScenario } from "../../engine/scenarios/builtin";
import { createSimulation, type Simulation } from "../../engine/index";
import type { SimEvent, Snapshot } from "../../engine/types";
import type { CheckInput, Lesson, SolutionStep } from "./types";

/** Events a check may look at: all but the very frequent recordsProduced. */
export const checkEvents = (events: readonly SimEvent[]): SimEvent[] => events.filter((e) => e.type !== "recordsProduced");

export function applySolution(sim: Simulation, steps: readonly SolutionStep[]): void {
  for (const s of steps) {
    if (s.type === "wait") sim.advance(s.ms);
    else {
      const r = sim.dispatch(s);
      if (!r.ok) throw new Error(`solution command ${s.type} refused: ${r.error}`);
    }
  }
}

export interface StepRun {
  readonly sim: Simulation;
  readonly start: Snapshot;
  readonly startSeq: number;
  input(): CheckInput;
}

/** A simulation at the start of step `index` of `lesson`, earlier tasks done as their solutions do them. */
export function runToStep(lesson: Lesson, index: number): StepRun {
  const scenario = builtinScenario(lesson.scenario);
  if (!scenario) throw new Error(`no scenario ${lesson.scenario}`);
  const sim = createSimulation(scenario, { seed: scenario.seed });
  for (let j = 0; j <= index; j++) {
    const task = lesson.steps[j].task;
    if (!task) continue;
    if (task.from !== undefined && sim.now() < task.from) sim.advanceTo(task.from);
    if (j === index) break;
    applySolution(sim, task.solution.commands);
    sim.advance(task.solution.waitMs);
  }
  const start = sim.snapshot();
  const startSeq = start.eventCount;
  return { sim, start, startSeq, input: () => ({ now: sim.snapshot(), start, events: checkEvents(sim.eventsSince(startSeq)) }) };
}

/** Total virtual time a solution takes (its pauses plus the final wait). */
export const solutionTime = (steps: readonly SolutionStep[], waitMs: number): number => steps.reduce((t, s) => t + (s.type === "wait" ? s.ms : 0), waitMs);
