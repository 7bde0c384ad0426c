/**
 * __consumer_offsets (PROTOCOL.md 2.2): 50 partitions, a group's partition Utils.abs(groupId.hashCode()) % 50,
 * OffsetCommit and GroupMetadata records, compaction (LogCleaner), tombstones from DeleteGroups and from offset
 * expiry (GroupCoordinatorShard#cleanupGroupMetadata).
 */
import { describe, expect, it } from "vitest";
import { offsetsPartitionFor } from "../partitioner";
import { DEFAULT_BROKER_CONFIG } from "../world";
import { sim, type Driver } from "../testing/driver";
import type { OffsetsRecordView } from "../types";

const keyOf = (r: OffsetsRecordView): string => (r.key.kind === "group" ? `group:${r.key.group}` : `offset:${r.key.group}/${r.key.topic}-${r.key.partition}`);

describe("which partition holds a group", () => {
  it("is Utils.abs(groupId.hashCode()) % 50", () => {
    // String.hashCode: my-group -1906497762, test-group 627841412, group1 -1237460590, foo 101574 (Java 17).
    expect(offsetsPartitionFor("my-group")).toBe(12);
    expect(offsetsPartitionFor("test-group")).toBe(12);
    expect(offsetsPartitionFor("group1")).toBe(40);
    expect(offsetsPartitionFor("foo")).toBe(24);
    // GroupCoordinatorServiceTest: assertEquals(Utils.abs("foo".hashCode()) % 10, service.partitionFor("foo")).
    expect(offsetsPartitionFor("foo", 10)).toBe(4);
    // "polygenelubricants".hashCode() is Integer.MIN_VALUE: Utils.abs gives 0 (Math.abs would stay negative).
    expect(offsetsPartitionFor("polygenelubricants")).toBe(0);
  });

  it("is what the group snapshot and the commit events name", () => {
    const d = sim(7).topic("t", 1).produce("t", 5);
    for (const g of ["my-group", "group1", "polygenelubricants"]) d.consumer(g, `${g}-c`, ["t"], { fromBeginning: true });
    d.advance(10_000);
    for (const [g, p] of [["my-group", 12], ["group1", 40], ["polygenelubricants", 0]] as const) {
      expect(d.group(g).offsetsPartition).toBe(p);
      const commit = d.events("offsetsCommitted").find((e) => e.group === g)!;
      expect(commit.message).toContain(`→ __consumer_offsets-${p}`);
      expect(d.offsetsLog(g).length).toBeGreaterThan(0);
      const part = d.topicSnap("__consumer_offsets").partitions[p];
      expect(part.logEndOffset).toBeGreaterThan(0);
    }
  });
});

