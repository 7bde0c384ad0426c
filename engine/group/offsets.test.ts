/**
 * Where a group starts reading (auto.offset.reset, out-of-range after retention), how its lag is measured, and
 * the admin commands that move or drop its offsets (kafka-consumer-groups.sh --reset-offsets, --delete,
 * --delete-offsets). Facts from shared/kafka/PROTOCOL.md sections 2.1-2.3 and 3.4-3.5.
 */
import { describe, expect, it } from "vitest";
import { sim, type Driver } from "../testing/driver";
import type { ResetTarget } from "../types";

describe("where a new group starts (auto.offset.reset)", () => {
  function startWith(config: Record<string, unknown>): Driver {
    const d = sim(7).topic("t", 2).produce("t", 40);
    d.consumer("g", "a", ["t"], config).advance(5000);
    d.produce("t", 10).advance(5000);
    return d;
  }

  it("fromBeginning: true reads the records that were there before the group (earliest)", () => {
    const d = startWith({ fromBeginning: true });
    expect(d.consumerSnap("a").config.autoOffsetReset).toBe("earliest");
    expect(d.delivery("g")).toMatchObject({ processed: 50, duplicates: 0, lost: 0 });
    const resets = d.events("offsetReset");
    expect(resets.map((e) => [e.partition, e.data!.policy, e.data!.offset])).toEqual([
      [0, "earliest", 0],
      [1, "earliest", 0],
    ]);
  });

  it("autoOffsetReset: 'earliest' does the same", () => {
    expect(startWith({ autoOffsetReset: "earliest" }).delivery("g").processed).toBe(50);
  });

  it("the default is 'latest': only records produced after the assignment are read", () => {
    const d = startWith({});
    expect(d.consumerSnap("a").config.autoOffsetReset).toBe("latest");
    expect(d.events("offsetReset").map((e) => e.data!.offset)).toEqual([20, 20]);
    expect(d.delivery("g")).toMatchObject({ processed: 10, duplicates: 0, lost: 0 });
    expect(d.group("g").offsets.map((o) => o.committed)).toEqual([25, 25]);
  });

  it("fromBeginning applies only without a committed offset: a restarted group resumes where it committed", () => {
    const d = startWith({ fromBeginning: true });
    d.stop("a").advance(100).produce("t", 6);
    expect(d.group("g").offsets.map((o) => o.committed)).toEqual([25, 25]);
    d.restart("a").advance(10_000);
    expect(d.events("offsetReset")).toHaveLength(2); // only the first start
    expect(d.delivery("g")).toMatchObject({ processed: 56, duplicates: 0, lost: 0 });
  });

  it("'none' fails the consumer with NoOffsetForPartitionException, naming the partitions as Java's HashSet orders them", () => {
    const d = sim(7).topic("t", 2);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "none" }).advance(5000);
    const a = d.consumerSnap("a");
    expect(a.status).toBe("failed");
    // SubscriptionState#resetInitializingPositions collects a HashSet<TopicPartition>: t-1 hashes to bucket 4,
    // t-0 to bucket 5 (checked with Java 17's java.util.HashSet).
    expect(a.error).toBe("NoOffsetForPartitionException: Undefined offset with no reset policy for partitions: [t-1, t-0]");
    expect(d.events("consumerFailed")[0].message).toContain("Undefined offset with no reset policy for partitions: [t-1, t-0]");
    // It closed: LeaveGroup, and the group is Empty again.
    expect(d.events("memberLeft").map((e) => e.consumer)).toEqual(["a"]);
    expect(d.group("g").state).toBe("Empty");
  });

  it("'none' with one partition prints the same collection form (NoOffsetForPartitionException(Collection))", () => {
    const d = sim(7).topic("t", 1);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "none" }).advance(5000);
    expect(d.consumerSnap("a").error).toBe("NoOffsetForPartitionException: Undefined offset with no reset policy for partitions: [t-0]");
  });

  it("'none' lists many partitions in HashSet order", () => {
    const d = sim(7).topic("payments", 4);
    d.consumer("g", "a", ["payments"], { autoOffsetReset: "none" }).advance(5000);
    expect(d.consumerSnap("a").error).toBe(
      "NoOffsetForPartitionException: Undefined offset with no reset policy for partitions: [payments-3, payments-0, payments-2, payments-1]",
    );
  });

  it("'none' is no problem once the group has committed offsets", () => {
    const d = sim(7).topic("t", 2).produce("t", 20);
    d.consumer("g", "a", ["t"], { fromBeginning: true }).advance(8000).stop("a").advance(100);
    d.produce("t", 4);
    d.consumer("g", "b", ["t"], { autoOffsetReset: "none" }).advance(8000);
    expect(d.consumerSnap("b")).toMatchObject({ status: "consuming", error: null });
    expect(d.delivery("g")).toMatchObject({ processed: 24, duplicates: 0, lost: 0 });
  });

  it("with 'latest', a crash before the first commit skips what arrived meanwhile: those records are lost", () => {
    const d = sim(7).topic("t", 1).rate("t", 10);
    d.consumer("g", "a", ["t"], {}).advance(6000); // assigned at 3 s; the first auto commit is due at 8 s
    expect(d.committed("g", "t", 0)).toBeNull();
    const processed = d.delivery("g").processed;
    d.crash("a").advance(30_000);
    // b joins; the group waits for a until its session times out, then b takes t-0 with no committed offset.
    d.consumer("g", "b", ["t"], {}).advance(30_000);
    const reset = d.events("offsetReset").filter((e) => e.consumer === "b")[0];
    const lostRange = d.events("recordsLost")[0].data!.offsets as Array<[number, number]>;
    expect(lostRange).toEqual([[30 + processed, reset.data!.offset as number]]);
    expect(d.delivery("g").lost).toBe((reset.data!.offset as number) - 30 - processed);
  });
});

