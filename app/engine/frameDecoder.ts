/**
 * Rebuilds full frames from the worker's wire frames (engine/wire.ts FrameEncoder): unchanged topics and
 * partitions are taken from the previous snapshot, new records are added to the ones kept, groups, offset rows
 * and consumers take their unchanged fields from the previous ones, and lag histories are extended by their new
 * samples. What did not change keeps its identity, so identity means "unchanged" on this side too.
 */
import type { Frame } from "../../engine/session";
import type { ConsumerSnapshot, GroupOffsetRow, GroupSnapshot, PartitionSnapshot, Snapshot, TopicSnapshot } from "../../engine/types";
import type { WireConsumer, WireFrame, WireGroup, WirePartition } from "../../engine/wire";

export class FrameOutOfSync extends Error {}

function decodePartition(old: PartitionSnapshot | undefined, p: WirePartition): PartitionSnapshot {
  const { keep, recent, ...rest } = p;
  if (keep === 0) return { ...rest, recent };
  if (!old || old.recent.length < keep) throw new FrameOutOfSync(`partition ${p.partition} keeps ${keep} records it does not have`);
  return { ...rest, recent: [...old.recent.slice(old.recent.length - keep), ...recent] };
}

function decodeGroup(old: GroupSnapshot | undefined, g: WireGroup): GroupSnapshot {
  const { groupId, changed, offsets: wireRows, lagTail, lagLength } = g;
  if (!old && (wireRows === undefined || Object.keys(changed).length === 0)) throw new FrameOutOfSync(`group ${groupId} is unknown`);
  const unchangedFields = Object.keys(changed).length === 0;
  if (old && unchangedFields && wireRows === undefined && lagTail.length === 0 && old.lagHistory.length === lagLength) return old;
  let offsets: readonly GroupOffsetRow[] = old?.offsets ?? [];
  if (wireRows) {
    offsets = wireRows.map((r, i) => {
      const o = old?.offsets[i];
      if (r === null) {
        if (!o) throw new FrameOutOfSync(`offset row ${i} of group ${groupId} is unknown`);
        return o;
      }
      return o ? ({ ...o, ...r } as GroupOffsetRow) : (r as GroupOffsetRow);
    });
  }
  const lagHistory = !old ? lagTail : lagTail.length === 0 && old.lagHistory.length === lagLength ? old.lagHistory : [...old.lagHistory, ...lagTail].slice(-lagLength);
  return { ...(old as GroupSnapshot), ...(changed as Partial<GroupSnapshot>), groupId, offsets, lagHistory };
}

function decodeConsumer(old: ConsumerSnapshot | undefined, c: WireConsumer): ConsumerSnapshot {
  if (Object.keys(c.changed).length === 0) {
    if (!old) throw new FrameOutOfSync(`consumer ${c.clientId} is unknown`);
    return old;
  }
  return { ...(old as ConsumerSnapshot), ...(c.changed as Partial<ConsumerSnapshot>), clientId: c.clientId };
}

/** The same array when every element is the same, so a list that did not change keeps its identity. */
function sameList<T>(prev: readonly T[] | undefined, next: T[]): readonly T[] {
  return prev && prev.length === next.length && next.every((x, i) => x === prev[i]) ? prev : next;
}

export class FrameDecoder {
  private seq = 0;
  private prev: Snapshot | null = null;

  reset(): void {
    this.seq = 0;
    this.prev = null;
  }

  decode(wire: WireFrame): Frame {
    if (wire.base !== 0 && (wire.base !== this.seq || !this.prev)) throw new FrameOutOfSync(`frame ${wire.seq} is relative to ${wire.base}, but ${this.seq} is the last one decoded`);
    const prev = wire.base === 0 ? null : this.prev;
    const prevTopics = new Map(prev?.topics.map((t) => [t.name, t]));
    const topics = wire.snapshot.topics.map((t): TopicSnapshot => {
      if ("same" in t) {
        const old = prevTopics.get(t.same);
        if (!old) throw new FrameOutOfSync(`topic ${t.same} is unknown`);
        return old;
      }
      const old = prevTopics.get(t.name);
      const partitions = t.partitions.map((p, i) => {
        const q = old?.partitions[i];
        if (p) return decodePartition(q, p);
        if (!q) throw new FrameOutOfSync(`partition ${t.name}-${i} is unknown`);
        return q;
      });
      return { ...t, partitions };
    });
    const prevGroups = new Map(prev?.groups.map((g) => [g.groupId, g]));
    const groups = wire.snapshot.groups.map((g) => decodeGroup(prevGroups.get(g.groupId), g));
    const prevConsumers = new Map(prev?.consumers.map((c) => [c.clientId, c]));
    const consumers = wire.snapshot.consumers.map((c) => decodeConsumer(prevConsumers.get(c.clientId), c));
    const snapshot: Snapshot = { ...wire.snapshot, topics, groups: sameList(prev?.groups, groups), consumers: sameList(prev?.consumers, consumers) };
    this.prev = snapshot;
    this.seq = wire.seq;
    const { seq: _seq, base: _base, snapshot: _s, ...rest } = wire;
    return { ...rest, snapshot };
  }
}
