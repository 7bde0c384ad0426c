import { useCallback, useRef, useState } from "react";

/**
 * Width of an element and its font size in px (charts scale their margins with the text in large-type mode).
 * Returns a callback ref, so it measures whenever the element mounts, also after a conditional render.
 */
export function useElementSize<T extends HTMLElement>() {
  const [size, setSize] = useState({ width: 0, fontSize: 16 });
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => {
      const width = Math.floor(el.getBoundingClientRect().width);
      const fontSize = parseFloat(getComputedStyle(el).fontSize) || 16;
      setSize((s) => (s.width === width && s.fontSize === fontSize ? s : { width, fontSize }));
    };
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  return [ref, size] as const;
}
