import { describe, expect, it } from "vitest";
import type { LagSample } from "../../engine/types";
import { describeLag, lagChartData } from "./lagChartModel";

const sample = (time: number, byPartition: Record<string, number>, timeLag = 0): LagSample => ({
  time,
  totalLag: Object.values(byPartition).reduce((a, b) => a + b, 0),
  timeLag,
  byPartition,
});

describe("lagChartData", () => {
  it("builds a total series and one series per partition, in partition order", () => {
    const d = lagChartData([sample(1000, { "orders-0": 1, "orders-10": 2 }), sample(2000, { "orders-0": 4, "orders-2": 1, "orders-10": 0 }, 1500)])!;
    expect(d.t0).toBe(1000);
    expect(d.t1).toBe(2000);
    expect(d.partitions.map((p) => p.key)).toEqual(["orders-0", "orders-2", "orders-10"]);
    expect(d.partitions[1].points).toEqual([
      [1000, null],
      [2000, 1],
    ]);
    expect(d.total.points.map((p) => p[1])).toEqual([3, 5]);
    expect(d.maxLag).toBe(5);
    expect(d.timeLagNow).toBe(1500);
  });

  it("describes the current values in words", () => {
    expect(describeLag(null, "g")).toContain("No lag samples yet");
    const text = describeLag(lagChartData([sample(0, { "t-0": 2 }), sample(5000, { "t-0": 7 }, 2000)]), "g");
    expect(text).toBe("Lag of group g: 7 records now (peak 7 over the last 5 s); per partition t-0: 7. The oldest unconsumed record is 2 s old.");
  });
});
