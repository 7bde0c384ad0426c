import { describe, expect, it } from "vitest";
import { createSimulation, partitionForKey } from "./index";

describe("topics and producing", () => {
  it("creates a topic with empty partition logs", () => {
    const sim = createSimulation();
    expect(sim.dispatch({ type: "createTopic", topic: "orders", partitions: 3 }).ok).toBe(true);
    const t = sim.snapshot().topics.find((x) => x.name === "orders")!;
    expect(t.partitions.map((p) => [p.partition, p.logStartOffset, p.logEndOffset])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [2, 0, 0],
    ]);
  });

  it("routes keyed records to toPositive(murmur2(key)) % n and explicit partitions win", () => {
    const sim = createSimulation();
    sim.dispatch({ type: "createTopic", topic: "orders", partitions: 3 });
    for (const key of ["alice", "bob", "carol", "dave", "0", "1"]) {
      const r = sim.dispatch({ type: "produce", topic: "orders", key, value: "v" });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.events[0].partition).toBe(partitionForKey(key, 3));
    }
    const r = sim.dispatch({ type: "produce", topic: "orders", key: "alice", partition: 0 });
    expect(r.ok && r.events[0].partition).toBe(0);
  });

  it("spreads keyless records round-robin (KafkaJS) by default", () => {
    const sim = createSimulation(undefined, { seed: 3 });
    sim.dispatch({ type: "createTopic", topic: "t", partitions: 4 });
    sim.dispatch({ type: "produce", topic: "t", count: 8 });
    expect(sim.snapshot().topics[0].partitions.map((p) => p.logEndOffset)).toEqual([2, 2, 2, 2]);
  });

  it("keeps keyless records on one partition until a batch is full with the Java sticky partitioner", () => {
    const sim = createSimulation(undefined, { seed: 3 });
    sim.dispatch({ type: "createTopic", topic: "t", partitions: 4 });
    sim.dispatch({ type: "setProducerRate", topic: "t", perSecond: 100, nullKeyPartitioner: "sticky" });
    sim.advance(1000);
    const ends = sim.snapshot().topics[0].partitions.map((p) => p.logEndOffset);
    expect(ends.reduce((a, b) => a + b)).toBe(100);
    expect(ends.filter((e) => e > 0)).toHaveLength(1);
  });

  it("produces at a rate, exactly perSecond records per virtual second", () => {
    const sim = createSimulation();
    sim.dispatch({ type: "createTopic", topic: "t", partitions: 2 });
    sim.dispatch({ type: "setProducerRate", topic: "t", perSecond: 7, keys: { kind: "distinct", count: 5 } });
    sim.advance(10_000);
    const total = sim.snapshot().topics[0].partitions.reduce((s, p) => s + p.logEndOffset, 0);
    expect(total).toBe(70);
  });

  it("stamps records with virtual time", () => {
    const sim = createSimulation();
    sim.dispatch({ type: "createTopic", topic: "t", partitions: 1 });
    sim.advance(1234);
    sim.dispatch({ type: "produce", topic: "t", key: "k", value: "hello" });
    expect(sim.snapshot().topics[0].partitions[0].recent[0]).toEqual({ offset: 0, key: "k", value: "hello", timestamp: 1234 });
  });

  it("adds partitions but never removes them", () => {
    const sim = createSimulation();
    sim.dispatch({ type: "createTopic", topic: "t", partitions: 2 });
    expect(sim.dispatch({ type: "addPartitions", topic: "t", partitions: 5 }).ok).toBe(true);
    expect(sim.snapshot().topics[0].partitions).toHaveLength(5);
    const r = sim.dispatch({ type: "addPartitions", topic: "t", partitions: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/higher than the requested 3/);
  });
});

