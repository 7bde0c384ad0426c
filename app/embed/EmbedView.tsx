import { useRef } from "react";
import { TimeControls } from "../controls/TimeControls";
import { Diagram } from "../diagram/Diagram";
import { useBoxHeight } from "../present/useBoxHeight";
import { NoticeBar } from "../scenarios/NoticeBar";

/**
 * The chromeless playground for an iframe: the diagram fills the frame, the clock controls (optional) sit in a
 * fixed-height bar, so nothing moves as the simulation loads and runs.
 */
export function EmbedView({ controls }: { controls: boolean }) {
  const box = useRef<HTMLElement>(null);
  const height = useBoxHeight(box);
  return (
    <div data-testid="embed" className="flex h-screen flex-col overflow-hidden bg-white text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
      <h1 className="sr-only">Consumer Groups Playground (embedded)</h1>
      <div className="absolute inset-x-2 top-2 z-10">
        <NoticeBar />
      </div>
      <main ref={box} className="min-h-0 flex-1 overflow-hidden">
        {height > 0 && <Diagram height={height - 2} toolbar={false} layoutWidth={800} />}
      </main>
      {controls && (
        <div className="h-12 shrink-0 overflow-hidden border-t border-neutral-200 px-2 py-1.5 dark:border-neutral-800">
          <TimeControls />
        </div>
      )}
    </div>
  );
}