describe("the topic", () => {
  it("is an internal, compacted topic with 50 partitions, listed among the topics", () => {
    const t = sim(7).topicSnap("__consumer_offsets");
    expect(t.internal).toBe(true);
    expect(t.partitions).toHaveLength(50);
    expect(t.config.cleanupPolicy).toBe("compact");
    expect(t.partitions.map((p) => p.partition)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("cannot be written to or created by hand", () => {
    const d = sim(7);
    expect(d.attempt({ type: "produce", topic: "__consumer_offsets" })).not.toBeNull();
    expect(d.attempt({ type: "createTopic", topic: "__consumer_offsets", partitions: 1 })).toMatch(/reserved/);
    expect(d.attempt({ type: "addConsumer", group: "__g", topics: ["x"] })).not.toBeNull();
  });
});

describe("records", () => {
  it("each commit appends OffsetCommitKey(group, topic, partition) → OffsetCommitValue(offset, leaderEpoch, metadata, commitTimestamp)", () => {
    const d = sim(7).topic("t", 2).produce("t", 6);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true, autoCommit: false }).advance(10_000);
    const commits = d.offsetsLog("my-group").filter((r) => r.key.kind === "offset");
    const events = d.events("offsetsCommitted");
    expect(commits).toHaveLength(6);
    expect(events).toHaveLength(6);
    for (const [i, r] of commits.entries()) {
      const [topic, partition, offset] = (events[i].data!.offsets as Array<[string, number, number]>)[0];
      expect(r.key).toEqual({ kind: "offset", group: "my-group", topic, partition });
      expect(r.value).toEqual({ offset, leaderEpoch: -1, metadata: "", commitTimestamp: events[i].time });
      expect(r.timestamp).toBe(events[i].time);
    }
    // kafka-console-consumer's offsets formatter view of the same record.
    const part = d.topicSnap("__consumer_offsets").partitions[12];
    const last = part.recent[part.recent.length - 1];
    const lastCommit = commits[commits.length - 1];
    expect(last.offset).toBe(lastCommit.offset);
    expect(JSON.parse(last.key!)).toEqual({ type: 1, data: { group: "my-group", topic: lastCommit.key.kind === "offset" && lastCommit.key.topic, partition: lastCommit.key.kind === "offset" && lastCommit.key.partition } });
    expect(JSON.parse(last.value!)).toEqual(lastCommit.value);
  });

  it("a GroupMetadata record follows each generation: Stable with its members, Empty with none", () => {
    const d = sim(7).topic("t", 2);
    d.consumer("g", "a", ["t"]).advance(5000).stop("a").advance(100);
    const meta = d.offsetsLog("g").filter((r) => r.key.kind === "group");
    expect(meta.map((r) => r.value)).toEqual([
      { protocolType: "consumer", generation: 1, protocol: "range", leader: d.events("memberJoined")[0].data!.memberId, members: 1 },
      { protocolType: "consumer", generation: 2, protocol: null, leader: null, members: 0 },
    ]);
  });

  it("offsets in the log never repeat and only grow", () => {
    const d = sim(7).topic("t", 3).rate("t", 30);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true }).consumer("test-group", "b", ["t"], { autoCommit: false }).advance(60_000);
    const part = d.topicSnap("__consumer_offsets").partitions[12];
    const all = [...d.offsetsLog("my-group"), ...d.offsetsLog("test-group")].map((r) => r.offset).sort((a, b) => a - b);
    for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThan(all[i - 1]);
    expect(all[all.length - 1]).toBe(part.logEndOffset - 1);
  });
});

describe("compaction (cleanup.policy=compact)", () => {
  /** 250 per-record commits of one partition: 251 records (the first is the GroupMetadata record). */
  function manyCommits(): Driver {
    const d = sim(7).topic("t", 1).produce("t", 250);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true, autoCommit: false }).advance(10_000);
    expect(d.topicSnap("__consumer_offsets").config.segmentRecords).toBe(100);
    return d;
  }

  it("keeps the newest record per key outside the active segment, leaving gaps in the offsets", () => {
    const d = manyCommits();
    const part = d.topicSnap("__consumer_offsets").partitions[12];
    expect(part.logEndOffset).toBe(251);
    // Segments hold 100 records: [0, 100) and [100, 200) were cleaned, [200, 251) is the active segment.
    const offsets = d.offsetsLog("my-group").map((r) => r.offset);
    expect(offsets).toEqual([0, 199, ...Array.from({ length: 51 }, (_, i) => 200 + i)]);
    const cleaned = d.offsetsLog("my-group").filter((r) => r.offset < 200);
    expect(new Set(cleaned.map(keyOf)).size).toBe(cleaned.length);
  });

  it("keeps the last record of a key in the cleaned part even though a newer one sits in the active segment (Cleaner#shouldRetainRecord)", () => {
    const d = manyCommits();
    const r199 = d.offsetsLog("my-group").find((r) => r.offset === 199)!;
    expect(r199.key).toEqual({ kind: "offset", group: "my-group", topic: "t", partition: 0 });
    expect(r199.value).toMatchObject({ offset: 199 });
  });

  it("does not move the log start offset, even when it cleans away the first records", () => {
    const d = sim(7).topic("t", 1).produce("t", 50);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true, autoCommit: false }).advance(10_000);
    d.stop("a").advance(100).restart("a").advance(10_000).produce("t", 100).advance(10_000);
    const log = d.offsetsLog("my-group");
    // The generation-1 GroupMetadata record at offset 0 was superseded and cleaned away...
    expect(log[0].offset).toBeGreaterThan(0);
    // ...but only retention and DeleteRecords move the log start offset (UnifiedLog#maybeIncrementLogStartOffset).
    expect(d.topicSnap("__consumer_offsets").partitions[12].logStartOffset).toBe(0);
  });

  it("the newest record of each key is the committed offset", () => {
    const d = manyCommits();
    const newest = new Map<string, OffsetsRecordView>();
    for (const r of d.offsetsLog("my-group")) newest.set(keyOf(r), r);
    expect(newest.get("offset:my-group/t-0")!.value).toMatchObject({ offset: d.committed("my-group", "t", 0) });
    expect(d.committed("my-group", "t", 0)).toBe(250);
  });

  it("cleans the log again only once the part written since the last cleaning outweighs the cleaned part (min.cleanable.dirty.ratio 0.5)", () => {
    const d = sim(7).topic("t", 60).produce("t", 60);
    // 60 partitions, one record each: 60 distinct keys per round of commits.
    d.consumer("my-group", "a", ["t"], { fromBeginning: true, autoCommit: false }).advance(10_000);
    const before = d.offsetsLog("my-group").length;
    expect(before).toBe(61);
    d.produce("t", 60).advance(10_000);
    // 121 records: segment [0, 100) was cleaned at the roll; each of its keys appears once.
    const log = d.offsetsLog("my-group");
    const cleaned = log.filter((r) => r.offset < 100);
    expect(new Set(cleaned.map(keyOf)).size).toBe(cleaned.length);
    expect(d.topicSnap("__consumer_offsets").partitions[12].logEndOffset).toBe(121);
  });
});

