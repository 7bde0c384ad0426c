import { describe, expect, it } from "vitest";
import { describeCommitStrategy } from "./commitStrategy";
import { formatAxisTime, formatClock, formatDuration, formatRanges } from "./format";
import { DEFAULT_CONSUMER_CONFIG } from "../../engine/group/config";

describe("formatting", () => {
  it("shows virtual time as a clock", () => {
    expect(formatClock(0)).toBe("00:00.000");
    expect(formatClock(65_250)).toBe("01:05.250");
    expect(formatClock(3_723_000)).toBe("1:02:03.000");
  });

  it("shows durations in words", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(1250)).toBe("1.3 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(formatDuration(3_720_000)).toBe("1 h 2 min");
  });

  it("labels axes and offset ranges", () => {
    expect(formatAxisTime(45_000)).toBe("45 s");
    expect(formatAxisTime(150_000)).toBe("2:30");
    expect(formatRanges([[3, 4], [10, 15]])).toBe("3, 10–14");
  });

  it("says each commit strategy in words", () => {
    expect(describeCommitStrategy(DEFAULT_CONSUMER_CONFIG)).toBe("auto commit every 5 s");
    expect(describeCommitStrategy({ ...DEFAULT_CONSUMER_CONFIG, commitStrategy: "batch", batchSize: 100, autoCommit: false })).toBe("commit every 100 records");
    expect(describeCommitStrategy({ ...DEFAULT_CONSUMER_CONFIG, commitStrategy: "before-processing", idempotent: true })).toBe("commit before processing, idempotent");
  });
});
