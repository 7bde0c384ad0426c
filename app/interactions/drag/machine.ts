/**
 * The drag state machine: a pure function from (state, event) to (state, effects). The controller runs the
 * effects (commands, announcements); tests can drive the machine alone.
 */
import { dragging } from "./dragging";
import { idle } from "./idle";
import { keyboard } from "./keyboard";
import { pressing } from "./pressing";
import type { DragEvent, DragState, Transition } from "./types";

export function transition(state: DragState, event: DragEvent): Transition {
  switch (state.name) {
    case "idle":
      return idle(state, event);
    case "pressing":
      return pressing(state, event);
    case "dragging":
      return dragging(state, event);
    case "keyboard":
      return keyboard(state, event);
  }
}
