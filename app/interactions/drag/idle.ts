import { sourceName, targetName, type DragEvent, type DragState, type Transition } from "./types";

/** Nothing is being dragged: a press starts "pressing"; Space on a consumer picks it up for a keyboard drag. */
export function idle(state: DragState, event: DragEvent): Transition {
  switch (event.type) {
    case "pointerDown":
      return { state: { name: "pressing", source: event.source, x0: event.x, y0: event.y }, effects: [] };
    case "keyPickUp": {
      if (event.targets.length === 0) return { state, effects: [] };
      const index = Math.min(Math.max(0, event.start), event.targets.length - 1);
      return {
        state: { name: "keyboard", source: event.source, targets: event.targets, index },
        effects: [
          {
            kind: "announce",
            text: `Picked up ${sourceName(event.source)}. Arrow keys choose where to drop it, Space or Enter drops, Escape cancels. Over ${targetName(event.targets[index])}.`,
          },
        ],
      };
    }
    default:
      return { state, effects: [] };
  }
}
