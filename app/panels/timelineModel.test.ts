import { describe, expect, it } from "vitest";
import type { ConsumerSnapshot, PauseInterval } from "../../engine/types";
import { consumerTimeline, describeTimeline } from "./timelineModel";

const consumer = (pauses: PauseInterval[]): ConsumerSnapshot =>
  ({ clientId: "c", groupId: "g", pauses }) as unknown as ConsumerSnapshot;

describe("consumerTimeline", () => {
  it("consumes between whole-consumer pauses and keeps cooperative pauses apart", () => {
    const t = consumerTimeline(
      consumer([
        { start: 0, end: 6000, reason: "rebalance", partitions: "all" },
        { start: 18000, end: 18000, reason: "rebalance", partitions: "all" },
        { start: 20000, end: 21000, reason: "rebalance", partitions: [["orders", 2]] },
        { start: 30000, end: null, reason: "crashed", partitions: "all" },
      ]),
      40000,
    );
    expect(t.start).toBe(0);
    expect(t.consumed.map((i) => [i.start, i.end])).toEqual([
      [6000, 18000],
      [18000, 30000],
    ]);
    expect(t.stops.map((s) => [s.kind, s.start, s.end, s.ongoing])).toEqual([
      ["rebalance", 0, 6000, false],
      ["rebalance", 18000, 18000, false],
      ["crashed", 30000, 40000, true],
    ]);
    expect(t.partial).toEqual([{ start: 20000, end: 21000, ongoing: false, partitions: ["orders-2"] }]);
    expect(describeTimeline(t)).toEqual([
      "stopped for a rebalance (all partitions) 00:00.000 to 00:06.000",
      "consumed 00:06.000 to 00:18.000",
      "stopped for a rebalance (all partitions) at 00:18.000 (0 ms)",
      "consumed 00:18.000 to 00:30.000",
      "paused only orders-2 (cooperative rebalance) 00:20.000 to 00:21.000",
      "crashed from 00:30.000 until now",
    ]);
  });

  it("a consumer consuming now has an open interval", () => {
    const t = consumerTimeline(consumer([{ start: 5000, end: 8000, reason: "rebalance", partitions: "all" }]), 9000);
    expect(t.consumed).toEqual([{ start: 8000, end: 9000, ongoing: true }]);
  });
});
