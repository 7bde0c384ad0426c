/**
 * One partition's log: records at offsets from 0, stored column-wise so that millions of records stay cheap.
 * Retention deletes whole closed segments and moves `logStartOffset`, as Kafka's UnifiedLog#deleteOldSegments
 * does (retention.ms by the segment's largest timestamp, retention.bytes counted here in records); the active
 * segment is never deleted.
 */
import type { Millis, Offset, RecordView } from "../types";

export interface RetentionPolicy {
  readonly retentionMs: Millis | null;
  readonly retentionRecords: number | null;
  readonly segmentRecords: number;
}

export class PartitionLog {
  /** First offset still held. */
  logStartOffset: Offset = 0;
  /** Offset of the next appended record. */
  logEndOffset: Offset = 0;
  /** Bumped on every change, so snapshots can be reused while it stays the same. */
  version = 0;

  // Columns hold the records from `base` on; entries before `head` are deleted and dropped in bulk.
  private base: Offset = 0;
  private head = 0;
  private keys: (string | null)[] = [];
  private values: (string | null)[] = [];
  private timestamps: number[] = [];
  // Start offsets of closed segments still in the log (the active segment starts at activeStart).
  private segmentStarts: Offset[] = [];
  private activeStart: Offset = 0;

  constructor(readonly partition: number) {}

  append(key: string | null, value: string | null, timestamp: Millis, segmentRecords: number): Offset {
    if (this.logEndOffset - this.activeStart >= segmentRecords) {
      this.segmentStarts.push(this.activeStart);
      this.activeStart = this.logEndOffset;
    }
    this.keys.push(key);
    this.values.push(value);
    this.timestamps.push(timestamp);
    this.version++;
    return this.logEndOffset++;
  }

  get size(): number {
    return this.logEndOffset - this.logStartOffset;
  }

  has(offset: Offset): boolean {
    return offset >= this.logStartOffset && offset < this.logEndOffset;
  }

  keyAt(offset: Offset): string | null {
    return this.keys[offset - this.base];
  }

  timestampAt(offset: Offset): Millis {
    return this.timestamps[offset - this.base];
  }

  record(offset: Offset): RecordView | undefined {
    if (!this.has(offset)) return undefined;
    const i = offset - this.base;
    return { offset, key: this.keys[i], value: this.values[i], timestamp: this.timestamps[i] };
  }

  /** Records in [from, to), clipped to the log. */
  records(from: Offset, to: Offset): RecordView[] {
    const out: RecordView[] = [];
    for (let o = Math.max(from, this.logStartOffset); o < Math.min(to, this.logEndOffset); o++) out.push(this.record(o)!);
    return out;
  }

  /**
   * The earliest offset whose timestamp is at or after `timestamp` (ListOffsets by timestamp), or null when
   * every record is older. Timestamps are virtual append times, so they never decrease along the log.
   */
  offsetForTimestamp(timestamp: Millis): Offset | null {
    let lo = this.logStartOffset;
    let hi = this.logEndOffset;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timestampAt(mid) < timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.logEndOffset ? lo : null;
  }

  /**
   * Deletes closed segments that retention no longer allows; returns the new logStartOffset when it moved.
   * Follows UnifiedLog#deleteRetentionMsBreachedSegments and #deleteRetentionSizeBreachedSegments.
   */
  applyRetention(now: Millis, policy: RetentionPolicy): Offset | null {
    let newStart = this.logStartOffset;
    let size = this.size;
    const closed = this.segmentStarts;
    let i = 0;
    while (i < closed.length) {
      const segStart = Math.max(closed[i], newStart);
      const segEnd = i + 1 < closed.length ? closed[i + 1] : this.activeStart;
      const segSize = segEnd - segStart;
      const largestTimestamp = segSize > 0 ? this.timestampAt(segEnd - 1) : -Infinity;
      const byTime = policy.retentionMs !== null && now - largestTimestamp > policy.retentionMs;
      const bySize = policy.retentionRecords !== null && size - segSize >= policy.retentionRecords;
      if (!byTime && !bySize) break;
      newStart = segEnd;
      size -= segSize;
      i++;
    }
    if (i === 0) return null;
    closed.splice(0, i);
    this.truncateStart(newStart);
    return newStart;
  }

  /** Moves logStartOffset forward (deleteRecords / segment deletion). */
  truncateStart(newStart: Offset): void {
    if (newStart <= this.logStartOffset) return;
    this.logStartOffset = Math.min(newStart, this.logEndOffset);
    this.head = this.logStartOffset - this.base;
    this.version++;
    // Drop deleted entries in bulk once they are most of the arrays, so memory follows the live log.
    if (this.head > 1024 && this.head * 2 > this.keys.length) {
      this.keys = this.keys.slice(this.head);
      this.values = this.values.slice(this.head);
      this.timestamps = this.timestamps.slice(this.head);
      this.base = this.logStartOffset;
      this.head = 0;
    }
  }
}
