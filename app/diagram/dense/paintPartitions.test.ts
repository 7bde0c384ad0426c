import { describe, expect, it } from "vitest";
import type { GroupSnapshot, PartitionSnapshot, Snapshot, TopicSnapshot } from "../../../engine/types";
import { computeLayout } from "../layout";
import { isDense } from "./dense";
import { paintPartitions, type Ctx, type Palette } from "./paintPartitions";
import { partitionView } from "../partitionView";

/** A context that records the calls the painter makes. */
function recorder() {
  const calls: { op: string; args: unknown[]; fillStyle?: unknown }[] = [];
  const state: Record<string, unknown> = { fillStyle: "", strokeStyle: "", lineWidth: 1, globalAlpha: 1, font: "", textAlign: "left", textBaseline: "alphabetic" };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      return (...args: unknown[]) => calls.push({ op: prop, args, fillStyle: target.fillStyle });
    },
    set(target, prop: string, value) {
      target[prop] = value;
      return true;
    },
  }) as unknown as Ctx;
  return { ctx, calls };
}

const palette: Palette = { dark: false, surface: "#fff", hatch: "rgba(0,0,0,.2)", groups: ["#111111", "#222222"], font: "sans-serif" };

function world(partitions: number, committed: number, leo: number): { snapshot: Snapshot; layout: ReturnType<typeof computeLayout> } {
  const parts: PartitionSnapshot[] = Array.from({ length: partitions }, (_, p) => ({
    partition: p,
    logStartOffset: 0,
    logEndOffset: leo,
    recent: Array.from({ length: 8 }, (_, i) => ({ offset: leo - 8 + i, key: `key-${i}`, timestamp: 0 })),
  }) as unknown as PartitionSnapshot);
  const topic = { name: "t", internal: false, partitions: parts } as unknown as TopicSnapshot;
  const group = {
    groupId: "g",
    offsets: parts.map((p) => ({ topic: "t", partition: p.partition, committed, position: committed + 2, lag: leo - committed, ownerClientId: "c1" })),
  } as unknown as GroupSnapshot;
  const snapshot = { now: 0, seed: 1, topics: [topic], groups: [group], consumers: [], eventCount: 0 } as Snapshot;
  const layout = computeLayout({ topics: [{ name: "t", partitions, readers: ["g"] }], groups: [{ groupId: "g", consumers: ["c1"] }], offsetsPartitions: 50, consumers: ["c1"] }, 1200, 1);
  return { snapshot, layout };
}

describe("dense partitions on a canvas", () => {
  it("a world is dense beyond the engine's 64 partitions", () => {
    expect(isDense(world(64, 0, 10).layout)).toBe(false);
    expect(isDense(world(65, 0, 10).layout)).toBe(true);
  });

  it("paints only the rows inside the view", () => {
    const { snapshot, layout } = world(100, 50, 100);
    const all = recorder();
    expect(paintPartitions(all.ctx, layout, snapshot, 2, palette, { x: 0, y: 0, k: 0.05, width: 1200, height: 800, dpr: 1 })).toBe(100);
    const some = recorder();
    const painted = paintPartitions(some.ctx, layout, snapshot, 2, palette, { x: 0, y: 0, k: 1, width: 1200, height: 400, dpr: 1 });
    expect(painted).toBeGreaterThan(2);
    expect(painted).toBeLessThan(20);
  });

  it("draws the committed marker and the position where the SVG lane draws them", () => {
    const { snapshot, layout } = world(1, 40, 100);
    const { ctx, calls } = recorder();
    paintPartitions(ctx, layout, snapshot, 2, palette, { x: 0, y: 0, k: 1, width: 1200, height: 800, dpr: 1 });
    const t = layout.topics[0];
    const view = partitionView(0, 100, [40, 42], t.stripW, layout.sizes.cell);
    const lane = t.rows[0].lanes[0];
    const y = lane.y - t.rows[0].y;
    // The committed offset's line starts at the top of the strip; the position is a circle on the lane.
    expect(calls.some((c) => c.op === "moveTo" && c.args[0] === view.x(40) && c.args[1] === -1)).toBe(true);
    expect(calls.some((c) => c.op === "arc" && c.args[0] === view.x(42) && c.args[1] === y)).toBe(true);
    expect(calls.filter((c) => c.op === "fillText").map((c) => c.args[0])).toEqual(expect.arrayContaining(["P0", "start 0", "end 100", "lag 60"]));
  });

  it("level of detail 0 draws the records as one bar, higher levels one cell per record in its key's colour", () => {
    const { snapshot, layout } = world(1, 95, 100);
    const far = recorder();
    paintPartitions(far.ctx, layout, snapshot, 0, palette, { x: 0, y: 0, k: 1, width: 1200, height: 800, dpr: 1 });
    const near = recorder();
    paintPartitions(near.ctx, layout, snapshot, 1, palette, { x: 0, y: 0, k: 1, width: 1200, height: 800, dpr: 1 });
    const cellsFar = far.calls.filter((c) => c.op === "fillRect" && c.fillStyle === "#4e79a7").length;
    const cellsNear = near.calls.filter((c) => c.op === "fillRect" && c.fillStyle === "#4e79a7").length;
    expect(cellsFar).toBe(0);
    expect(cellsNear).toBeGreaterThan(0);
    expect(far.calls.some((c) => c.op === "fillText" && c.args[0] === "P0")).toBe(false);
  });
});