describe("retention", () => {
  it("deletes whole closed segments older than retention.ms and moves the log start offset", () => {
    const sim = createSimulation({ broker: { retentionCheckIntervalMs: 1000 }, topics: [{ name: "t", partitions: 1, retentionMs: 5000, segmentRecords: 10 }] });
    sim.dispatch({ type: "setProducerRate", topic: "t", perSecond: 10 });
    sim.advance(20_000);
    const p = sim.snapshot().topics[0].partitions[0];
    expect(p.logEndOffset).toBe(200);
    // Records older than 5 s are gone a whole segment at a time; the newest 5 s are always kept.
    expect(p.logStartOffset % 10).toBe(0);
    expect(p.logStartOffset).toBeGreaterThanOrEqual(130);
    expect(p.logStartOffset).toBeLessThanOrEqual(150);
    expect(sim.events().some((e) => e.type === "segmentsDeleted")).toBe(true);
  });

  it("keeps at most retention records (as retention.bytes), never deleting the active segment", () => {
    const sim = createSimulation({ broker: { retentionCheckIntervalMs: 1000 }, topics: [{ name: "t", partitions: 1, retentionRecords: 25, segmentRecords: 10 }] });
    sim.dispatch({ type: "produce", topic: "t", count: 95 });
    sim.advance(1000);
    const p = sim.snapshot().topics[0].partitions[0];
    expect(p.logEndOffset - p.logStartOffset).toBeGreaterThanOrEqual(25);
    expect(p.logEndOffset - p.logStartOffset).toBeLessThan(35);
    expect(p.logStartOffset).toBe(70);
  });
});

describe("bad commands are refused with a clear message and change nothing", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ["unknown topic", { type: "produce", topic: "nope" }, /Topic 'nope' does not exist/],
    ["0 partitions", { type: "createTopic", topic: "t2", partitions: 0 }, /partitions must be at least 1/],
    ["1000 partitions", { type: "createTopic", topic: "t2", partitions: 1000 }, /partitions must be at most 256/],
    ["negative count", { type: "produce", topic: "t", count: -1 }, /count must be at least 1/],
    ["fractional count", { type: "produce", topic: "t", count: 1.5 }, /count must be a whole number/],
    ["missing topic", { type: "produce" }, /topic is required/],
    ["unknown type", { type: "explode" }, /Unknown command type "explode"/],
    ["not an object", "produce", /must be an object/],
    ["null", null, /must be an object/],
    ["unknown field", { type: "produce", topic: "t", bogus: 1 }, /unknown field 'bogus'/],
    ["missing partition", { type: "produce", topic: "t", partition: 9 }, /Partition 9 does not exist/],
    ["illegal topic name", { type: "createTopic", topic: "<script>", partitions: 1 }, /illegal/],
    ["negative rate", { type: "setProducerRate", topic: "t", perSecond: -5 }, /perSecond must be at least 0/],
    ["duplicate topic", { type: "createTopic", topic: "t", partitions: 1 }, /already exists/],
  ];
  it.each(cases)("%s", (_n, command, pattern) => {
    const sim = createSimulation();
    sim.dispatch({ type: "createTopic", topic: "t", partitions: 2 });
    const before = JSON.stringify(sim.snapshot());
    const eventsBefore = sim.events().length;
    const r = sim.dispatch(command);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(pattern);
    expect(JSON.stringify(sim.snapshot())).toBe(before);
    expect(sim.events().length).toBe(eventsBefore);
  });
});

describe("determinism", () => {
  function run(seed: number) {
    const sim = createSimulation(undefined, { seed });
    sim.dispatch({ type: "createTopic", topic: "orders", partitions: 3 });
    sim.dispatch({ type: "setProducerRate", topic: "orders", perSecond: 50, keys: { kind: "hot", count: 20, hotShare: 0.3 } });
    sim.advance(5000);
    sim.dispatch({ type: "setProducerRate", topic: "orders", perSecond: 20, keys: { kind: "none" }, nullKeyPartitioner: "sticky" });
    sim.advance(5000);
    sim.dispatch({ type: "produce", topic: "orders", key: "x", count: 3 });
    return { events: sim.events(), snap: sim.snapshot() };
  }
  it("same seed and commands give the same event log and state", () => {
    const a = run(42);
    const b = run(42);
    expect(b.events).toEqual(a.events);
    expect(JSON.stringify(b.snap)).toBe(JSON.stringify(a.snap));
  });
  it("a different seed gives a different world", () => {
    expect(JSON.stringify(run(1).snap)).not.toBe(JSON.stringify(run(2).snap));
  });
  it("events are numbered from 1 without gaps and never go back in time", () => {
    const { events } = run(7);
    events.forEach((e, i) => expect(e.seq).toBe(i + 1));
    for (let i = 1; i < events.length; i++) expect(events[i].time).toBeGreaterThanOrEqual(events[i - 1].time);
  });
});
