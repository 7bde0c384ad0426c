import { restoreLastGoodMoment } from "../engine/engineClient";
import { formatVirtualTime } from "../controls/formatTime";
import { selectAnnouncement, useStore } from "../store";

/**
 * What just happened, in words: read by screen readers (aria-live) and shown as a status line, so a drag, a
 * menu action or a refused command is never silent.
 */
export function LiveRegion() {
  const a = useStore(selectAnnouncement);
  const engineError = useStore((s) => s.engineError);
  const restorable = useStore((s) => s.engineRestorable);
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="announcement" className={`min-h-6 px-4 py-1 text-sm ${a?.tone === "error" ? "text-red-800 dark:text-red-300" : "text-neutral-800 dark:text-neutral-200"}`}>
        {a && <span key={a.n}>{a.tone === "error" ? `Refused: ${a.text}` : a.text}</span>}
      </div>
      {engineError && (
        <div role="alert" className="mx-4 flex flex-wrap items-center gap-2 rounded border border-red-400 bg-red-50 px-2 py-1 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          <span>{engineError}</span>
          <button type="button" className="btn" onClick={restoreLastGoodMoment}>
            {restorable === null ? "Start again" : `Restore the last good moment (${formatVirtualTime(restorable)})`}
          </button>
        </div>
      )}
    </>
  );
}
