import { setPlaying, setSpeed, step } from "../engine/engineClient";
import { selectPlaying, selectSnapshot, selectSpeed, useStore } from "../store";

const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 100, 300, 1000];

export function formatVirtualTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${h > 0 ? `${h}:` : ""}${pad(m)}:${pad(s % 60)}.${String(Math.floor(ms % 1000)).padStart(3, "0")}`;
}

/** Play/pause, step and speed of the virtual clock. */
export function TimeControls() {
  const playing = useStore(selectPlaying);
  const speed = useStore(selectSpeed);
  const now = useStore((s) => selectSnapshot(s)?.now ?? 0);
  const index = SPEEDS.reduce((best, v, i) => (Math.abs(Math.log(v / speed)) < Math.abs(Math.log(SPEEDS[best] / speed)) ? i : best), 0);
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Virtual clock">
      <button type="button" className="btn" onClick={() => void setPlaying(!playing)} aria-pressed={playing}>
        {playing ? "Pause" : "Play"}
      </button>
      <button type="button" className="btn" onClick={() => void step()} aria-label="Step to the next event">
        Step
      </button>
      <label className="flex items-center gap-2 text-sm">
        Speed
        <input
          type="range"
          min={0}
          max={SPEEDS.length - 1}
          value={index}
          onChange={(e) => void setSpeed(SPEEDS[Number(e.target.value)])}
          aria-valuetext={`${speed}x`}
        />
        <output className="w-14 tabular-nums">{speed}x</output>
      </label>
      <span className="text-sm tabular-nums text-neutral-600 dark:text-neutral-300" aria-label="Virtual time">
        virtual time <strong data-testid="virtual-time">{formatVirtualTime(now)}</strong>
      </span>
    </div>
  );
}
