import { describe, expect, it } from "vitest";
import type { SimEvent } from "../../engine/types";
import { countRanges, deliveryRecords, describeRanges, mergeRanges } from "./deliveryRecords";

const ev = (seq: number, type: string, fields: Partial<SimEvent>): SimEvent => ({ seq, time: seq * 100, type, message: type, ...fields });

describe("deliveryRecords", () => {
  it("names redelivered, skipped and lost records per group and partition", () => {
    const events = [
      ev(1, "recordsRedelivered", { group: "a", data: { ranges: [["orders", 1, 32, 37], ["orders", 2, 47, 48]], idempotent: false } }),
      ev(2, "recordsRedelivered", { group: "a", data: { ranges: [["orders", 1, 36, 40]], idempotent: false } }),
      ev(3, "recordsRedelivered", { group: "b", data: { ranges: [["orders", 0, 5, 6]], idempotent: true } }),
      ev(4, "recordsLost", { group: "c", topic: "orders", partition: 2, data: { offsets: [[35, 41]], cause: "committed-ahead" } }),
      ev(5, "offsetsCommitted", { group: "a", data: { offsets: [] } }),
    ];
    const r = deliveryRecords(events);
    expect([...r.get("a")!.duplicates]).toEqual([
      ["orders-1", [[32, 40]]],
      ["orders-2", [[47, 48]]],
    ]);
    expect(countRanges(r.get("a")!.duplicates)).toBe(9);
    expect([...r.get("b")!.skipped]).toEqual([["orders-0", [[5, 6]]]]);
    expect(r.get("b")!.duplicates.size).toBe(0);
    expect(describeRanges(r.get("c")!.lost)).toEqual(["orders-2: offsets 35–40"]);
  });

  it("ignores malformed data instead of throwing", () => {
    const r = deliveryRecords([ev(1, "recordsLost", { group: "x", data: { offsets: "nope" } }), ev(2, "recordsRedelivered", { group: "x", data: { ranges: [[1, 2, 3]] } })]);
    expect(r.get("x")?.lost.size ?? 0).toBe(0);
  });

  it("sorts partitions numerically and merges touching ranges", () => {
    expect(mergeRanges([[5, 6], [1, 3], [3, 4], [10, 12]])).toEqual([[1, 4], [5, 6], [10, 12]]);
    const r = deliveryRecords([
      ev(1, "recordsLost", { group: "g", topic: "t", partition: 10, data: { offsets: [[1, 2]] } }),
      ev(2, "recordsLost", { group: "g", topic: "t", partition: 2, data: { offsets: [[1, 2]] } }),
    ]);
    expect([...r.get("g")!.lost.keys()]).toEqual(["t-2", "t-10"]);
    expect(describeRanges(r.get("g")!.lost, 1)).toEqual(["t-2: offsets 1", "and 1 more partitions"]);
  });
});
