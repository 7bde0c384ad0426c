import { useEffect, useRef, useState } from "react";
import { seek } from "../engine/engineClient";
import { selectHorizon, useStore } from "../store";
import { formatVirtualTime, spokenTime } from "./formatTime";

/**
 * The timeline, from 0 to the furthest moment reached: drag (or use the arrow keys) to go back to any earlier
 * moment; the engine replays to it deterministically. It follows the clock through a subscription, so it does
 * not re-render every frame.
 */
export function Scrubber() {
  const input = useRef<HTMLInputElement>(null);
  const held = useRef(false);
  const horizon = useStore(selectHorizon);
  const [inPast, setInPast] = useState(false);
  useEffect(() => {
    const sync = () => {
      const s = useStore.getState();
      const now = s.snapshot?.now ?? 0;
      const el = input.current;
      if (el && !held.current) {
        el.max = String(Math.max(1000, s.horizon));
        el.value = String(now);
        el.setAttribute("aria-valuetext", `${spokenTime(now)} of ${spokenTime(s.horizon)}`);
      }
      setInPast(s.horizon - now > 1000);
    };
    sync();
    return useStore.subscribe(sync);
  }, []);
  const go = (t: number) => {
    held.current = false;
    void seek(t);
  };
  return (
    <div className="flex w-full min-w-0 flex-wrap items-center gap-2 md:w-auto md:flex-1">
      <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
        <span>Timeline</span>
        <input
          ref={input}
          type="range"
          min={0}
          step={500}
          defaultValue={0}
          className="min-w-0 flex-1 accent-blue-700"
          aria-label="Timeline: go back to any earlier moment"
          onPointerDown={() => (held.current = true)}
          onChange={(e) => {
            if (!held.current) go(Number(e.target.value));
          }}
          onPointerUp={(e) => go(Number(e.currentTarget.value))}
          onKeyUp={(e) => {
            if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End" || e.key.startsWith("Page")) go(Number(e.currentTarget.value));
          }}
        />
        <span className="text-xs tabular-nums text-neutral-600 dark:text-neutral-400">{formatVirtualTime(horizon).slice(0, -4)}</span>
      </label>
      {inPast && (
        <span className="flex items-center gap-2 text-xs">
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50">In the past: acting now forks a new future.</span>
          <button type="button" className="btn px-2 py-0.5 text-xs" onClick={() => go(useStore.getState().horizon)}>
            Back to the latest moment
          </button>
        </span>
      )}
    </div>
  );
}
