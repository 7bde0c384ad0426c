/**
 * The course's commit strategies (03-consumer-groups-and-offsets.md, "Offset Commit Strategies"), each crashed
 * in the middle of a stream: what the group then processes twice (duplicates) and what it never processes (lost).
 *
 * The set-up is the same for every strategy: topic t with 2 partitions, a backlog of 400 records and 40 more per
 * second, consumers a (t-0) and b (t-1) reading from the earliest offset, 60 ms per record (slower than the
 * producer, so there is always a backlog), max.poll.records 50. b is killed at 22.51 s, in the middle of a poll
 * batch; the coordinator notices after session.timeout.ms (45 s) and hands t-1 to a.
 */
import { describe, expect, it } from "vitest";
import { sim, type Driver } from "../testing/driver";
import type { ConsumerConfigInput, SimEvent } from "../types";

const CRASH_AT = 22_510;

interface AtCrash {
  /** b's next fetch offset on t-1. */
  position: number;
  /** Offset after the last record b finished processing. */
  processedUpTo: number;
  /** The group's committed offset for t-1. */
  committed: number;
}

function crashMidStream(config: ConsumerConfigInput, seed = 7): { d: Driver; at: AtCrash } {
  const d = sim(seed).topic("t", 2).produce("t", 400).rate("t", 40);
  const base: ConsumerConfigInput = { autoOffsetReset: "earliest", processingTime: 60, maxPollRecords: 50, ...config };
  d.consumer("g", "a", ["t"], base).consumer("g", "b", ["t"], base);
  d.advance(CRASH_AT);
  expect(d.owned("b")).toEqual([["t", 1]]);
  const pos = d.consumerSnap("b").positions[0];
  const at = { position: pos.position, processedUpTo: pos.processedUpTo, committed: d.committed("g", "t", 1)! };
  d.crash("b");
  d.advanceUntil(() => d.events("memberFailed").length > 0, 60_000);
  d.advance(20_000); // a rejoins, gets t-1 and works through b's leftovers
  expect(d.assignment("g")).toEqual({ a: ["t-0", "t-1"] });
  return { d, at };
}

/** Offsets of t-1 named by events of a type, as [from, to) ranges. */
function rangesOn(events: SimEvent[], partition: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const e of events) {
    if (e.type === "recordsRedelivered") {
      for (const [t, p, from, to] of e.data!.ranges as Array<[string, number, number, number]>) if (t === "t" && p === partition) out.push([from, to]);
    } else if (e.type === "recordsLost" && e.partition === partition) out.push(...(e.data!.offsets as Array<[number, number]>));
  }
  return out;
}

const total = (ranges: Array<[number, number]>): number => ranges.reduce((s, [a, b]) => s + b - a, 0);

describe("auto commit (enable.auto.commit=true, Java's poll-time commit)", () => {
  it("a crash repeats exactly what was processed since the last auto commit, and loses nothing", () => {
    const { d, at } = crashMidStream({});
    expect(at.processedUpTo).toBeGreaterThan(at.committed);
    const delivery = d.delivery("g");
    expect(delivery.duplicates).toBe(at.processedUpTo - at.committed);
    expect(delivery.lost).toBe(0);
    // The event log names the repeated records: t-1 from the last committed offset to where b had got.
    const redelivered = d.events("recordsRedelivered");
    expect(redelivered.every((e) => e.consumer === "a")).toBe(true);
    expect(merged(rangesOn(redelivered, 1))).toEqual([[at.committed, at.processedUpTo]]);
    expect(d.events("recordsLost")).toHaveLength(0);
  });

  it("commits inside poll() once auto.commit.interval.ms has passed, covering only what earlier polls returned", () => {
    const d = sim(7).topic("t", 1).produce("t", 2000);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "earliest", processingTime: 20, maxPollRecords: 50 });
    const violations: string[] = [];
    for (let t = 0; t < 30_000; t += 10) {
      d.advance(10);
      const row = d.group("g").offsets[0];
      const pos = d.consumerSnap("a").positions[0];
      if (row.committed !== null && pos && row.committed > pos.processedUpTo) violations.push(`t=${d.sim.now()}: committed ${row.committed} > processed ${pos.processedUpTo}`);
    }
    expect(violations).toEqual([]);
    const commits = d.events("offsetsCommitted").filter((e) => e.data!.how === "auto commit");
    expect(commits.length).toBeGreaterThanOrEqual(4);
    // Each poll returns 50 records (1 s of work), so what earlier polls returned is a multiple of 50.
    for (const e of commits) expect(((e.data!.offsets as Array<[string, number, number]>)[0][2]) % 50).toBe(0);
    // ... and the next commit waits for the first poll at least auto.commit.interval.ms (5 s) after the last.
    for (let i = 1; i < commits.length; i++) expect(commits[i].time - commits[i - 1].time).toBeGreaterThanOrEqual(5000);
  });

  it("also commits before a rebalance and on a graceful stop, so neither repeats a record", () => {
    const d = sim(7).topic("t", 2).produce("t", 400).rate("t", 40);
    const cfg: ConsumerConfigInput = { autoOffsetReset: "earliest", processingTime: 20, maxPollRecords: 50 };
    d.consumer("g", "a", ["t"], cfg).consumer("g", "b", ["t"], cfg).advance(12_345);
    d.consumer("g", "c", ["t"], cfg).advance(10_000);
    const beforeRebalance = d.events("offsetsCommitted").filter((e) => e.data!.how === "auto commit before rebalance");
    expect(new Set(beforeRebalance.map((e) => e.consumer))).toEqual(new Set(["a", "b"]));
    d.stop("b").advance(100);
    const onClose = d.events("offsetsCommitted").filter((e) => e.data!.how === "auto commit on close");
    expect(onClose.map((e) => e.consumer)).toEqual(["b"]);
    expect(d.events("memberLeft").map((e) => e.consumer)).toEqual(["b"]);
    d.advance(30_000);
    expect(d.delivery("g")).toMatchObject({ duplicates: 0, lost: 0 });
  });
});

