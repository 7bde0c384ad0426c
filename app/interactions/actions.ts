/**
 * Every action the UI offers, as one function each: it sends the command, then tells the screen reader (and
 * the status line) what happened, in the engine's own words, or why the engine refused.
 */
import type { AssignorName, Command, DispatchResult } from "../../engine/types";
import { send } from "../engine/engineClient";
import { announce, useStore } from "../store";
import { nextClientId, nextGroupId, topicsForGroup } from "./naming";

/** The event that tells what a command did (others, such as a commit on close, come with it). */
const MAIN_EVENT: Partial<Record<Command["type"], string>> = {
  moveConsumer: "consumerMoved",
  crashConsumer: "consumerCrashed",
  stopConsumer: "consumerStopped",
  restartConsumer: "consumerRestarted",
  removeConsumer: "consumerRemoved",
  setProcessingTime: "processingTimeChanged",
  configureConsumer: "consumerConfigured",
  setAssignor: "assignorChanged",
  resetOffsets: "offsetsReset",
  addPartitions: "partitionsAdded",
  setRetention: "retentionChanged",
  produce: "recordsProduced",
};

/** Sends a command and announces the outcome; answers the engine's result. */
export async function act(command: Command, success?: string): Promise<DispatchResult> {
  const result = await send(command);
  const main = result.ok ? result.events.find((e) => e.type === MAIN_EVENT[command.type]) : undefined;
  if (result.ok && !main && command.type === "stopConsumer") announce(`${command.consumer} is stopping: it finishes the record in hand, commits, and sends LeaveGroup.`);
  else if (result.ok) announce(success ?? (main ?? result.events[0])?.message ?? "Done.");
  else announce(result.error, "error");
  return result;
}

const snapshot = () => useStore.getState().snapshot;

export const crashConsumer = (consumer: string) => act({ type: "crashConsumer", consumer });
export const stopConsumer = (consumer: string) => act({ type: "stopConsumer", consumer });
export const restartConsumer = (consumer: string) => act({ type: "restartConsumer", consumer });
export const removeConsumer = (consumer: string) => act({ type: "removeConsumer", consumer });
export const moveConsumer = (consumer: string, group: string) => act({ type: "moveConsumer", consumer, group });
export const setProcessingTime = (consumer: string, ms: number) => act({ type: "setProcessingTime", consumer, ms: Math.max(0, Math.round(ms)) });
export const setAssignor = (group: string, assignors: readonly AssignorName[]) => act({ type: "setAssignor", group, assignors });
export const deleteGroup = (group: string) => act({ type: "deleteGroup", group }, `Group ${group} was deleted, with its committed offsets.`);

/** Adds a consumer to a group (a new group when `group` is null), subscribed like the group's others. */
export async function addConsumer(group: string | null, clientId?: string): Promise<DispatchResult> {
  const snap = snapshot();
  const groupId = group ?? nextGroupId(snap);
  const consumer = clientId ?? nextClientId(snap, groupId);
  const topics = topicsForGroup(snap, group);
  // A new consumer copies its group's settings (sessionTimeout, ...), so a group stays consistent.
  const sibling = snap?.consumers.find((c) => c.groupId === groupId);
  const config = sibling ? { sessionTimeout: sibling.config.sessionTimeout, heartbeatInterval: sibling.config.heartbeatInterval, partitionAssigners: sibling.config.partitionAssigners } : undefined;
  return act({ type: "addConsumer", group: groupId, topics, consumer, ...(config ? { config } : {}) }, `${consumer} joins group ${groupId}: the group rebalances to give it partitions.`);
}

/** Moves a consumer to a new group of its own. */
export const moveToNewGroup = (consumer: string) => moveConsumer(consumer, nextGroupId(snapshot()));
