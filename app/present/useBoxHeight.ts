import { useEffect, useState, type RefObject } from "react";

/** The height of an element's content box, kept up to date (0 until measured). */
export function useBoxHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    if (!ref.current) return;
    const ro = new ResizeObserver(([entry]) => setHeight(Math.floor(entry.contentRect.height)));
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, [ref]);
  return height;
}