describe("tombstones", () => {
  it("deleteGroup writes a tombstone for every committed offset, then one for the group", () => {
    const d = sim(7).topic("t", 2).produce("t", 4);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true }).advance(10_000).stop("a").advance(100);
    const before = d.offsetsLog("my-group").length;
    d.do({ type: "deleteGroup", group: "my-group" });
    const added = d.offsetsLog("my-group").slice(before);
    expect(added.map((r) => [keyOf(r), r.value])).toEqual([
      ["offset:my-group/t-0", null],
      ["offset:my-group/t-1", null],
      ["group:my-group", null],
    ]);
    expect(d.sim.snapshot().groups.map((g) => g.groupId)).toEqual([]);
  });

  it("a tombstone survives compaction for delete.retention.ms (1 day), then disappears", () => {
    const d = sim(7).topic("t", 1).produce("t", 3);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true }).advance(10_000).stop("a").advance(100);
    d.do({ type: "deleteGroup", group: "my-group" });
    // test-group shares partition 12; an idle Java consumer still auto-commits every 5 s, so the log keeps rolling.
    d.consumer("test-group", "b", ["t"], {}).advance(3_600_000);
    const mine = d.offsetsLog("my-group");
    expect(mine.map((r) => [keyOf(r), r.value])).toEqual([
      ["offset:my-group/t-0", null],
      ["group:my-group", null],
    ]);
    d.advance(86_400_000);
    expect(d.offsetsLog("my-group")).toEqual([]);
    expect(d.offsetsLog("test-group").length).toBeGreaterThan(0);
  });
});

