import { DRAG_THRESHOLD, IDLE, sourceName, type DragEvent, type DragState, type Transition } from "./types";

/** The pointer is down on a consumer: moving far enough starts a drag, letting go is a click. */
export function pressing(state: Extract<DragState, { name: "pressing" }>, event: DragEvent): Transition {
  switch (event.type) {
    case "pointerMove":
      if (Math.hypot(event.x - state.x0, event.y - state.y0) < DRAG_THRESHOLD) return { state, effects: [] };
      return {
        state: { name: "dragging", source: state.source, x: event.x, y: event.y, over: event.over },
        effects: [{ kind: "announce", text: `Dragging ${sourceName(state.source)}.` }],
      };
    case "pointerUp":
      return { state: IDLE, effects: [{ kind: "click", source: state.source }] };
    case "cancel":
      return { state: IDLE, effects: [] };
    default:
      return { state, effects: [] };
  }
}
