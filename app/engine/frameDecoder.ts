/**
 * Rebuilds full frames from the worker's wire frames (engine/session.ts FrameEncoder): unchanged topics and
 * partitions are taken from the previous snapshot, lag histories are extended by their new samples, and groups
 * and consumers share structure with the previous ones, so identity means "unchanged" on this side too.
 */
import type { Frame, WireFrame } from "../../engine/session";
import type { GroupSnapshot, Snapshot, TopicSnapshot } from "../../engine/types";
import { shareEqual } from "./shareEqual";

export class FrameOutOfSync extends Error {}

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
        if (p) return p;
        const q = old?.partitions[i];
        if (!q) throw new FrameOutOfSync(`partition ${t.name}-${i} is unknown`);
        return q;
      });
      return { ...t, partitions };
    });
    const prevGroups = new Map(prev?.groups.map((g) => [g.groupId, g]));
    const groups = wire.snapshot.groups.map((g): GroupSnapshot => {
      const { lagTail, lagLength, ...rest } = g;
      const old = prevGroups.get(g.groupId);
      const lagHistory = !old ? lagTail : lagTail.length === 0 && old.lagHistory.length === lagLength ? old.lagHistory : [...old.lagHistory, ...lagTail].slice(-lagLength);
      const next: GroupSnapshot = { ...rest, lagHistory };
      return old ? shareEqual(old, next) : next;
    });
    const consumers = shareEqual(prev?.consumers, wire.snapshot.consumers);
    const snapshot: Snapshot = { ...wire.snapshot, topics, groups: shareEqual(prev?.groups, groups), consumers };
    this.prev = snapshot;
    this.seq = wire.seq;
    const { seq: _seq, base: _base, snapshot: _s, ...rest } = wire;
    return { ...rest, snapshot };
  }
}
