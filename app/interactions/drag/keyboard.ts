import { IDLE, targetName, type DragEvent, type DragState, type Transition } from "./types";

/** A keyboard drag: arrows move over the drop targets in turn, Space or Enter drops, Escape cancels. */
export function keyboard(state: Extract<DragState, { name: "keyboard" }>, event: DragEvent): Transition {
  switch (event.type) {
    case "keyMove": {
      const n = state.targets.length;
      const index = (state.index + event.by + n) % n;
      return { state: { ...state, index }, effects: [{ kind: "announce", text: `Over ${targetName(state.targets[index])}.` }] };
    }
    case "keyDrop":
      return { state: IDLE, effects: [{ kind: "drop", source: state.source, target: state.targets[state.index] }] };
    case "cancel":
      return { state: IDLE, effects: [{ kind: "cancelled", source: state.source }] };
    default:
      return { state, effects: [] };
  }
}
