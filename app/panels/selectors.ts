/**
 * Store selectors used by the panels (module constants, so components subscribe to exactly what they show).
 * Snapshots share structure between frames (app/engine/frameDecoder.ts): identity means "unchanged".
 */
import type { ConsumerSnapshot, GroupSnapshot, SimEvent, TopicSnapshot } from "../../engine/types";
import type { PlaygroundState } from "../store";

const NO_GROUPS: readonly GroupSnapshot[] = [];
const NO_CONSUMERS: readonly ConsumerSnapshot[] = [];

export const selectGroups = (s: PlaygroundState): readonly GroupSnapshot[] => s.snapshot?.groups ?? NO_GROUPS;
/** Group ids in the engine's order; use with useShallow. */
export const selectGroupIds = (s: PlaygroundState): string[] => selectGroups(s).map((g) => g.groupId);
export const selectConsumers = (s: PlaygroundState): readonly ConsumerSnapshot[] => s.snapshot?.consumers ?? NO_CONSUMERS;
export const selectNow = (s: PlaygroundState): number => s.snapshot?.now ?? 0;
export const selectEventCount = (s: PlaygroundState): number => s.snapshot?.eventCount ?? 0;
export const selectEvents = (s: PlaygroundState): readonly SimEvent[] => s.events;
export const selectOffsetsTopic = (s: PlaygroundState): TopicSnapshot | undefined => s.snapshot?.topics.find((t) => t.name === "__consumer_offsets");

/** A selector for one group (or undefined); build it once per group id with useMemo. */
export const groupSelector =
  (groupId: string | null) =>
  (s: PlaygroundState): GroupSnapshot | undefined =>
    groupId === null ? undefined : s.snapshot?.groups.find((g) => g.groupId === groupId);

/** The group a consumer belongs to, for following the diagram's selection. */
export const groupOfSelection = (s: PlaygroundState): string | null => {
  const sel = s.selection;
  if (!sel) return null;
  if (sel.kind === "group") return sel.id;
  if (sel.kind === "consumer") return s.snapshot?.consumers.find((c) => c.clientId === sel.id)?.groupId ?? null;
  return null;
};
