import { Suspense, useId, useRef, useState, type KeyboardEvent } from "react";
import type { PanelDef } from "./panelDefs";
import { PanelErrorBoundary } from "./PanelErrorBoundary";
import { FOCUS, MUTED } from "./ui";

/**
 * The narrow layout: one panel at a time behind a tab list (WAI-ARIA tabs; arrow keys, Home and End move between
 * tabs). A panel is loaded when first shown and then stays mounted, hidden, so it keeps its state.
 */
export function PanelTabs({ panels }: { readonly panels: readonly PanelDef[] }) {
  const [active, setActive] = useState(panels[0]?.id ?? "");
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([panels[0]?.id ?? ""]));
  const id = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const show = (panelId: string) => {
    setActive(panelId);
    setVisited((v) => (v.has(panelId) ? v : new Set([...v, panelId])));
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const n = panels.length;
    const next = e.key === "ArrowRight" ? (i + 1) % n : e.key === "ArrowLeft" ? (i - 1 + n) % n : e.key === "Home" ? 0 : e.key === "End" ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    show(panels[next].id);
    tabs.current[next]?.focus();
  };
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div role="tablist" aria-label="Panels" className="flex gap-1 overflow-x-auto border-b border-neutral-200 dark:border-neutral-800">
        {panels.map((p, i) => {
          const selected = p.id === active;
          return (
            <button
              key={p.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${p.id}`}
              aria-selected={selected}
              aria-controls={`${id}-panel-${p.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => show(p.id)}
              onKeyDown={(e) => onKey(e, i)}
              className={`shrink-0 rounded-t px-2 py-2 text-sm font-medium whitespace-nowrap ${FOCUS} ${
                selected ? "border-b-2 border-blue-700 text-blue-800 dark:border-blue-400 dark:text-blue-300" : "text-neutral-700 dark:text-neutral-300"
              }`}
            >
              {p.tab}
            </button>
          );
        })}
      </div>
      {panels.map(({ id: panelId, title, Component }) => (
        <section
          key={panelId}
          role="tabpanel"
          id={`${id}-panel-${panelId}`}
          aria-labelledby={`${id}-tab-${panelId}`}
          hidden={panelId !== active}
          tabIndex={0}
          className={`min-w-0 rounded ${FOCUS}`}
        >
          <h2 className="mb-2 text-base font-semibold">{title}</h2>
          {visited.has(panelId) && (
            <PanelErrorBoundary name={title}>
              <Suspense fallback={<p className={`text-sm ${MUTED}`}>Loading…</p>}>
                <Component />
              </Suspense>
            </PanelErrorBoundary>
          )}
        </section>
      ))}
    </div>
  );
}
