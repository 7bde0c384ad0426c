import { lazy, Suspense, useState } from "react";

const LegendBody = lazy(() => import("./LegendBody").then((m) => ({ default: m.LegendBody })));

/** What the shapes mean, for a learner reading the picture for the first time; the body loads when first opened. */
export function Legend() {
  const [opened, setOpened] = useState(false);
  return (
    <details className="w-full text-sm" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer rounded px-1 font-semibold focus-visible:outline-2 focus-visible:outline-blue-600">How to read the diagram</summary>
      {opened && (
        <Suspense fallback={<p className="mt-2">Loading…</p>}>
          <LegendBody />
        </Suspense>
      )}
    </details>
  );
}
