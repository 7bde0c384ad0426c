import { describe, expect, it } from "vitest";
import { FrameEncoder, PlaygroundSession } from "../../engine/session";
import { largeScenario } from "../../engine/scenarios/large";
import { DEFAULT_SCENARIO } from "../defaultScenario";
import { FrameDecoder, FrameOutOfSync } from "./frameDecoder";

/** What crosses postMessage: a structured clone, so identity is lost on the way. */
const clone = <T>(x: T): T => structuredClone(x);

describe("frames across the worker boundary", () => {
  it("rebuild the session's snapshots exactly, and keep identity for what did not change", () => {
    const session = new PlaygroundSession(DEFAULT_SCENARIO);
    const enc = new FrameEncoder();
    const dec = new FrameDecoder();
    let prev = dec.decode(clone(enc.encode(session.load(DEFAULT_SCENARIO))));
    for (let i = 0; i < 120; i++) {
      const frame = session.frame(100);
      const got = dec.decode(clone(enc.encode(frame)));
      expect(got.snapshot).toEqual(frame.snapshot);
      const internal = got.snapshot.topics.find((t) => t.internal)!;
      const before = prev.snapshot.topics.find((t) => t.internal)!;
      for (const [j, p] of internal.partitions.entries()) if (p.logEndOffset === before.partitions[j].logEndOffset && p.logStartOffset === before.partitions[j].logStartOffset) expect(p).toBe(before.partitions[j]);
      prev = got;
    }
  });

  it("share unchanged groups and consumers while paused", () => {
    const session = new PlaygroundSession(DEFAULT_SCENARIO);
    const enc = new FrameEncoder();
    const dec = new FrameDecoder();
    dec.decode(clone(enc.encode(session.load(DEFAULT_SCENARIO))));
    const a = dec.decode(clone(enc.encode(session.frame(8000))));
    session.setPlaying(false);
    const b = dec.decode(clone(enc.encode(session.frame(100))));
    expect(b.snapshot.groups).toBe(a.snapshot.groups);
    expect(b.snapshot.consumers).toBe(a.snapshot.consumers);
    expect(b.snapshot.topics[0]).toBe(a.snapshot.topics[0]);
  });

  it("a frame relative to one the decoder never saw is refused, and a seek back stands alone", () => {
    const session = new PlaygroundSession(DEFAULT_SCENARIO);
    const enc = new FrameEncoder();
    const dec = new FrameDecoder();
    dec.decode(clone(enc.encode(session.load(DEFAULT_SCENARIO))));
    enc.encode(session.frame(100)); // lost on the way
    expect(() => dec.decode(clone(enc.encode(session.frame(100))))).toThrow(FrameOutOfSync);
    dec.reset();
    enc.encode(session.seek(5000));
    const back = clone(enc.encode(session.seek(1000)));
    expect(back.base).toBe(0);
    expect(dec.decode(back).snapshot.now).toBe(1000);
  });

  it("a big world at 10x: exact snapshots, unchanged fields keep identity, and a frame carries a fraction of the world", () => {
    const scenario = largeScenario();
    const session = new PlaygroundSession(scenario);
    session.setSpeed(10);
    const enc = new FrameEncoder();
    const dec = new FrameDecoder();
    let prev = dec.decode(clone(enc.encode(session.load(scenario))));
    let wireBytes = 0;
    let worldBytes = 0;
    for (let i = 0; i < 60; i++) {
      const frame = session.frame(16);
      const wire = clone(enc.encode(frame));
      const got = dec.decode(wire);
      expect(got.snapshot).toEqual(frame.snapshot);
      const prevConsumers = new Map(prev.snapshot.consumers.map((c) => [c.clientId, c]));
      for (const c of got.snapshot.consumers) {
        const before = prevConsumers.get(c.clientId)!;
        if (JSON.stringify(before.config) === JSON.stringify(c.config)) expect(c.config).toBe(before.config);
        if (JSON.stringify(before.assignment) === JSON.stringify(c.assignment)) expect(c.assignment).toBe(before.assignment);
      }
      for (const g of got.snapshot.groups) {
        const before = prev.snapshot.groups.find((x) => x.groupId === g.groupId)!;
        if (JSON.stringify(before.members) === JSON.stringify(g.members)) expect(g.members).toBe(before.members);
      }
      if (i >= 40) {
        wireBytes += JSON.stringify(wire.snapshot).length;
        worldBytes += JSON.stringify(frame.snapshot).length;
      }
      prev = got;
    }
    expect(wireBytes).toBeLessThan(worldBytes / 2);
  }, 60_000);

  it("records deleted by retention, and a log emptied by it, rebuild exactly", () => {
    const scenario = {
      version: 1 as const,
      topics: [{ name: "t", partitions: 3, retentionMs: 2000, segmentRecords: 2 }],
      producers: [{ topic: "t", perSecond: 4 }],
      groups: [{ groupId: "g", topics: ["t"], consumers: [{ clientId: "c" }] }],
      script: [{ at: 6000, command: { type: "setProducerRate" as const, topic: "t", perSecond: 0 } }],
    };
    const session = new PlaygroundSession(scenario);
    const enc = new FrameEncoder();
    const dec = new FrameDecoder();
    dec.decode(clone(enc.encode(session.load(scenario))));
    // Retention runs every log.retention.check.interval.ms (5 minutes): the clock goes past a few of them.
    let sawKeep = false;
    let sawShrink = false;
    let prevRecent = 0;
    for (let i = 0; i < 80; i++) {
      session.setSpeed(i < 30 ? 1 : 100);
      const frame = session.frame(250);
      const wire = clone(enc.encode(frame));
      for (const t of wire.snapshot.topics) if (!("same" in t)) for (const p of t.partitions) if (p && p.keep > 0) sawKeep = true;
      const got = dec.decode(wire);
      expect(got.snapshot).toEqual(frame.snapshot);
      const recent = frame.snapshot.topics.find((t) => t.name === "t")!.partitions.reduce((n, p) => n + p.recent.length, 0);
      if (recent < prevRecent) sawShrink = true;
      prevRecent = recent;
    }
    expect(sawKeep).toBe(true);
    expect(sawShrink).toBe(true);
  });
});
