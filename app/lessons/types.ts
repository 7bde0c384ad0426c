/**
 * Guided lessons over the built-in scenarios: steps of text, "do this" tasks checked against the simulation, and
 * the course's interview questions as check-yourself questions.
 */
import type { Command, Millis, SimEvent, Snapshot } from "../../engine/types";

/** What a task's check sees: the world now, the world when the step began, and the events since then. */
export interface CheckInput {
  readonly now: Snapshot;
  readonly start: Snapshot;
  /** Events logged since the step began, oldest first (records produced are left out: too many, never needed). */
  readonly events: readonly SimEvent[];
}

/** A command, or a pause of virtual time between two commands. */
export type SolutionStep = Command | { readonly type: "wait"; readonly ms: Millis };

/** A predicate over the simulation: true once the learner has done what the task asks. */
export type Check = (input: CheckInput) => boolean;

export interface Task {
  /** What to do, in words ("Crash consumer-2 and wait until the group is Stable again"). */
  readonly prompt: string;
  readonly check: Check;
  /** How to do it in the playground's UI. */
  readonly hint: string;
  /** What a learner would do: commands (with pauses between them), then how long to let the clock run (tests, "Show me"). */
  readonly solution: { readonly commands: readonly SolutionStep[]; readonly waitMs: Millis };
  /** The step makes sense from this virtual time on (the prompt says so); tests start there. */
  readonly from?: Millis;
  /** The "action" is waiting: the check is false when the step begins and true after the wait. */
  readonly passive?: boolean;
}

export interface LessonStep {
  readonly title: string;
  /** Paragraphs, rendered as text. */
  readonly text: readonly string[];
  readonly task?: Task;
  /** Interview questions (numbers 1..15 of the course) this step answers. */
  readonly questions?: readonly number[];
}

export interface Lesson {
  readonly id: string;
  /** The built-in scenario the lesson runs over. */
  readonly scenario: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly LessonStep[];
  /** Other built-in scenarios that show the same idea. */
  readonly related?: readonly string[];
}
