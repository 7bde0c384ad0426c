/**
 * The drag state machine's vocabulary. A drag moves a consumer (or a new one from the palette) onto a drop
 * target; pointer and keyboard drags go through the same machine, one state per file.
 */
export type DragSource =
  | { readonly kind: "palette" }
  | { readonly kind: "consumer"; readonly clientId: string; readonly groupId: string; readonly alive: boolean };

export type DropTarget =
  | { readonly kind: "group"; readonly groupId: string }
  | { readonly kind: "newGroup" }
  /** On the diagram but in no group: the consumer leaves its group (stopConsumer). */
  | { readonly kind: "outside" };

export type DragEvent =
  | { readonly type: "pointerDown"; readonly source: DragSource; readonly x: number; readonly y: number }
  | { readonly type: "pointerMove"; readonly x: number; readonly y: number; readonly over: DropTarget | null }
  | { readonly type: "pointerUp"; readonly x: number; readonly y: number; readonly over: DropTarget | null }
  | { readonly type: "keyPickUp"; readonly source: DragSource; readonly targets: readonly DropTarget[]; readonly start: number }
  | { readonly type: "keyMove"; readonly by: 1 | -1 }
  | { readonly type: "keyDrop" }
  | { readonly type: "cancel" };

export type DragState =
  | { readonly name: "idle" }
  | { readonly name: "pressing"; readonly source: DragSource; readonly x0: number; readonly y0: number }
  | { readonly name: "dragging"; readonly source: DragSource; readonly x: number; readonly y: number; readonly over: DropTarget | null }
  | { readonly name: "keyboard"; readonly source: DragSource; readonly targets: readonly DropTarget[]; readonly index: number };

export type DragEffect =
  | { readonly kind: "drop"; readonly source: DragSource; readonly target: DropTarget }
  | { readonly kind: "click"; readonly source: DragSource }
  | { readonly kind: "announce"; readonly text: string }
  | { readonly kind: "cancelled"; readonly source: DragSource };

export interface Transition {
  readonly state: DragState;
  readonly effects: readonly DragEffect[];
}

export const IDLE: DragState = { name: "idle" };

/** Pointer travel (px) that turns a press into a drag. */
export const DRAG_THRESHOLD = 5;

export function sourceName(source: DragSource): string {
  return source.kind === "palette" ? "a new consumer" : source.clientId;
}

export function targetName(target: DropTarget | null): string {
  if (!target) return "nowhere (drop cancels)";
  if (target.kind === "group") return `group ${target.groupId}`;
  if (target.kind === "newGroup") return "a new group";
  return "out of its group (stop it)";
}

export function sameTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && (a.kind !== "group" || a.groupId === (b as { groupId: string }).groupId);
}
