import { describe, expect, it } from "vitest";
import { BUILTIN_SCENARIOS } from "../../engine/scenarios/builtin";
import { LESSONS } from "./index";
import { QUESTIONS } from "./questions";
import { applySolution, runToStep, solutionTime } from "./runLesson";

const KEY_SCENARIOS = [
  "first-picture", "more-consumers-than-partitions", "crash-session-timeout", "slow-consumer", "eager-vs-cooperative", "commit-strategies", "offset-reset",
  "retention-reset", "cli-reset", "lag-grow-drain", "add-partitions", "consumer-offsets", "sticky-vs-range", "roundrobin-vs-range",
];

describe("lesson catalogue", () => {
  it("has a lesson over every key scenario, each over a built-in scenario, with unique ids", () => {
    const names = new Set(BUILTIN_SCENARIOS.map((s) => s.name));
    for (const l of LESSONS) expect(names.has(l.scenario), l.id).toBe(true);
    for (const s of KEY_SCENARIOS) expect(LESSONS.some((l) => l.scenario === s), s).toBe(true);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) for (const r of l.related ?? []) expect(names.has(r), r).toBe(true);
  });

  it("asks each of the course's fifteen questions in the lesson that answers it", () => {
    expect(QUESTIONS.map((q) => q.n)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const q of QUESTIONS) {
      const lesson = LESSONS.find((l) => l.id === q.lesson);
      expect(lesson, `Q${q.n}`).toBeDefined();
      expect(lesson!.steps.some((s) => s.questions?.includes(q.n)), `Q${q.n} in ${q.lesson}`).toBe(true);
    }
    // Where the course is wrong, say what Kafka does.
    for (const n of [4, 5, 8, 15]) expect(QUESTIONS[n - 1].kafka, `Q${n}`).toBeTruthy();
    expect(QUESTIONS[7].kafka).toMatch(/not/);
    expect(QUESTIONS[14].kafka).toMatch(/at-least-once/);
    expect(QUESTIONS[3].kafka).toMatch(/cooperative/);
  });
});

for (const lesson of LESSONS) {
  describe(`lesson ${lesson.id}: checks run against the engine`, () => {
    lesson.steps.forEach((step, i) => {
      const task = step.task;
      if (!task) return;
      it(`step ${i + 1} “${step.title}”: not done at its start, done after the learner acts`, () => {
        const run = runToStep(lesson, i);
        expect(task.check(run.input()), "at the step's start").toBe(false);
        applySolution(run.sim, task.solution.commands);
        run.sim.advance(task.solution.waitMs);
        expect(task.check(run.input()), "after the solution").toBe(true);
      });
      if (!task.passive) {
        it(`step ${i + 1} “${step.title}”: not done when the learner only waits`, () => {
          const run = runToStep(lesson, i);
          run.sim.advance(solutionTime(task.solution.commands, task.solution.waitMs));
          expect(task.check(run.input())).toBe(false);
        });
      }
    });
  });
}
