/**
 * Runs the drag machine: feeds it pointer and key events, shows its state (store `drag`, pointer position
 * through `onDragPointer`), and carries out its effects. The diagram registers how to find the drop target
 * under a point and which targets a keyboard drag cycles through.
 */
import type { KeyboardEvent, PointerEvent } from "react";
import { announce, select, openDialog, useStore, type DragVisual } from "../../store";
import { transition } from "./machine";
import { performDrop } from "./performDrop";
import { IDLE, sourceName, type DragEvent, type DragSource, type DragState, type DropTarget } from "./types";

type Resolver = (clientX: number, clientY: number) => DropTarget | null;
type TargetsProvider = (source: DragSource) => { targets: DropTarget[]; start: number };

let state: DragState = IDLE;
let resolver: Resolver = () => null;
let targetsOf: TargetsProvider = () => ({ targets: [], start: 0 });
const pointerListeners = new Set<(x: number, y: number) => void>();
let lastPointer = { x: 0, y: 0 };

/** Where the pointer of the current drag was last seen. */
export function lastDragPointer(): { x: number; y: number } {
  return lastPointer;
}

export function registerDropResolver(fn: Resolver): void {
  resolver = fn;
}

export function registerDropTargets(fn: TargetsProvider): void {
  targetsOf = fn;
}

/** Follows the pointer during a drag (for the ghost); returns an unsubscribe function. */
export function onDragPointer(listener: (x: number, y: number) => void): () => void {
  pointerListeners.add(listener);
  return () => pointerListeners.delete(listener);
}

export function dragState(): DragState {
  return state;
}

function overKey(t: DropTarget | null): string | null {
  if (!t) return null;
  return t.kind === "group" ? `group:${t.groupId}` : t.kind;
}

function visual(s: DragState): DragVisual | null {
  if (s.name === "dragging") return { label: sourceName(s.source), clientId: s.source.kind === "consumer" ? s.source.clientId : null, over: overKey(s.over), mode: "pointer" };
  if (s.name === "keyboard") return { label: sourceName(s.source), clientId: s.source.kind === "consumer" ? s.source.clientId : null, over: overKey(s.targets[s.index]), mode: "keyboard" };
  return null;
}

function run(event: DragEvent): void {
  const t = transition(state, event);
  state = t.state;
  const v = visual(state);
  const old = useStore.getState().drag;
  if (v?.over !== old?.over || v?.label !== old?.label || v?.mode !== old?.mode) useStore.setState({ drag: v });
  if (state.name === "dragging") {
    lastPointer = { x: state.x, y: state.y };
    for (const l of pointerListeners) l(state.x, state.y);
  }
  for (const effect of t.effects) {
    if (effect.kind === "announce") announce(effect.text);
    else if (effect.kind === "cancelled") announce(`Drag of ${sourceName(effect.source)} cancelled; nothing changed.`);
    else if (effect.kind === "drop") void performDrop(effect.source, effect.target);
    else if (effect.kind === "click") {
      if (effect.source.kind === "consumer") select({ kind: "consumer", id: effect.source.clientId });
      else openDialog({ kind: "addConsumer", group: null });
    }
  }
}

function onMove(e: globalThis.PointerEvent): void {
  run({ type: "pointerMove", x: e.clientX, y: e.clientY, over: resolver(e.clientX, e.clientY) });
}

function onUp(e: globalThis.PointerEvent): void {
  detach();
  run({ type: "pointerUp", x: e.clientX, y: e.clientY, over: resolver(e.clientX, e.clientY) });
}

function onCancel(): void {
  detach();
  run({ type: "cancel" });
}

function onKey(e: globalThis.KeyboardEvent): void {
  if (e.key === "Escape") {
    e.preventDefault();
    onCancel();
  }
}

function detach(): void {
  window.removeEventListener("pointermove", onMove);
  window.removeEventListener("pointerup", onUp);
  window.removeEventListener("pointercancel", onCancel);
  window.removeEventListener("keydown", onKey, true);
}

/** A press on a draggable thing (a consumer node, the palette's new consumer). */
export function dragPointerDown(source: DragSource, e: PointerEvent): void {
  if (e.button !== 0 || state.name !== "idle") return;
  e.stopPropagation();
  run({ type: "pointerDown", source, x: e.clientX, y: e.clientY });
  window.addEventListener("pointermove", onMove);
  window.addEventListener("pointerup", onUp);
  window.addEventListener("pointercancel", onCancel);
  window.addEventListener("keydown", onKey, true);
}

/**
 * Keys on a draggable thing: Space picks it up; while a keyboard drag runs, arrows choose the target, Space or
 * Enter drops and Escape (or leaving with Tab) cancels. Returns true when the key was used.
 */
export function dragKeyDown(source: DragSource, e: KeyboardEvent): boolean {
  if (state.name === "keyboard") {
    if (e.key === "ArrowDown" || e.key === "ArrowRight") run({ type: "keyMove", by: 1 });
    else if (e.key === "ArrowUp" || e.key === "ArrowLeft") run({ type: "keyMove", by: -1 });
    else if (e.key === " " || e.key === "Enter") run({ type: "keyDrop" });
    else if (e.key === "Escape" || e.key === "Tab") run({ type: "cancel" });
    else return false;
    if (e.key !== "Tab") e.preventDefault();
    return true;
  }
  if (state.name === "idle" && e.key === " ") {
    e.preventDefault();
    const { targets, start } = targetsOf(source);
    run({ type: "keyPickUp", source, targets, start });
    return true;
  }
  return false;
}

/** Ends a keyboard drag when its element loses focus (nothing changes). */
export function dragBlur(): void {
  if (state.name === "keyboard") run({ type: "cancel" });
}
