/**
 * The panels beside the diagram: a column of collapsible panels on wide screens, tabs on narrow ones.
 * Each panel is its own component under app/panels/; heavy ones are lazy-loaded (see panelDefs.ts).
 */
import { GroupSelector } from "./GroupSelector";
import { PANELS } from "./panelDefs";
import { PanelSection } from "./PanelSection";
import { lazy, Suspense } from "react";
import { SelectedGroupProvider } from "./selectedGroup";
import { useMediaQuery } from "./useMediaQuery";

/** The narrow layout's tabs load only on a narrow screen. */
const PanelTabs = lazy(() => import("./PanelTabs").then((m) => ({ default: m.PanelTabs })));

export function Panels() {
  const wide = useMediaQuery("(min-width: 768px)");
  return (
    <SelectedGroupProvider>
      <section aria-label="Panels" className="flex min-w-0 flex-col gap-3 text-neutral-900 dark:text-neutral-100">
        <GroupSelector />
        {wide ? (
          PANELS.map(({ id, title, Component, skipOffscreen }) => (
            <PanelSection key={id} title={title} skipOffscreen={skipOffscreen}>
              <Component />
            </PanelSection>
          ))
        ) : (
          <Suspense fallback={null}>
            <PanelTabs panels={PANELS} />
          </Suspense>
        )}
      </section>
    </SelectedGroupProvider>
  );
}
