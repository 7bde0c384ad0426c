/**
 * One tooltip for the diagram (SVG has none that keyboard users can see): shown on hover or focus of an
 * element that explains itself, hidden on leave or blur.
 */
import { useSyncExternalStore } from "react";

export interface TooltipState {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

let current: TooltipState | null = null;
const listeners = new Set<() => void>();

function set(next: TooltipState | null): void {
  current = next;
  for (const l of listeners) l();
}

export function showTooltip(text: string, el: Element): void {
  const r = el.getBoundingClientRect();
  set({ text, x: r.left, y: r.bottom + 6 });
}

export function hideTooltip(): void {
  if (current) set(null);
}

export function useTooltip(): TooltipState | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** Props that show `text` as the tooltip of an element while it is hovered or focused. */
export function tooltipProps(text: string) {
  return {
    onPointerEnter: (e: { currentTarget: Element }) => showTooltip(text, e.currentTarget),
    onPointerLeave: hideTooltip,
    onFocus: (e: { currentTarget: Element }) => showTooltip(text, e.currentTarget),
    onBlur: hideTooltip,
  };
}