describe("retention past the committed offset (OFFSET_OUT_OF_RANGE)", () => {
  /** A group commits, stops, and retention deletes past its committed offset before it comes back. */
  function behindRetention(reset: "earliest" | "latest" | "none"): { d: Driver; committed: number } {
    const d = sim(7, { retentionCheckIntervalMs: 1000 });
    d.topic("t", 1, { retentionMs: 10_000, segmentRecords: 10 }).rate("t", 10);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "earliest" }).advance(15_000).stop("a").advance(60_000);
    const committed = d.committed("g", "t", 0)!;
    expect(d.row("g", "t", 0).logStartOffset).toBeGreaterThan(committed);
    d.consumer("g", "b", ["t"], { autoOffsetReset: reset }).advance(10_000);
    return { d, committed };
  }

  it("earliest: the position jumps to the log start offset, and the deleted records count as lost", () => {
    const { d, committed } = behindRetention("earliest");
    const oor = d.events("offsetOutOfRange");
    expect(oor).toHaveLength(1);
    const to = oor[0].data!.to as number;
    expect(oor[0]).toMatchObject({ consumer: "b", topic: "t", partition: 0, data: { from: committed } });
    expect(oor[0].message).toContain(`Fetch position FetchPosition{offset=${committed}, `);
    expect(oor[0].message).toContain("is out of range for partition t-0, resetting offset");
    const lost = d.events("recordsLost");
    expect(lost.map((e) => e.data)).toEqual([{ offsets: [[committed, to]], cause: "retention" }]);
    expect(d.delivery("g").lost).toBe(to - committed);
    expect(d.delivery("g").duplicates).toBe(0);
  });

  it("latest: the position jumps to the log end; everything in between is lost", () => {
    const { d, committed } = behindRetention("latest");
    const to = d.events("offsetOutOfRange")[0].data!.to as number;
    const lostAt = d.events("recordsLost")[0];
    expect(to).toBe(lostAt.data!.offsets && (lostAt.data!.offsets as Array<[number, number]>)[0][1]);
    expect(d.delivery("g").lost).toBe(to - committed);
  });

  it("none: the fetch throws OffsetOutOfRangeException and the consumer fails", () => {
    const { d, committed } = behindRetention("none");
    const b = d.consumerSnap("b");
    expect(b.status).toBe("failed");
    expect(b.error).toMatch(new RegExp(`^OffsetOutOfRangeException: Fetch position FetchPosition\\{offset=${committed}, .* is out of range for partition t-0$`));
    expect(d.delivery("g").lost).toBe(0);
  });

  it("a slow consumer that retention overtakes is reset while it runs", () => {
    const d = sim(7, { retentionCheckIntervalMs: 1000 });
    d.topic("t", 1, { retentionMs: 5000, segmentRecords: 10 }).rate("t", 20);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "earliest", processingTime: 100, maxPollRecords: 10 }).advance(60_000);
    const oor = d.events("offsetOutOfRange");
    expect(oor.length).toBeGreaterThan(0);
    const lost = d.events("recordsLost").reduce((s, e) => s + (e.data!.offsets as Array<[number, number]>).reduce((x, [a, b]) => x + b - a, 0), 0);
    expect(d.delivery("g").lost).toBe(lost);
    expect(d.delivery("g").processed + d.delivery("g").lost).toBeLessThanOrEqual(d.row("g", "t", 0).logEndOffset);
  });
});

