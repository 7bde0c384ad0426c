/** Small readers over snapshots and events, for writing lesson checks that read like the prompt. */
import type { ConsumerSnapshot, GroupSnapshot, SimEvent, Snapshot } from "../../engine/types";

export const group = (s: Snapshot, id: string): GroupSnapshot | undefined => s.groups.find((g) => g.groupId === id);
export const consumer = (s: Snapshot, id: string): ConsumerSnapshot | undefined => s.consumers.find((c) => c.clientId === id);
export const topic = (s: Snapshot, name: string) => s.topics.find((t) => t.name === name);

export const isStable = (s: Snapshot, id: string): boolean => group(s, id)?.state === "Stable";
export const memberIds = (s: Snapshot, id: string): string[] => group(s, id)?.members.map((m) => m.clientId) ?? [];
export const isMember = (s: Snapshot, groupId: string, clientId: string): boolean => memberIds(s, groupId).includes(clientId);

/** Number of partitions each member of a group owns, by client id. */
export function ownedCounts(s: Snapshot, id: string): Map<string, number> {
  return new Map(group(s, id)?.members.map((m) => [m.clientId, m.assignment.length]) ?? []);
}

/** True when every partition of `topicName` is owned by a member of the group. */
export function allPartitionsOwned(s: Snapshot, groupId: string, topicName: string): boolean {
  const t = topic(s, topicName);
  const g = group(s, groupId);
  if (!t || !g) return false;
  const owned = new Set(g.members.flatMap((m) => m.assignment.filter(([tp]) => tp === topicName).map(([, p]) => p)));
  return t.partitions.every((p) => owned.has(p.partition));
}

export const happened = (events: readonly SimEvent[], type: string, where: Partial<Pick<SimEvent, "consumer" | "group">> = {}): boolean =>
  events.some((e) => e.type === type && (where.consumer === undefined || e.consumer === where.consumer) && (where.group === undefined || e.group === where.group));

export function lastOf(events: readonly SimEvent[], type: string, where: Partial<Pick<SimEvent, "consumer" | "group">> = {}): SimEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type === type && (where.consumer === undefined || e.consumer === where.consumer) && (where.group === undefined || e.group === where.group)) return e;
  }
  return undefined;
}

export const lagOf = (s: Snapshot, groupId: string, topicName: string, partition: number): number | null | undefined =>
  group(s, groupId)?.offsets.find((o) => o.topic === topicName && o.partition === partition)?.lag;
