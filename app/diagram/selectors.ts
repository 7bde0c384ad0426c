/**
 * Store selectors of the diagram. Parameterised ones are factories: components memoise them per name.
 */
import { useMemo } from "react";
import type { ConsumerSnapshot, GroupSnapshot, TopicSnapshot } from "../../engine/types";
import { useShallow } from "zustand/react/shallow";
import { useStore, type PlaygroundState } from "../store";

const NO_GROUPS: readonly GroupSnapshot[] = [];
const NO_CONSUMERS: readonly ConsumerSnapshot[] = [];

export const selectGroups = (s: PlaygroundState): readonly GroupSnapshot[] => s.snapshot?.groups ?? NO_GROUPS;
export const selectConsumers = (s: PlaygroundState): readonly ConsumerSnapshot[] => s.snapshot?.consumers ?? NO_CONSUMERS;
export const selectOffsetsTopic = (s: PlaygroundState): TopicSnapshot | null => s.snapshot?.topics.find((t) => t.internal) ?? null;

const topicSelector = (name: string) => (s: PlaygroundState) => s.snapshot?.topics.find((t) => t.name === name) ?? null;
const groupSelector = (id: string) => (s: PlaygroundState) => s.snapshot?.groups.find((g) => g.groupId === id) ?? null;

export function useTopic(name: string): TopicSnapshot | null {
  return useStore(useMemo(() => topicSelector(name), [name]));
}

export function useGroup(id: string): GroupSnapshot | null {
  return useStore(useMemo(() => groupSelector(id), [id]));
}

/** What a consumer's node draws; positions and heartbeats change every frame, this changes only with them. */
export type ConsumerView = Pick<ConsumerSnapshot, "clientId" | "groupId" | "status" | "assignment">;

const NO_VIEW = { clientId: null, groupId: null, status: null, assignment: null } as const;

export function useConsumerView(id: string): ConsumerView | null {
  const v = useStore(
    useShallow((s: PlaygroundState) => {
      const c = s.snapshot?.consumers.find((x) => x.clientId === id);
      return c ? { clientId: c.clientId, groupId: c.groupId, status: c.status, assignment: c.assignment } : NO_VIEW;
    }),
  );
  return v.clientId === null ? null : (v as ConsumerView);
}