describe("manual commit after each record (autoCommit: false)", () => {
  it("a crash repeats at most one record per partition and loses nothing", () => {
    const { d, at } = crashMidStream({ autoCommit: false });
    expect(d.consumerSnap("a").config.commitStrategy).toBe("per-record");
    // commitSync right after each record: the committed offset is always the processed one.
    expect(at.committed).toBe(at.processedUpTo);
    const delivery = d.delivery("g");
    expect(delivery.lost).toBe(0);
    for (const p of [0, 1]) expect(total(rangesOn(d.events("recordsRedelivered"), p))).toBeLessThanOrEqual(1);
    expect(delivery.duplicates).toBeLessThanOrEqual(2);
  });

  it("sends one OffsetCommit per processed record", () => {
    const d = sim(7).topic("t", 1).produce("t", 30);
    d.consumer("g", "a", ["t"], { autoCommit: false, fromBeginning: true }).advance(10_000);
    const commits = d.events("offsetsCommitted").filter((e) => e.data!.how === "commit after processing");
    expect(commits).toHaveLength(30);
    expect(commits.map((e) => (e.data!.offsets as Array<[string, number, number]>)[0][2])).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(d.delivery("g").processed).toBe(30);
  });
});

describe("manual batch commit (commitStrategy: 'batch')", () => {
  for (const batchSize of [7, 20]) {
    it(`with batchSize ${batchSize} a crash repeats fewer than ${batchSize} records per partition and loses nothing`, () => {
      const { d, at } = crashMidStream({ commitStrategy: "batch", batchSize });
      expect(at.processedUpTo - at.committed).toBeLessThan(batchSize);
      const delivery = d.delivery("g");
      expect(delivery.lost).toBe(0);
      const redelivered = d.events("recordsRedelivered");
      for (const p of [0, 1]) expect(total(rangesOn(redelivered, p))).toBeLessThan(batchSize);
      // t-1's repeats are exactly b's uncommitted tail.
      expect(total(rangesOn(redelivered, 1))).toBe(at.processedUpTo - at.committed);
      expect(delivery.duplicates).toBe(total(rangesOn(redelivered, 0)) + total(rangesOn(redelivered, 1)));
    });
  }
});

describe("commit before processing (at-most-once)", () => {
  it("a crash loses the rest of the batch instead of repeating it", () => {
    const { d, at } = crashMidStream({ commitStrategy: "before-processing" });
    // The poll's records were committed before b processed them.
    expect(at.committed).toBe(at.position);
    expect(at.position).toBeGreaterThan(at.processedUpTo);
    const delivery = d.delivery("g");
    expect(delivery.duplicates).toBe(0);
    expect(delivery.lost).toBe(at.committed - at.processedUpTo);
    const lost = d.events("recordsLost");
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ group: "g", consumer: "a", topic: "t", partition: 1, data: { offsets: [[at.processedUpTo, at.committed]], cause: "committed-ahead" } });
    expect(lost[0].message).toContain(`offsets ${at.processedUpTo}..${at.committed - 1}`);
  });
});