describe("offset expiry (offsets.retention.minutes)", () => {
  const broker = { offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 };

  it("an Empty group's offsets expire retention after it became Empty; then the group is deleted", () => {
    const d = sim(7, broker).topic("t", 2).produce("t", 4);
    d.consumer("my-group", "a", ["t"], { fromBeginning: true }).advance(10_000).stop("a").advance(100);
    const emptyAt = d.events("groupStateChanged").filter((e) => e.data!.to === "Empty").pop()!.time;
    d.advanceUntil(() => emptyAt + 60_000 <= d.sim.now() - 1, 120_000, 1000);
    d.advanceUntil(() => d.events("offsetsExpired").length > 0, 20_000, 100);
    const expired = d.events("offsetsExpired")[0];
    expect(expired.time).toBeGreaterThanOrEqual(emptyAt + 60_000);
    expect(expired.time).toBeLessThan(emptyAt + 60_000 + 10_000);
    expect(expired.time % 10_000).toBe(0);
    expect(d.maybeGroup("my-group")).toBeUndefined();
    expect(d.events("groupDeleted")[0].message).toContain("all its offsets expired");
    const tail = d.offsetsLog("my-group").slice(-3);
    expect(tail.map((r) => [keyOf(r), r.value, r.timestamp])).toEqual([
      ["offset:my-group/t-0", null, expired.time],
      ["offset:my-group/t-1", null, expired.time],
      ["group:my-group", null, expired.time],
    ]);
  });

  it("the offsets of an Empty group are kept until then, however old their commits", () => {
    const d = sim(7, broker).topic("t", 1).produce("t", 4);
    // Committed at ~8 s, then idle (unchanged auto commits) for two minutes before stopping.
    d.consumer("g", "a", ["t"], { fromBeginning: true }).advance(120_000).stop("a").advance(100);
    d.advance(50_000);
    expect(d.committed("g", "t", 0)).toBe(4);
    expect(d.events("offsetsExpired")).toHaveLength(0);
  });

  it("a Stable group keeps the offsets of topics it subscribes to, and loses those of a topic it dropped", () => {
    const d = sim(7, broker).topic("a", 1).topic("b", 1).produce("a", 3).produce("b", 3);
    d.consumer("g", "c", ["a", "b"], { fromBeginning: true }).advance(10_000);
    d.do({ type: "unsubscribe", consumer: "c", topics: ["b"] }).advance(5000);
    const lastCommitOfB = d.events("offsetsCommitted").filter((e) => (e.data!.offsets as Array<[string]>).some(([t]) => t === "b")).pop()!.time;
    d.advanceUntil(() => d.events("offsetsExpired").length > 0, 120_000, 100);
    const expired = d.events("offsetsExpired")[0];
    expect(expired.message).toContain("b-0");
    expect(expired.message).not.toContain("a-0");
    expect(expired.time - lastCommitOfB).toBeGreaterThanOrEqual(60_000);
    expect(expired.time - lastCommitOfB).toBeLessThan(70_000);
    d.advance(300_000);
    expect(d.group("g").state).toBe("Stable");
    expect(d.committed("g", "a", 0)).toBe(3);
    expect(d.committed("g", "b", 0)).toBeNull();
  });

  it("a group that only an admin tool wrote to expires each offset retention after its own commit", () => {
    const d = sim(7, broker).topic("t", 2).produce("t", 10);
    d.do({ type: "resetOffsets", group: "ops", topic: "t", partitions: [0], to: { kind: "offset", offset: 3 } });
    d.advance(40_000);
    d.do({ type: "resetOffsets", group: "ops", topic: "t", partitions: [1], to: { kind: "offset", offset: 4 } });
    d.advance(30_000);
    expect(d.committed("ops", "t", 0)).toBeNull();
    expect(d.committed("ops", "t", 1)).toBe(4);
    d.advance(40_000);
    expect(d.maybeGroup("ops")).toBeUndefined();
  });

  it("an Empty group that never committed is deleted at the next check", () => {
    const d = sim(7, broker).topic("t", 1);
    d.consumer("g", "a", ["t"], { autoOffsetReset: "none" }).advance(5000);
    expect(d.group("g").state).toBe("Empty");
    d.advanceUntil(() => d.maybeGroup("g") === undefined, 20_000, 100);
    expect(d.events("groupDeleted")[0].time % 10_000).toBe(0);
    expect(d.offsetsLog("g").slice(-1).map((r) => [keyOf(r), r.value])).toEqual([["group:g", null]]);
    expect(d.events("offsetsExpired")).toHaveLength(0);
  });

  it("uses Kafka's defaults: offsets.retention.minutes 10080 (7 days), offsets.retention.check.interval.ms 600000", () => {
    expect(DEFAULT_BROKER_CONFIG.offsetsRetentionMs).toBe(10080 * 60_000);
    expect(DEFAULT_BROKER_CONFIG.offsetsRetentionCheckIntervalMs).toBe(600_000);
    // The first checks come every 10 minutes; an Empty group's offsets are still there a while later.
    const d = sim(7).topic("t", 1).produce("t", 2);
    d.consumer("g", "a", ["t"], { fromBeginning: true }).advance(10_000).stop("a").advance(3_600_000);
    expect(d.committed("g", "t", 0)).toBe(2);
  });
});
