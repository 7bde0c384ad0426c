/**
 * What the playground tells its host: which engine events are rebalances and commits, what counts as a change
 * of state, and the host's subscription filter.
 */
import type { SimEvent, Snapshot } from "../../engine/types";
import { EVENT_KINDS, type EventKind } from "./constants";

const REBALANCE_EVENTS = new Set(["rebalanceStarted", "assignmentComputed"]);
const COMMIT_EVENTS = new Set(["offsetsCommitted"]);

/** The kinds of message an engine event is sent as ("event" always; "rebalance" or "commit" as well). */
export function kindsOf(e: SimEvent): EventKind[] {
  const kinds: EventKind[] = ["event"];
  if (REBALANCE_EVENTS.has(e.type)) kinds.push("rebalance");
  if (COMMIT_EVENTS.has(e.type)) kinds.push("commit");
  return kinds;
}

export interface Subscription {
  readonly kinds: ReadonlySet<EventKind>;
  /** Engine event types sent as "event" (null: all). */
  readonly events: ReadonlySet<string> | null;
}

export const DEFAULT_SUBSCRIPTION: Subscription = { kinds: new Set(EVENT_KINDS), events: null };

export function wants(sub: Subscription, kind: EventKind, e?: SimEvent): boolean {
  if (!sub.kinds.has(kind)) return false;
  return kind !== "event" || !e || sub.events === null || sub.events.has(e.type);
}

/** The state a host sees: who is in which group, owning what, and the clock. Plain JSON. */
export interface EmbedState {
  readonly now: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly topics: readonly { readonly name: string; readonly partitions: number }[];
  readonly groups: readonly {
    readonly groupId: string;
    readonly state: string;
    readonly generationId: number;
    readonly protocol: string | null;
    readonly members: readonly { readonly clientId: string; readonly assignment: readonly string[] }[];
    readonly totalLag: number;
  }[];
  readonly consumers: readonly { readonly clientId: string; readonly groupId: string; readonly status: string }[];
}

export function stateOf(s: Snapshot, playing: boolean, speed: number): EmbedState {
  return {
    now: s.now,
    playing,
    speed,
    topics: s.topics.filter((t) => !t.internal).map((t) => ({ name: t.name, partitions: t.partitions.length })),
    groups: s.groups.map((g) => ({
      groupId: g.groupId,
      state: g.state,
      generationId: g.generationId,
      protocol: g.protocol,
      members: g.members.map((m) => ({ clientId: m.clientId, assignment: m.assignment.map(([t, p]) => `${t}-${p}`) })),
      totalLag: g.totalLag,
    })),
    consumers: s.consumers.map((c) => ({ clientId: c.clientId, groupId: c.groupId, status: c.status })),
  };
}

/** A key that changes when the state changes in a way worth telling (not the clock, not the lag). */
export function stateKey(st: EmbedState): string {
  return JSON.stringify([st.playing, st.speed, st.topics, st.groups.map((g) => [g.groupId, g.state, g.generationId, g.protocol, g.members]), st.consumers]);
}
