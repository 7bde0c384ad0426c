import { IDLE, sameTarget, type DragEvent, type DragState, type Transition } from "./types";

/** A pointer drag: the ghost follows the pointer; letting go over a target drops there, elsewhere cancels. */
export function dragging(state: Extract<DragState, { name: "dragging" }>, event: DragEvent): Transition {
  switch (event.type) {
    case "pointerMove":
      return { state: { ...state, x: event.x, y: event.y, over: sameTarget(state.over, event.over) ? state.over : event.over }, effects: [] };
    case "pointerUp": {
      const target = event.over;
      if (!target || (state.source.kind === "palette" && target.kind === "outside")) return { state: IDLE, effects: [{ kind: "cancelled", source: state.source }] };
      return { state: IDLE, effects: [{ kind: "drop", source: state.source, target }] };
    }
    case "cancel":
      return { state: IDLE, effects: [{ kind: "cancelled", source: state.source }] };
    default:
      return { state, effects: [] };
  }
}
