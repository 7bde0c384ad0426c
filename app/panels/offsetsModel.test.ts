import { describe, expect, it } from "vitest";
import type { OffsetsRecordView } from "../../engine/types";
import { offsetsPartitionFor } from "../../engine/partitioner";
import { describeKey, describeValue, offsetsRows, partitionArithmetic } from "./offsetsModel";

const commit = (offset: number, partition: number, value: number | null): OffsetsRecordView => ({
  offset,
  timestamp: offset * 1000,
  key: { kind: "offset", group: "g", topic: "orders", partition },
  value: value === null ? null : { offset: value, leaderEpoch: -1, metadata: "", commitTimestamp: offset * 1000 },
});

describe("offsetsRows", () => {
  it("lists records newest first with the gaps compaction left", () => {
    const rows = offsetsRows([commit(3, 0, 10), commit(7, 1, 4), commit(8, 0, 12)], 2, 10);
    expect(rows.map((r) => (r.kind === "gap" ? `gap ${r.from}-${r.to}` : `rec ${r.record.offset}`))).toEqual(["gap 9-10", "rec 8", "rec 7", "gap 4-7", "rec 3", "gap 2-3"]);
  });

  it("does not claim a gap below the records it cut off", () => {
    const rows = offsetsRows([commit(0, 0, 1), commit(1, 0, 2), commit(2, 0, 3)], 0, 3, 2);
    expect(rows.map((r) => (r.kind === "gap" ? "gap" : r.record.offset))).toEqual([2, 1]);
  });
});

describe("the group's partition", () => {
  it("is abs(hashCode) % 50, as Kafka computes it", () => {
    for (const g of ["service-a", "service-b", "my-group", "email-service", ""]) expect(partitionArithmetic(g).partition).toBe(offsetsPartitionFor(g));
    expect(partitionArithmetic("my-group").text).toMatch(/^abs\("my-group"\.hashCode\(\)\) % 50 = abs\(-?\d+\) % 50 = \d+$/);
  });
});

describe("record text", () => {
  it("shows tombstones and commit values", () => {
    expect(describeKey(commit(1, 2, 5))).toBe("g, orders, 2");
    expect(describeValue(commit(1, 2, 5))).toBe("5, 00:01.000");
    expect(describeValue(commit(1, 2, null))).toBe("null (tombstone)");
  });
});
