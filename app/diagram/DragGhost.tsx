import { useEffect, useRef } from "react";
import { lastDragPointer, onDragPointer } from "../interactions/drag/controller";
import { selectDrag, useStore } from "../store";

function overText(over: string | null, clientId: string | null): string {
  if (over === null) return clientId ? "drop here to stop it" : "drop it into a group";
  if (over === "outside") return clientId ? "→ leave its group (stop)" : "drop it into a group";
  if (over === "newGroup") return "→ a new group";
  return `→ ${over.slice("group:".length)}`;
}

/** What follows the pointer during a drag: the consumer's name and where it would go. */
export function DragGhost() {
  const drag = useStore(selectDrag);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      onDragPointer((x, y) => {
        if (ref.current) ref.current.style.transform = `translate(${x + 12}px, ${y + 12}px)`;
      }),
    [],
  );
  if (!drag || drag.mode !== "pointer") return null;
  return (
    <div
      ref={(el) => {
        ref.current = el;
        const p = lastDragPointer();
        if (el) el.style.transform = `translate(${p.x + 12}px, ${p.y + 12}px)`;
      }}
      aria-hidden="true" className="pointer-events-none fixed top-0 left-0 z-50 rounded-md border-2 border-blue-700 bg-white px-2 py-1 text-sm font-semibold text-neutral-900 shadow-lg dark:bg-neutral-800 dark:text-neutral-50">
      {drag.label} <span className="font-normal">{overText(drag.over, drag.clientId)}</span>
    </div>
  );
}
