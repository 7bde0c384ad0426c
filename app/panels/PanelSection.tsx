import { Suspense, useId, useState, type ReactNode } from "react";
import { PanelErrorBoundary } from "./PanelErrorBoundary";
import { CARD, FOCUS, MUTED } from "./ui";

/** One panel in the wide layout: a heading that collapses it, and its body (lazy bodies load when opened). */
export function PanelSection({ title, children, defaultOpen = true }: { readonly title: string; readonly children: ReactNode; readonly defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  // Once opened, a panel stays mounted while collapsed, so it keeps its state (terminal history, filters).
  const [visited, setVisited] = useState(defaultOpen);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className={`${CARD} min-w-0`}>
      <h2 id={`${id}-h`} className="text-base font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => {
            setOpen(!open);
            setVisited(true);
          }}
          className={`flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left hover:bg-neutral-50 dark:hover:bg-neutral-800/60 ${FOCUS}`}
        >
          <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
            ▸
          </span>
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open} className="min-w-0 px-3 pb-3">
        {visited && (
          <PanelErrorBoundary name={title}>
            <Suspense fallback={<p className={`text-sm ${MUTED}`}>Loading…</p>}>{children}</Suspense>
          </PanelErrorBoundary>
        )}
      </div>
    </section>
  );
}
