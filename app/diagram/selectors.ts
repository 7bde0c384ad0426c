/**
 * Store selectors of the diagram. Parameterised ones are factories: components memoise them per name.
 */
import { useMemo } from "react";
import type { ConsumerSnapshot, GroupSnapshot, TopicSnapshot } from "../../engine/types";
import { useStore, type PlaygroundState } from "../store";

const NO_GROUPS: readonly GroupSnapshot[] = [];
const NO_CONSUMERS: readonly ConsumerSnapshot[] = [];

export const selectGroups = (s: PlaygroundState): readonly GroupSnapshot[] => s.snapshot?.groups ?? NO_GROUPS;
export const selectConsumers = (s: PlaygroundState): readonly ConsumerSnapshot[] => s.snapshot?.consumers ?? NO_CONSUMERS;
export const selectOffsetsTopic = (s: PlaygroundState): TopicSnapshot | null => s.snapshot?.topics.find((t) => t.internal) ?? null;

const topicSelector = (name: string) => (s: PlaygroundState) => s.snapshot?.topics.find((t) => t.name === name) ?? null;
const groupSelector = (id: string) => (s: PlaygroundState) => s.snapshot?.groups.find((g) => g.groupId === id) ?? null;
const consumerSelector = (id: string) => (s: PlaygroundState) => s.snapshot?.consumers.find((c) => c.clientId === id) ?? null;

export function useTopic(name: string): TopicSnapshot | null {
  return useStore(useMemo(() => topicSelector(name), [name]));
}

export function useGroup(id: string): GroupSnapshot | null {
  return useStore(useMemo(() => groupSelector(id), [id]));
}

export function useConsumer(id: string): ConsumerSnapshot | null {
  return useStore(useMemo(() => consumerSelector(id), [id]));
}
