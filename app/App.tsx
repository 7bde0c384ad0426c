import { useEffect, useRef, useState } from "react";
import { DEFAULT_SCENARIO } from "./defaultScenario";
import { startEngine, stopEngine } from "./engine/engineClient";
import { TimeControls } from "./controls/TimeControls";
import { ProducerControls } from "./controls/ProducerControls";
import { TopicView } from "./diagram/TopicView";
import { selectLastError, selectSnapshot, useStore } from "./store";

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    if (!ref.current) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

export function App() {
  const snapshot = useStore(selectSnapshot);
  const lastError = useStore(selectLastError);
  const engineError = useStore((s) => s.engineError);
  const [ref, width] = useWidth<HTMLDivElement>();
  useEffect(() => {
    startEngine(DEFAULT_SCENARIO);
    return stopEngine;
  }, []);
  const topics = snapshot?.topics.filter((t) => !t.internal) ?? [];
  return (
    <div className="min-h-screen bg-white text-neutral-900 dark:bg-neutral-950 dark:text-neutral-100">
      <header className="border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <h1 className="text-lg font-bold">Consumer Groups Playground</h1>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">A simulation of Kafka in your browser: one broker, no network, virtual time.</p>
      </header>
      <main className="flex flex-col gap-4 p-4">
        <TimeControls />
        {topics[0] && <ProducerControls topic={topics[0].name} />}
        <div role="status" aria-live="polite" className="min-h-5 text-sm text-red-700 dark:text-red-400">
          {engineError ?? lastError}
        </div>
        <div ref={ref} className="w-full" aria-label="Diagram">
          {topics.map((t) => (
            <TopicView key={t.name} topic={t} width={width} />
          ))}
        </div>
      </main>
    </div>
  );
}
