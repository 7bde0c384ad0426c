import { dragKeyDown, dragPointerDown, dragBlur } from "../interactions/drag/controller";
import { openDialog } from "../store";

const SOURCE = { kind: "palette" } as const;

/**
 * The palette: a new consumer to drag into a group (or press Space on it for a keyboard drag; Enter opens a
 * dialog that asks for the group instead).
 */
export function Palette() {
  return (
    <div
      role="button"
      tabIndex={0}
      aria-roledescription="draggable consumer"
      aria-label="New consumer: drag it into a group. Space picks it up, Enter opens a dialog."
      data-testid="palette-consumer"
      className="btn inline-flex cursor-grab touch-none items-center gap-2 select-none"
      onPointerDown={(e) => dragPointerDown(SOURCE, e)}
      onBlur={dragBlur}
      onKeyDown={(e) => {
        if (dragKeyDown(SOURCE, e)) return;
        if (e.key === "Enter") {
          e.preventDefault();
          openDialog({ kind: "addConsumer", group: null });
        }
      }}
    >
      <svg width="16" height="16" aria-hidden="true">
        <rect x="1" y="3" width="14" height="10" rx="3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="3 2" />
        <path d="M8 5.5v5M5.5 8h5" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      New consumer
    </div>
  );
}
