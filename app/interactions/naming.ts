/**
 * Names for what the playground creates: short client ids in the style of the group's existing ones
 * (consumer-4, analytics-2), and the next free group id (service-c, ...).
 */
import type { Snapshot } from "../../engine/types";

export function nextClientId(snapshot: Snapshot | null, groupId: string): string {
  const taken = new Set(snapshot?.consumers.map((c) => c.clientId));
  const inGroup = snapshot?.consumers.filter((c) => c.groupId === groupId) ?? [];
  const prefix = inGroup.map((c) => /^(.*)-\d+$/.exec(c.clientId)?.[1]).find((p) => p !== undefined) ?? (groupId.startsWith("service-") ? "consumer" : groupId);
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function nextGroupId(snapshot: Snapshot | null): string {
  const taken = new Set([...(snapshot?.groups.map((g) => g.groupId) ?? []), ...(snapshot?.consumers.map((c) => c.groupId) ?? [])]);
  for (const letter of "abcdefghijklmnopqrstuvwxyz") if (!taken.has(`service-${letter}`)) return `service-${letter}`;
  for (let n = 1; ; n++) if (!taken.has(`group-${n}`)) return `group-${n}`;
}

/** The topics a new consumer of a group subscribes to: the group's, else the first user topic. */
export function topicsForGroup(snapshot: Snapshot | null, groupId: string | null): string[] {
  const subs = new Set<string>();
  for (const c of snapshot?.consumers ?? []) if (c.groupId === groupId) for (const t of c.subscriptions) subs.add(t);
  if (subs.size > 0) return [...subs];
  const first = snapshot?.topics.find((t) => !t.internal);
  return first ? [first.name] : [];
}
