/**
 * __consumer_offsets: where the group coordinator writes commits and group metadata. A real topic here, with
 * offsets.topic.num.partitions = 50 partitions; a group's partition is Utils.abs(groupId.hashCode()) % 50
 * (GroupCoordinatorService#partitionFor). Records follow OffsetCommitKey/Value and GroupMetadataKey/Value
 * (group-coordinator/src/main/resources/common/message/); tombstones have a null value. cleanup.policy=compact:
 * the cleaner keeps the newest record per key outside the active segment (LogCleaner), leaving offset gaps.
 */
import { offsetsPartitionFor } from "../partitioner";
import { tpKey } from "./tpKey";
import type { Millis, Offset, OffsetsRecordView, PartitionSnapshot, RecordView, TopicSnapshot } from "../types";

export const OFFSETS_TOPIC = "__consumer_offsets";
export const OFFSETS_TOPIC_PARTITIONS = 50;
/** The cleaner compacts once at least this share of the cleanable log is superseded (min.cleanable.dirty.ratio). */
const MIN_CLEANABLE_DIRTY_RATIO = 0.5;
const RECENT = 48;
/** log.cleaner.delete.retention.ms: how long a tombstone survives compaction. */
const DELETE_RETENTION_MS = 86_400_000;

type Key = OffsetsRecordView["key"];
type Value = OffsetsRecordView["value"];

interface Entry {
  readonly offset: Offset;
  readonly timestamp: Millis;
  readonly keyId: string;
  readonly key: Key;
  readonly value: Value;
  /** A tombstone's delete horizon, set by the first cleaning that kept it (KIP-534: RecordBatch#deleteHorizonMs). */
  readonly deleteHorizon?: Millis;
}

class CompactedPartition {
  entries: Entry[] = [];
  logStartOffset = 0;
  logEndOffset = 0;
  version = 0;
  /** Entries from this index on form the active segment, which the cleaner never touches. */
  private activeFrom = 0;
  /** Entries before this index were cleaned already (the cleaner checkpoint, firstDirtyOffset). */
  private firstDirty = 0;
  private latest = new Map<string, Offset>();
  cache: { version: number; snap: PartitionSnapshot } | null = null;

  constructor(readonly partition: number, private readonly segmentRecords: number) {}

  append(key: Key, value: Value, timestamp: Millis, keyId: string = keyIdOf(key)): Offset {
    const offset = this.logEndOffset++;
    if (this.entries.length - this.activeFrom >= this.segmentRecords) this.activeFrom = this.entries.length;
    this.entries.push({ offset, timestamp, keyId, key, value });
    this.latest.set(keyId, offset);
    this.version++;
    this.maybeClean(timestamp);
    return offset;
  }

  /**
   * LogCleanerManager#grabFilthiestCompactedLog picks the log once its cleanable ratio (records after the cleaner
   * checkpoint / all records outside the active segment) exceeds min.cleanable.dirty.ratio; LogCleaner then keeps,
   * of the records before the active segment, the newest one per key (Cleaner#shouldRetainRecord: a record whose
   * key comes again later in the active segment still stays), and drops tombstones past their delete horizon.
   */
  private maybeClean(now: Millis): void {
    const cleanable = this.activeFrom;
    if (cleanable === 0 || (cleanable - this.firstDirty) / cleanable <= MIN_CLEANABLE_DIRTY_RATIO) return;
    const newest = new Map<string, Offset>();
    for (let i = 0; i < cleanable; i++) newest.set(this.entries[i].keyId, this.entries[i].offset);
    const head: Entry[] = [];
    for (let i = 0; i < cleanable; i++) {
      const e = this.entries[i];
      if (newest.get(e.keyId) !== e.offset) continue; // superseded by a newer record of the same key
      if (e.value === null) {
        // A tombstone stays for delete.retention.ms (1 day) after the first cleaning, so that readers see the delete.
        if (e.deleteHorizon === undefined) head.push({ ...e, deleteHorizon: now + DELETE_RETENTION_MS });
        else if (now < e.deleteHorizon) head.push(e);
        else if (this.latest.get(e.keyId) === e.offset) this.latest.delete(e.keyId);
        continue;
      }
      head.push(e);
    }
    this.entries = head.concat(this.entries.slice(cleanable));
    this.activeFrom = head.length;
    this.firstDirty = head.length;
    // Compaction leaves the log start offset where it was: only retention and DeleteRecords move it.
    this.version++;
  }

