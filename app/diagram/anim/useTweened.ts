/**
 * Animates a value that React computes: the element is rendered without the animated attribute, and `apply`
 * writes it (through a ref) on every frame of a d3-interpolate tween from the value on screen to the new one.
 * With reduced motion the new value is applied at once.
 */
import { useLayoutEffect, useRef } from "react";
import { reducedMotion } from "./motion";
import { tween } from "./ticker";

export const DURATION = 420;

export function useTweened<T extends number | readonly number[]>(value: T, apply: (v: T) => void, duration = DURATION): void {
  const shown = useRef<T | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const applyRef = useRef(apply);
  applyRef.current = apply;
  const key = typeof value === "number" ? value : (value as readonly number[]).join(",");
  useLayoutEffect(() => {
    stop.current?.();
    const from = shown.current;
    if (from === null || reducedMotion() || duration <= 0) {
      shown.current = value;
      applyRef.current(value);
      return;
    }
    stop.current = tween<T>({
      from,
      to: value,
      duration,
      onUpdate: (v) => {
        shown.current = v;
        applyRef.current(v);
      },
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useLayoutEffect(() => () => stop.current?.(), []);
}
