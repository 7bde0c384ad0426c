import { useEffect, useState } from "react";
import type { Snapshot } from "../../../engine/types";
import { useStore } from "../../store";

/** The store's snapshot, at most once every `ms` (the last one always arrives, `ms` after the one before). */
export function useThrottledSnapshot(ms: number): Snapshot | null {
  const [snapshot, setSnapshot] = useState(() => useStore.getState().snapshot);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      last = performance.now();
      setSnapshot(useStore.getState().snapshot);
    };
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot || timer !== null) return;
      const wait = last + ms - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [ms]);
  return snapshot;
}
