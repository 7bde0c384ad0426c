import { useEffect, useRef } from "react";
import { setPlaying, step } from "../engine/engineClient";
import { selectPlaying, useStore } from "../store";
import { formatVirtualTime } from "./formatTime";
import { Scrubber } from "./Scrubber";
import { SpeedControl } from "./SpeedControl";

export { formatVirtualTime } from "./formatTime";

/** The virtual clock: play/pause, step to the next event, speed, the timeline, and the time itself. */
export function TimeControls() {
  const playing = useStore(selectPlaying);
  const time = useRef<HTMLElement>(null);
  useEffect(() => {
    const show = () => {
      if (time.current) time.current.textContent = formatVirtualTime(useStore.getState().snapshot?.now ?? 0);
    };
    show();
    return useStore.subscribe(show);
  }, []);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" role="group" aria-label="Virtual clock">
      <button type="button" className="btn btn-primary w-20" onClick={() => void setPlaying(!playing)}>
        {playing ? "Pause" : "Play"}
      </button>
      <button type="button" className="btn" onClick={() => void step()} aria-label="Step to the next event" title="Jump to the next scheduled moment">
        Step
      </button>
      <SpeedControl />
      <span className="text-sm tabular-nums text-neutral-700 dark:text-neutral-300">
        <span className="sr-only sm:not-sr-only">virtual time </span>
        <strong data-testid="virtual-time" ref={time} className="inline-block w-[5.5rem]">
          00:00.000
        </strong>
      </span>
      <Scrubber />
    </div>
  );
}