  latestValue(keyId: string): Value | undefined {
    const off = this.latest.get(keyId);
    if (off === undefined) return undefined;
    return this.entries.find((e) => e.offset === off)?.value;
  }
}

function keyIdOf(key: Key): string {
  return key.kind === "offset" ? `o\u0000${key.group}\u0000${key.topic}\u0000${key.partition}` : `g\u0000${key.group}`;
}

export class OffsetsTopic {
  readonly partitions: CompactedPartition[];
  private topicCache: { versions: number[]; snap: TopicSnapshot } | null = null;
  /** Per group: its partition, and one key object (with its id) per committed partition, made once. */
  private readonly groupCache = new Map<string, { partition: number; keys: Map<string, { key: Key; id: string }> }>();

  constructor(private readonly segmentRecords = 100) {
    this.partitions = Array.from({ length: OFFSETS_TOPIC_PARTITIONS }, (_, p) => new CompactedPartition(p, segmentRecords));
  }

  private cacheOf(group: string): { partition: number; keys: Map<string, { key: Key; id: string }> } {
    let c = this.groupCache.get(group);
    if (!c) this.groupCache.set(group, (c = { partition: offsetsPartitionFor(group, OFFSETS_TOPIC_PARTITIONS), keys: new Map() }));
    return c;
  }

  partitionOf(group: string): number {
    return this.cacheOf(group).partition;
  }

  /** Appends an OffsetCommit record (or its tombstone when `offset` is null). */
  writeOffset(group: string, topic: string, partition: number, offset: Offset | null, now: Millis, leaderEpoch = -1, metadata = ""): Offset {
    const value: Value = offset === null ? null : { offset, leaderEpoch, metadata, commitTimestamp: now };
    const c = this.cacheOf(group);
    const k = tpKey(topic, partition);
    let key = c.keys.get(k);
    if (!key) {
      const record: Key = { kind: "offset", group, topic, partition };
      c.keys.set(k, (key = { key: record, id: keyIdOf(record) }));
    }
    return this.partitions[c.partition].append(key.key, value, now, key.id);
  }

  /** Appends a GroupMetadata record (or its tombstone). */
  writeGroup(group: string, value: Extract<Value, { protocolType: string }> | null, now: Millis): Offset {
    return this.partitions[this.partitionOf(group)].append({ kind: "group", group }, value, now);
  }

  /** The newest records of one partition, oldest first, as the offsets viewer shows them. */
  records(partition: number, limit = RECENT): OffsetsRecordView[] {
    const entries = this.partitions[partition].entries;
    return entries.slice(Math.max(0, entries.length - limit)).map(({ offset, timestamp, key, value }) => ({ offset, timestamp, key, value }));
  }

  /** Every record of a group still in the log, oldest first. */
  recordsOf(group: string): OffsetsRecordView[] {
    return this.partitions[this.partitionOf(group)].entries
      .filter((e) => e.key.group === group)
      .map(({ offset, timestamp, key, value }) => ({ offset, timestamp, key, value }));
  }

  snapshot(): TopicSnapshot {
    const versions = this.partitions.map((p) => p.version);
    if (this.topicCache && this.topicCache.versions.every((v, i) => v === versions[i])) return this.topicCache.snap;
    const partitions = this.partitions.map((p) => {
      if (p.cache && p.cache.version === p.version) return p.cache.snap;
      const snap: PartitionSnapshot = {
        partition: p.partition,
        logStartOffset: p.logStartOffset,
        logEndOffset: p.logEndOffset,
        recent: p.entries.slice(Math.max(0, p.entries.length - RECENT)).map(toRecordView),
      };
      p.cache = { version: p.version, snap };
      return snap;
    });
    const snap: TopicSnapshot = {
      name: OFFSETS_TOPIC,
      internal: true,
      config: { retentionMs: null, retentionRecords: null, segmentRecords: this.segmentRecords, cleanupPolicy: "compact" },
      partitions,
      producer: null,
    };
    this.topicCache = { versions, snap };
    return snap;
  }
}

/** The record as kafka-console-consumer's offsets formatter prints key and value (JSON). */
function toRecordView(e: Entry): RecordView {
  const key = e.key.kind === "offset"
    ? JSON.stringify({ type: 1, data: { group: e.key.group, topic: e.key.topic, partition: e.key.partition } })
    : JSON.stringify({ type: 2, data: { group: e.key.group } });
  return { offset: e.offset, key, value: e.value === null ? null : JSON.stringify(e.value), timestamp: e.timestamp };
}