describe("lag", () => {
  it("is log end offset minus committed offset per partition, null without a commit, summed per group", () => {
    const d = sim(7).topic("t", 3);
    d.do({ type: "produce", topic: "t", partition: 0, count: 10 }).do({ type: "produce", topic: "t", partition: 2, count: 10 });
    // Per-record commits: t-1 has no record, so nothing is ever committed for it.
    d.consumer("g", "a", ["t"], { fromBeginning: true, autoCommit: false }).advance(10_000);
    // a dies; until its session times out it still owns every partition, and nothing is committed meanwhile.
    d.crash("a").do({ type: "produce", topic: "t", partition: 0, count: 7 }).do({ type: "produce", topic: "t", partition: 2, count: 2 });
    const g = d.group("g");
    expect(g.offsets.map((o) => [o.partition, o.committed, o.logEndOffset, o.lag])).toEqual([
      [0, 10, 17, 7],
      [1, null, 0, null],
      [2, 10, 12, 2],
    ]);
    expect(g.totalLag).toBe(9);
    // An empty group lists only the partitions it has offsets for (ConsumerGroupCommand describes those).
    d.advance(60_000);
    expect(d.group("g").state).toBe("Empty");
    expect(d.group("g").offsets.map((o) => [o.partition, o.lag])).toEqual([
      [0, 7],
      [2, 2],
    ]);
  });

  it("timeLag is the age of the oldest record not yet committed", () => {
    const d = sim(7).topic("t", 1);
    d.consumer("g", "a", ["t"], { fromBeginning: true }).advance(10_000).stop("a").advance(100);
    d.advanceUntil(() => d.sim.now() >= 20_000);
    d.produce("t", 1);
    d.advance(2500).produce("t", 1).advance(1500);
    const row = d.row("g", "t", 0);
    expect(row.lag).toBe(2);
    expect(row.timeLag).toBe(4000);
    expect(d.group("g").timeLag).toBe(4000);
  });

  it("is sampled once a virtual second into lagHistory", () => {
    const d = sim(7).topic("t", 2).rate("t", 20);
    d.consumer("g", "a", ["t"], { fromBeginning: true, processingTime: 80 }).advance(30_000);
    const h = d.group("g").lagHistory;
    expect(h.length).toBeGreaterThanOrEqual(29);
    for (let i = 1; i < h.length; i++) expect(h[i].time - h[i - 1].time).toBe(1000);
    for (const s of h) expect(s.totalLag).toBe(Object.values(s.byPartition).reduce((a, b) => a + b, 0));
    // 20 records/s against 12.5/s of processing: lag grows.
    expect(h[h.length - 1].totalLag).toBeGreaterThan(h[10].totalLag);
    // Once nothing moves, the newest sample is the group's lag.
    d.rate("t", 0).crash("a").advance(2000);
    const g = d.group("g");
    const last = g.lagHistory[g.lagHistory.length - 1];
    expect(last.time).toBe(32_000);
    expect(last.totalLag).toBe(g.totalLag);
    expect(last.byPartition).toEqual(Object.fromEntries(g.offsets.map((o) => [`t-${o.partition}`, o.lag])));
  });
});

