import { describe, expect, it } from "vitest";
import { createSimulation } from "../../engine/simulation";
import { BIG_SCENARIO } from "../bigScenario";
import { DEFAULT_SCENARIO } from "../defaultScenario";
import { computeLayout, structureOf } from "./layout";
import { partitionView } from "./partitionView";

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("the diagram's layout", () => {
  const snap = createSimulation(DEFAULT_SCENARIO).snapshot();

  it("puts every partition row and every consumer somewhere, wide or narrow, without overlaps", () => {
    for (const width of [344, 820, 1300]) {
      const l = computeLayout(structureOf(snap), width, 1);
      expect(l.orientation).toBe(width >= 760 ? "wide" : "narrow");
      expect(l.topics[0].rows).toHaveLength(3);
      expect(l.topics[0].rows[0].lanes.map((x) => x.groupId)).toEqual(["service-a", "service-b"]);
      expect(l.consumers.map((c) => c.clientId)).toEqual(["consumer-1", "consumer-2", "consumer-3", "analytics-1"]);
      for (const [i, a] of l.groups.entries()) for (const b of l.groups.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const g of l.groups) expect(g.x + g.w).toBeLessThanOrEqual(width);
      expect(l.topics[0].linkX).toBeLessThanOrEqual(width);
    }
  });

  it("is a function of the structure only", () => {
    const later = createSimulation(DEFAULT_SCENARIO);
    later.advance(20_000);
    expect(JSON.stringify(structureOf(later.snapshot()))).toBe(JSON.stringify(structureOf(snap)));
  });

  it("handles a big world", () => {
    const big = createSimulation(BIG_SCENARIO).snapshot();
    const l = computeLayout(structureOf(big), 900, 1);
    expect(l.topics.map((t) => t.rows.length)).toEqual([24, 12]);
    expect(l.consumers).toHaveLength(24);
    expect(l.height).toBeGreaterThan(1000);
  });
});

describe("a partition's offset axis", () => {
  it("draws a short log from its start", () => {
    const v = partitionView(0, 5, [], 300, 18);
    expect(v.oldW).toBe(0);
    expect(v.x(0)).toBe(0);
    expect(v.x(5)).toBe(90);
  });

  it("squeezes what does not fit, keeping markers in order", () => {
    const v = partitionView(0, 1000, [10, 990], 300, 18);
    expect(v.oldW).toBeGreaterThan(0);
    expect(v.x(1000)).toBeCloseTo(300, 0);
    expect(v.x(10)).toBeLessThan(v.x(500));
    expect(v.x(500)).toBeLessThan(v.x(990));
    expect(v.x(0)).toBe(0);
  });
});
