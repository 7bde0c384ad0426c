import { Suspense, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { PanelVisibilityContext, type PanelVisibility } from "./usePanel";
import { PanelErrorBoundary } from "./PanelErrorBoundary";
import { CARD, FOCUS, MUTED } from "./ui";

/** One panel in the wide layout: a heading that collapses it, and its body (lazy bodies load when opened). */
export function PanelSection({ title, children, defaultOpen = true, skipOffscreen = true }: { readonly title: string; readonly children: ReactNode; readonly defaultOpen?: boolean; readonly skipOffscreen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const body = useRef<HTMLDivElement>(null);
  // Scrolled out of view, the browser skips the panel's layout and paint (content-visibility), which keeps the
  // diagram smooth while tables and logs refresh below the fold. Only then: containment would clip the fixed
  // tooltips and the maximized terminal of a panel on screen.
  const { offscreen, visibility } = useOffscreen(body, skipOffscreen);
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
      <div ref={body} id={`${id}-body`} hidden={!open} className={`min-w-0 px-3 pb-3 [contain-intrinsic-size:auto_20rem] ${offscreen ? "[content-visibility:auto]" : ""}`}>
        {visited && (
          <PanelVisibilityContext.Provider value={visibility}>
            <PanelErrorBoundary name={title}>
              <Suspense fallback={<p className={`text-sm ${MUTED}`}>Loading…</p>}>{children}</Suspense>
            </PanelErrorBoundary>
          </PanelVisibilityContext.Provider>
        )}
      </div>
    </section>
  );
}

/**
 * Whether the panel's body is out of view (scrolled away, or collapsed), as state for its styles and as a
 * PanelVisibility for the components inside, which stop following a running simulation meanwhile.
 */
function useOffscreen(ref: React.RefObject<HTMLElement | null>, skip: boolean): { offscreen: boolean; visibility: PanelVisibility | null } {
  const [offscreen, setOffscreen] = useState(false);
  const onScreen = useRef(true);
  const listeners = useMemo(() => new Set<() => void>(), []);
  const visibility = useMemo<PanelVisibility>(
    () => ({
      isOnScreen: () => onScreen.current,
      onShown: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
    [listeners],
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(
      ([entry]) => {
        onScreen.current = entry.isIntersecting;
        setOffscreen(!entry.isIntersecting);
        if (entry.isIntersecting) for (const l of [...listeners]) l();
      },
      { rootMargin: "200px 0px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, listeners]);
  return { offscreen: skip && offscreen, visibility: skip ? visibility : null };
}