describe("resetOffsets (kafka-consumer-groups.sh --reset-offsets)", () => {
  /**
   * Group g consumed t (1 partition, records at 1, 2, 3 s: offsets 0-9, 10-19, 20-29) up to 25, then stopped
   * (at 8.45 s, while processing record 24; close() lets it finish and commits 25). Now is 10 s.
   */
  function stoppedGroup(): Driver {
    const d = sim(7).topic("t", 1);
    d.advance(1000).produce("t", 10).advance(1000).produce("t", 10).advance(1000).produce("t", 10);
    // Assigned at 6 s (group.initial.rebalance.delay.ms after joining at 3 s); 100 ms per record, committed one by one.
    d.consumer("g", "a", ["t"], { fromBeginning: true, autoCommit: false, processingTime: 100 }).advance(5450);
    d.stop("a").advance(1550);
    expect(d.committed("g", "t", 0)).toBe(25);
    expect(d.group("g").state).toBe("Empty");
    expect(d.sim.now()).toBe(10_000);
    return d;
  }

  const cases: Array<[string, ResetTarget, number]> = [
    ["earliest", { kind: "earliest" }, 0],
    ["latest", { kind: "latest" }, 30],
    ["current", { kind: "current" }, 25],
    ["offset", { kind: "offset", offset: 12 }, 12],
    ["offset above the log end (clamped)", { kind: "offset", offset: 1000 }, 30],
    ["shiftBy -5", { kind: "shiftBy", by: -5 }, 20],
    ["shiftBy +100 (clamped)", { kind: "shiftBy", by: 100 }, 30],
    ["shiftBy -100 (clamped)", { kind: "shiftBy", by: -100 }, 0],
    ["datetime (first record at or after it)", { kind: "datetime", timestamp: 1500 }, 10],
    ["datetime after every record (latest)", { kind: "datetime", timestamp: 99_999 }, 30],
    ["duration (now - 8.5 s = 1.5 s)", { kind: "duration", ms: 8500 }, 10],
  ];
  for (const [name, to, expected] of cases) {
    it(`--${name} → ${expected}`, () => {
      const d = stoppedGroup();
      d.do({ type: "resetOffsets", group: "g", topic: "t", to });
      expect(d.committed("g", "t", 0)).toBe(expected);
      const e = d.events("offsetsReset")[0];
      expect(e.data!.offsets).toEqual([["t", 0, expected]]);
    });
  }

  it("clamps to the log start offset after retention", () => {
    const d = sim(7, { retentionCheckIntervalMs: 1000 }).topic("t", 1, { retentionMs: 2000, segmentRecords: 10 }).produce("t", 30);
    d.consumer("g", "a", ["t"], { fromBeginning: true }).advance(8000).stop("a").advance(100).produce("t", 5).advance(10_000);
    const start = d.row("g", "t", 0).logStartOffset;
    expect(start).toBeGreaterThan(0);
    d.do({ type: "resetOffsets", group: "g", topic: "t", to: { kind: "offset", offset: 1 } });
    expect(d.committed("g", "t", 0)).toBe(start);
  });

  it("a dry run (execute: false) changes nothing", () => {
    const d = stoppedGroup();
    const log = d.offsetsLog("g").length;
    d.do({ type: "resetOffsets", group: "g", topic: "t", to: { kind: "earliest" }, execute: false });
    expect(d.committed("g", "t", 0)).toBe(25);
    expect(d.offsetsLog("g")).toHaveLength(log);
    expect(d.events("offsetsResetPlanned")[0].message).toContain("g → t-0=0");
  });

  it("is refused while the group is active, with Kafka's exact text", () => {
    const d = sim(7).topic("t", 1).consumer("g", "a", ["t"]).advance(5000);
    expect(d.attempt({ type: "resetOffsets", group: "g", topic: "t", to: { kind: "earliest" } })).toBe(
      "Error: Assignments can only be reset if the group 'g' is inactive, but the current state is Stable.",
    );
    const d2 = sim(7).topic("t", 1).consumer("g", "a", ["t"]).advance(1000);
    expect(d2.attempt({ type: "resetOffsets", group: "g", topic: "t", to: { kind: "earliest" } })).toBe(
      "Error: Assignments can only be reset if the group 'g' is inactive, but the current state is PreparingRebalance.",
    );
  });

  it("--shift-by needs a committed offset", () => {
    const d = sim(7).topic("t", 2).produce("t", 4);
    expect(d.attempt({ type: "resetOffsets", group: "new", topic: "t", to: { kind: "shiftBy", by: 1 } })).toBe(
      "Cannot shift offset for partition t-0 since there is no current committed offset",
    );
  });

  it("works on a group that does not exist yet (described as Dead), which then starts there", () => {
    const d = sim(7).topic("t", 2).produce("t", 20);
    expect(d.maybeGroup("fresh")).toBeUndefined();
    d.do({ type: "resetOffsets", group: "fresh", topic: "t", to: { kind: "offset", offset: 4 } });
    expect(d.group("fresh")).toMatchObject({ state: "Empty" });
    expect(d.group("fresh").offsets.map((o) => o.committed)).toEqual([4, 4]);
    d.consumer("fresh", "a", ["t"]).advance(8000);
    expect(d.events("offsetReset").filter((e) => e.group === "fresh")).toHaveLength(0);
    expect(d.delivery("fresh")).toMatchObject({ processed: 12, lost: 0 });
  });

  it("moving back makes the group process records again; moving forward skips (and so loses) them", () => {
    const back = stoppedGroup();
    back.do({ type: "resetOffsets", group: "g", topic: "t", to: { kind: "shiftBy", by: -10 } });
    back.restart("a").advance(10_000);
    expect(back.delivery("g")).toMatchObject({ processed: 25 + 10 + 5, duplicates: 10, lost: 0 });

    const fwd = stoppedGroup();
    fwd.do({ type: "resetOffsets", group: "g", topic: "t", to: { kind: "latest" } });
    expect(fwd.delivery("g").lost).toBe(5);
    expect(fwd.events("recordsLost")[0]).toMatchObject({ consumer: "kafka-consumer-groups.sh", data: { offsets: [[25, 30]], cause: "admin-reset" } });
  });
});