describe("auto commit with asynchronous processing (the course's 'may lose messages')", () => {
  it("auto commit runs ahead of processing, so a crash loses what the worker had not reached", () => {
    const { d, at } = crashMidStream({ asyncProcessing: true });
    // The poll thread fetched everything and the auto commit sent those positions.
    expect(at.committed).toBeGreaterThan(at.processedUpTo);
    const delivery = d.delivery("g");
    expect(delivery.lost).toBe(at.committed - at.processedUpTo);
    expect(delivery.duplicates).toBe(0);
    expect(rangesOn(d.events("recordsLost"), 1)).toEqual([[at.processedUpTo, at.committed]]);
  });

  it("the same crash with the plain Java poll loop repeats records but loses none", () => {
    const sync = crashMidStream({});
    const async = crashMidStream({ asyncProcessing: true });
    expect(sync.d.delivery("g").lost).toBe(0);
    expect(sync.d.delivery("g").duplicates).toBeGreaterThan(0);
    expect(async.d.delivery("g").lost).toBeGreaterThan(0);
    // Both processed the same records before the crash: the difference is only where the commit stood.
    expect(async.at.processedUpTo).toBe(sync.at.processedUpTo);
  });

  it("loses records only when a commit got ahead of the worker: a worker that keeps up loses nothing", () => {
    // 5 ms per record, 20 records/s per partition: the worker's queue is empty whenever the auto commit runs.
    const { d, at } = crashMidStream({ asyncProcessing: true, processingTime: 5 });
    expect(at.committed).toBeLessThanOrEqual(at.processedUpTo);
    expect(d.delivery("g").lost).toBe(0);
    expect(d.delivery("g").duplicates).toBe(at.processedUpTo - at.committed);
  });

  it("the auto commit on close also sends positions the worker has not reached (KafkaConsumer#close)", () => {
    const d = sim(7).topic("t", 1).produce("t", 300);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "earliest", asyncProcessing: true, processingTime: 50 }).advance(8000);
    expect(d.consumerSnap("a").positions[0].position).toBe(300);
    d.stop("a").advance(100);
    const processed = d.delivery("g").processed;
    expect(processed).toBeLessThan(300);
    expect(d.committed("g", "t", 0)).toBe(300);
    d.consumer("g", "a2", ["t"], { autoOffsetReset: "earliest" }).advance(10_000);
    expect(d.delivery("g")).toMatchObject({ processed, lost: 300 - processed, duplicates: 0 });
  });
});

describe("idempotent processing", () => {
  it("recognises the redelivered records and skips them instead of applying them twice", () => {
    const plain = crashMidStream({});
    const { d, at } = crashMidStream({ idempotent: true });
    expect(at).toEqual(plain.at);
    const delivery = d.delivery("g");
    expect(delivery.duplicates).toBe(0);
    expect(delivery.skippedDuplicates).toBe(plain.d.delivery("g").duplicates);
    expect(delivery.processed).toBe(plain.d.delivery("g").processed - plain.d.delivery("g").duplicates);
    expect(delivery.lost).toBe(0);
    const events = d.events("recordsRedelivered");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.message).toContain("recognised and skipped");
      expect(e.data!.idempotent).toBe(true);
    }
  });
});

/** Sorts and joins touching ranges (a redelivered range is reported once per poll batch, so it may come in pieces). */
function merged(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === a) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

describe("switching asyncProcessing at run time", () => {
  it("keeps one worker: every record is processed once, none is lost", () => {
    const d = sim(7).topic("t", 1).produce("t", 200).rate("t", 10);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "earliest", asyncProcessing: true, processingTime: 20 }).advance(4000);
    d.do({ type: "configureConsumer", consumer: "a", config: { asyncProcessing: false } }).advance(3000);
    d.do({ type: "configureConsumer", consumer: "a", config: { asyncProcessing: true } }).advance(3000);
    d.do({ type: "configureConsumer", consumer: "a", config: { asyncProcessing: false } }).rate("t", 0).advance(20_000);
    const end = d.row("g", "t", 0).logEndOffset;
    expect(d.delivery("g")).toMatchObject({ processed: end, duplicates: 0, lost: 0 });
    expect(d.row("g", "t", 0)).toMatchObject({ committed: end, lag: 0 });
  });
});
