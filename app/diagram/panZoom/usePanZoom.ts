/**
 * Creates the pan/zoom factory for an SVG for the lifetime of the component. d3-zoom (with d3-transition and
 * d3-drag, about 13 KB gzip) loads on the first sign that the user wants to pan or zoom (a press on the diagram's
 * background, Ctrl/⌘ + wheel, a pinch, a zoom button), so it is not part of what the page loads up front. Calls
 * made before it has loaded are applied once it has.
 */
import { useEffect, useRef, type RefObject } from "react";
import type { PanZoom, ViewTransform } from "./createPanZoom";

const INTENT_EVENTS = ["pointerdown", "wheel", "touchstart"] as const;

export function usePanZoom(svg: RefObject<SVGSVGElement | null>, onChange: (t: ViewTransform) => void): RefObject<PanZoom | null> {
  const pz = useRef<PanZoom | null>(null);
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    const node = svg.current;
    if (!node) return;
    let real: PanZoom | null = null;
    let loading: Promise<PanZoom> | null = null;
    let destroyed = false;
    let size: { width: number; height: number } | null = null;
    let pending: ((p: PanZoom) => void)[] = [];
    let t: ViewTransform = { x: 0, y: 0, k: 1 };
    const load = (): Promise<PanZoom> =>
      (loading ??= import("./createPanZoom").then(({ createPanZoom }) => {
        real = createPanZoom({ node, onChange: (next) => handler.current(next) });
        if (destroyed) real.destroy();
        if (size) real.update(size);
        real.set(t);
        for (const f of pending) f(real);
        pending = [];
        return real;
      }));
    const whenLoaded = (f: (p: PanZoom) => void): void => {
      if (real) f(real);
      else {
        pending.push(f);
        void load();
      }
    };
    const onIntent = (e: Event): void => {
      if (e.type === "wheel" && !((e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey)) return;
      void load();
    };
    for (const type of INTENT_EVENTS) node.addEventListener(type, onIntent, { passive: true });
    pz.current = {
      update(next) {
        size = next;
        real?.update(next);
      },
      zoomBy: (factor) => whenLoaded((p) => p.zoomBy(factor)),
      set(next) {
        t = next;
        if (real) real.set(next);
        else handler.current(next); // before d3-zoom is needed, a transform is just applied
      },
      current: () => real?.current() ?? t,
      destroy() {
        destroyed = true;
        real?.destroy();
      },
    };
    return () => {
      for (const type of INTENT_EVENTS) node.removeEventListener(type, onIntent);
      pz.current?.destroy();
      pz.current = null;
    };
  }, [svg]);
  return pz;
}