describe("deleteGroup and deleteOffsets", () => {
  it("deleteGroup is refused while the group has members: The group is not empty.", () => {
    const d = sim(7).topic("t", 1).consumer("g", "a", ["t"]).advance(5000);
    expect(d.attempt({ type: "deleteGroup", group: "g" })).toBe("Group 'g' could not be deleted: The group is not empty.");
    // A crashed member still counts until its session times out.
    d.crash("a").advance(1000);
    expect(d.attempt({ type: "deleteGroup", group: "g" })).toContain("The group is not empty.");
    d.advance(50_000);
    expect(d.attempt({ type: "deleteGroup", group: "g" })).toBeNull();
    expect(d.maybeGroup("g")).toBeUndefined();
  });

  it("deleteGroup of an unknown group: The group id does not exist.", () => {
    expect(sim(7).attempt({ type: "deleteGroup", group: "nope" })).toBe("Group 'nope' could not be deleted: The group id does not exist.");
  });

  it("deleteGroup drops the offsets at once: a new consumer starts by auto.offset.reset again", () => {
    const d = sim(7).topic("t", 1).produce("t", 10);
    d.consumer("g", "a", ["t"], { fromBeginning: true }).advance(8000).stop("a").advance(100);
    d.do({ type: "deleteGroup", group: "g" });
    expect(d.events("groupDeleted")[0].message).toContain("Group g is Dead and removed");
    d.consumer("g", "b", ["t"], { fromBeginning: true }).advance(8000);
    expect(d.events("offsetReset").filter((e) => e.consumer === "b").map((e) => e.data!.offset)).toEqual([0]);
    // A new group: its accounting starts over.
    expect(d.delivery("g")).toMatchObject({ processed: 10, duplicates: 0 });
  });

  it("deleteOffsets removes one topic's offsets of an empty group", () => {
    const d = sim(7).topic("a", 1).topic("b", 2).produce("a", 3).produce("b", 4);
    d.consumer("g", "c", ["a", "b"], { fromBeginning: true }).advance(8000).stop("c").advance(100);
    d.do({ type: "deleteOffsets", group: "g", topic: "b", partitions: [1] });
    expect(d.group("g").offsets.map((o) => [o.topic, o.partition, o.committed])).toEqual([
      ["a", 0, 3],
      ["b", 0, 2],
    ]);
    d.do({ type: "deleteOffsets", group: "g", topic: "b" });
    expect(d.group("g").offsets.map((o) => [o.topic, o.partition, o.committed])).toEqual([["a", 0, 3]]);
  });

  it("deleteOffsets of a topic the group is subscribed to is refused while it has members, even a crashed one", () => {
    const d = sim(7).topic("a", 1).topic("b", 1).produce("a", 3).produce("b", 3);
    d.consumer("g", "c", ["a"], { fromBeginning: true }).consumer("g", "x", ["b"], { fromBeginning: true }).advance(12_000);
    expect(d.committed("g", "b", 0)).toBe(3);
    expect(d.attempt({ type: "deleteOffsets", group: "g", topic: "a" })).toBe(
      "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.",
    );
    // The coordinator still lists x (and so its subscription to b) until x's session times out.
    d.crash("x").advance(1000);
    expect(d.attempt({ type: "deleteOffsets", group: "g", topic: "b" })).toBe(
      "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.",
    );
    d.advance(60_000);
    expect(d.group("g").members.map((m) => m.clientId)).toEqual(["c"]);
    expect(d.attempt({ type: "deleteOffsets", group: "g", topic: "b" })).toBeNull();
    expect(d.committed("g", "b", 0)).toBeNull();
    expect(d.committed("g", "a", 0)).toBe(3);
  });
});
