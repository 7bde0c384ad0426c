import { useEffect, useState } from "react";
import type { Snapshot } from "../../../engine/types";
import { useStore } from "../../store";
import { throttle } from "../../store/throttle";

/** The store's snapshot, at most once every `ms` (the last one always arrives, `ms` after the one before). */
export function useThrottledSnapshot(ms: number): Snapshot | null {
  const [snapshot, setSnapshot] = useState(() => useStore.getState().snapshot);
  useEffect(() => {
    const update = throttle(() => setSnapshot(useStore.getState().snapshot), ms);
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot) update.call();
    });
    return () => {
      unsubscribe();
      update.cancel();
    };
  }, [ms]);
  return snapshot;
}
