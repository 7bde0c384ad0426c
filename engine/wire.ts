/**
 * Frames as they cross the worker boundary. postMessage copies everything it sends, and in a big world most of
 * a snapshot is the same as the previous frame's: what did not change is left out, and the app rebuilds the
 * snapshot from its previous one (app/engine/frameDecoder.ts), keeping identity for what did not change.
 *
 * - a topic: `{ same }` when unchanged; otherwise its partitions, `null` for an unchanged one, and for a
 *   changed one only the records newer than those the receiver has (`keep` says how many of its own to keep);
 * - a group or a consumer: only the fields that changed (a group's offset rows likewise, field by field);
 * - a group's lag history: only the samples newer than the receiver's.
 */
import type { Frame } from "./session";
import type { ConsumerSnapshot, GroupOffsetRow, GroupSnapshot, LagSample, Millis, PartitionSnapshot, RecordView, Snapshot, TopicSnapshot } from "./types";

export interface WireFrame extends Omit<Frame, "snapshot"> {
  readonly snapshot: WireSnapshot;
  /** This frame's number, from 1 per encoder. */
  readonly seq: number;
  /** The frame this one is relative to (0: it stands alone). */
  readonly base: number;
}

export interface WireSnapshot extends Omit<Snapshot, "topics" | "groups" | "consumers"> {
  readonly topics: readonly WireTopic[];
  readonly groups: readonly WireGroup[];
  readonly consumers: readonly WireConsumer[];
}

/** A changed partition: `recent` holds only the records after the last `keep` of the receiver's. */
export type WirePartition = Omit<PartitionSnapshot, "recent"> & { readonly recent: readonly RecordView[]; readonly keep: number };

/** A topic unchanged since the base frame, or a topic whose unchanged partitions are sent as null. */
export type WireTopic = { readonly same: string } | (Omit<TopicSnapshot, "partitions"> & { readonly partitions: readonly (WirePartition | null)[] });

type GroupFields = Omit<GroupSnapshot, "groupId" | "lagHistory" | "offsets">;

/** A group's changed fields; `offsets` (when present) has null for an unchanged row and the changed fields of others. */
export interface WireGroup {
  readonly groupId: string;
  readonly changed: Partial<GroupFields>;
  readonly offsets?: readonly (Partial<GroupOffsetRow> | null)[];
  /** The lag samples newer than the base frame's; `lagLength` is the full history's length. */
  readonly lagTail: readonly LagSample[];
  readonly lagLength: number;
}

/** A consumer's changed fields (none: unchanged). */
export interface WireConsumer {
  readonly clientId: string;
  readonly changed: Partial<Omit<ConsumerSnapshot, "clientId">>;
}

/** Plain data (what snapshots are made of) compared by value. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** The fields of `next` that differ from `prev` (all of them without a `prev`), leaving out `skip`. */
function changedFields<T extends object>(prev: T | undefined, next: T, skip: readonly string[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(next) as (keyof T & string)[]) {
    if (skip.includes(k)) continue;
    if (!prev || !sameData(prev[k], next[k])) out[k] = next[k];
  }
  return out;
}

const GROUP_SKIP = ["groupId", "lagHistory", "offsets"];
const CONSUMER_SKIP = ["clientId"];
const NO_SKIP: readonly string[] = [];

function encodePartition(prev: PartitionSnapshot | undefined, p: PartitionSnapshot): WirePartition {
  const last = prev?.recent.at(-1)?.offset;
  if (!prev || last === undefined) return { ...p, keep: 0 };
  let i = 0;
  while (i < p.recent.length && p.recent[i].offset <= last) i++;
  // The records kept must be the receiver's newest ones, in order (always, unless the log was cut back).
  const from = prev.recent.length - i;
  for (let j = 0; j < i; j++) if (from < 0 || prev.recent[from + j].offset !== p.recent[j].offset) return { ...p, keep: 0 };
  return { ...p, recent: p.recent.slice(i), keep: i };
}

/** Encodes successive frames for one receiver, relative to the previous frame it was sent. */
export class FrameEncoder {
  private seq = 0;
  private prev: Snapshot | null = null;
  private lagTimes = new Map<string, Millis>();

  /** Forgets what the receiver has: the next frame stands alone. */
  reset(): void {
    this.prev = null;
    this.lagTimes.clear();
  }

  encode(frame: Frame): WireFrame {
    if (frame.reset) this.reset();
    const prev = this.prev;
    const base = prev === null ? 0 : this.seq;
    const seq = ++this.seq;
    const snap = frame.snapshot;
    const prevTopics = new Map(prev?.topics.map((t) => [t.name, t]));
    const topics = snap.topics.map((t): WireTopic => {
      const old = prevTopics.get(t.name);
      if (old === t) return { same: t.name };
      return { ...t, partitions: t.partitions.map((p, i) => (old && old.partitions[i] === p ? null : encodePartition(old?.partitions[i], p))) };
    });
    const prevGroups = new Map(prev?.groups.map((g) => [g.groupId, g]));
    const lagTimes = new Map<string, Millis>();
    const groups = snap.groups.map((g): WireGroup => {
      const old = prevGroups.get(g.groupId);
      const after = old === undefined ? undefined : this.lagTimes.get(g.groupId);
      lagTimes.set(g.groupId, g.lagHistory.at(-1)?.time ?? -1);
      const lagTail = after === undefined ? g.lagHistory : g.lagHistory.filter((s) => s.time > after);
      const out: WireGroup = { groupId: g.groupId, changed: changedFields(old, g, GROUP_SKIP), lagTail, lagLength: g.lagHistory.length };
      if (old && old.offsets === g.offsets) return out;
      const offsets = g.offsets.map((r, i) => {
        const o = old?.offsets[i];
        if (o && o.topic === r.topic && o.partition === r.partition) {
          const diff = changedFields(o, r, NO_SKIP);
          return Object.keys(diff).length === 0 ? null : diff;
        }
        return r;
      });
      const unchanged = old !== undefined && offsets.length === old.offsets.length && offsets.every((r) => r === null);
      return unchanged ? out : { ...out, offsets };
    });
    const prevConsumers = new Map(prev?.consumers.map((c) => [c.clientId, c]));
    const consumers = snap.consumers.map((c): WireConsumer => ({ clientId: c.clientId, changed: changedFields(prevConsumers.get(c.clientId), c, CONSUMER_SKIP) }));
    this.prev = snap;
    this.lagTimes = lagTimes;
    return { ...frame, seq, base, snapshot: { ...snap, topics, groups, consumers } };
  }
}
