import { setSpeed } from "../engine/engineClient";
import { selectSpeed, useStore } from "../store";

/** 1-2-5 steps from 0.1x to 1000x: a log scale a slider can step through. */
export const SPEEDS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

function nearest(speed: number): number {
  return SPEEDS.reduce((best, v, i) => (Math.abs(Math.log(v / speed)) < Math.abs(Math.log(SPEEDS[best] / speed)) ? i : best), 0);
}

/** The virtual clock's speed on a log scale (0.1x to 1000x). */
export function SpeedControl() {
  const speed = useStore(selectSpeed);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only sm:not-sr-only">Speed</span>
      <input
        type="range"
        min={0}
        max={SPEEDS.length - 1}
        value={nearest(speed)}
        onChange={(e) => void setSpeed(SPEEDS[Number(e.target.value)])}
        aria-label="Speed"
        aria-valuetext={`${speed} times real time`}
        className="w-24 accent-blue-700 sm:w-28"
      />
      <output className="w-14 tabular-nums">{speed}x</output>
    </label>
  );
}
