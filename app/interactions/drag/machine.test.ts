import { describe, expect, it } from "vitest";
import { transition } from "./machine";
import { IDLE, type DragEvent, type DragSource, type DragState, type DropTarget } from "./types";

const c2: DragSource = { kind: "consumer", clientId: "consumer-2", groupId: "service-a", alive: true };
const b: DropTarget = { kind: "group", groupId: "service-b" };

function run(events: DragEvent[], state: DragState = IDLE) {
  const effects = [];
  for (const e of events) {
    const t = transition(state, e);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

describe("the drag state machine", () => {
  it("a press without movement is a click", () => {
    const r = run([{ type: "pointerDown", source: c2, x: 10, y: 10 }, { type: "pointerMove", x: 12, y: 11, over: null }, { type: "pointerUp", x: 12, y: 11, over: null }]);
    expect(r.state).toEqual(IDLE);
    expect(r.effects).toEqual([{ kind: "click", source: c2 }]);
  });

  it("a pointer drag drops on the target under the pointer", () => {
    const r = run([{ type: "pointerDown", source: c2, x: 10, y: 10 }, { type: "pointerMove", x: 60, y: 10, over: b }, { type: "pointerUp", x: 60, y: 10, over: b }]);
    expect(r.effects.at(-1)).toEqual({ kind: "drop", source: c2, target: b });
  });

  it("dropping nowhere, or a new consumer outside every group, cancels", () => {
    expect(run([{ type: "pointerDown", source: c2, x: 0, y: 0 }, { type: "pointerMove", x: 50, y: 0, over: null }, { type: "pointerUp", x: 50, y: 0, over: null }]).effects.at(-1)?.kind).toBe("cancelled");
    const palette: DragSource = { kind: "palette" };
    expect(run([{ type: "pointerDown", source: palette, x: 0, y: 0 }, { type: "pointerMove", x: 50, y: 0, over: { kind: "outside" } }, { type: "pointerUp", x: 50, y: 0, over: { kind: "outside" } }]).effects.at(-1)?.kind).toBe("cancelled");
  });

  it("a keyboard drag cycles through the targets and drops on the chosen one", () => {
    const targets: DropTarget[] = [{ kind: "group", groupId: "service-a" }, b, { kind: "newGroup" }, { kind: "outside" }];
    const r = run([{ type: "keyPickUp", source: c2, targets, start: 1 }, { type: "keyMove", by: 1 }, { type: "keyMove", by: 1 }, { type: "keyMove", by: 1 }, { type: "keyDrop" }]);
    expect(r.effects.at(-1)).toEqual({ kind: "drop", source: c2, target: targets[0] });
    expect(r.effects[0]).toMatchObject({ kind: "announce" });
  });

  it("Escape cancels a keyboard drag", () => {
    const r = run([{ type: "keyPickUp", source: c2, targets: [b], start: 0 }, { type: "cancel" }]);
    expect(r.state).toEqual(IDLE);
    expect(r.effects.at(-1)).toEqual({ kind: "cancelled", source: c2 });
  });
});
