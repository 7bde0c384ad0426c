/**
 * The actions of a consumer, group or topic, as menu items. Each one is also reachable without a pointer:
 * the menu opens from the "⋯" buttons and from Enter, Shift+F10 or the context-menu key.
 */
import type { Snapshot } from "../../../engine/types";
import { openDialog, select, type Selection } from "../../store";
import { addConsumer, crashConsumer, deleteGroup, removeConsumer, restartConsumer, setProcessingTime, stopConsumer } from "../actions";

export interface MenuItem {
  readonly label: string;
  /** A short note beside the label (current value, why it is disabled). */
  readonly detail?: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
}

const ALIVE = new Set(["joining", "consuming", "idle", "rebalancing", "slow"]);

/** Focuses the consumer configuration panel (it shows the selected consumer). */
function configure(clientId: string): void {
  select({ kind: "consumer", id: clientId });
  // After the panel has re-rendered for this consumer.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const first = document.getElementById("cfg-sessionTimeout");
      first?.scrollIntoView({ block: "center" });
      first?.focus();
    }),
  );
}

export function menuItems(target: Selection, snapshot: Snapshot | null): MenuItem[] {
  if (target.kind === "consumer") {
    const c = snapshot?.consumers.find((x) => x.clientId === target.id);
    if (!c) return [];
    const alive = ALIVE.has(c.status);
    const ms = c.config.processingTime;
    return [
      { label: "Crash (kill -9)", detail: alive ? "no commit, no LeaveGroup" : "not running", run: () => void crashConsumer(c.clientId), disabled: !alive, danger: true },
      { label: "Stop (graceful leave)", detail: alive ? "commits, sends LeaveGroup" : "not running", run: () => void stopConsumer(c.clientId), disabled: !alive },
      { label: "Restart", detail: alive ? "it is running" : "joins as a new member", run: () => void restartConsumer(c.clientId), disabled: alive },
      { label: "Slow down processing (×10)", detail: `${ms} ms per record now`, run: () => void setProcessingTime(c.clientId, ms === 0 ? 100 : ms * 10) },
      { label: "Speed up processing (÷10)", detail: `${ms} ms per record now`, run: () => void setProcessingTime(c.clientId, ms / 10), disabled: ms === 0 },
      { label: "Move to another group…", run: () => openDialog({ kind: "moveConsumer", consumer: c.clientId }) },
      { label: "Configure…", detail: "session timeout, commits, …", run: () => configure(c.clientId) },
      { label: "Remove from the playground", run: () => void removeConsumer(c.clientId), danger: true },
    ];
  }
  if (target.kind === "group") {
    const g = snapshot?.groups.find((x) => x.groupId === target.id);
    const state = g?.state ?? "Empty";
    return [
      { label: "Add consumer", run: () => void addConsumer(target.id) },
      { label: "Change assignor…", detail: g?.protocol ?? undefined, run: () => openDialog({ kind: "assignor", group: target.id }) },
      { label: "Reset offsets…", detail: state === "Empty" ? "group is Empty" : `only when Empty (now ${state})`, run: () => openDialog({ kind: "resetOffsets", group: target.id }) },
      { label: "Delete group", detail: state === "Empty" ? "deletes its offsets" : `only when Empty (now ${state})`, run: () => void deleteGroup(target.id), danger: true },
    ];
  }
  const t = snapshot?.topics.find((x) => x.name === target.id);
  return [
    { label: "Produce…", detail: "one record, with a key", run: () => openDialog({ kind: "produce", topic: target.id }) },
    { label: "Producer rate and keys…", detail: `${t?.producer?.perSecond ?? 0}/s now`, run: () => openDialog({ kind: "producerRate", topic: target.id }) },
    { label: "Add partitions…", detail: `${t?.partitions.length ?? 0} now`, run: () => openDialog({ kind: "addPartitions", topic: target.id }) },
    { label: "Retention…", run: () => openDialog({ kind: "retention", topic: target.id }) },
  ];
}

export function menuTitle(target: Selection): string {
  return target.kind === "consumer" ? `Actions for ${target.id}` : target.kind === "group" ? `Actions for group ${target.id}` : `Actions for topic ${target.id}`;
}
