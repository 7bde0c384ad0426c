import { useEffect, useRef } from "react";
import { useStore } from "../../store";
import type { Layout } from "../layout";
import type { Lod } from "../lod";
import type { ViewTransform } from "../panZoom/createPanZoom";
import { paintPartitions, type Palette } from "./paintPartitions";

function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    dark: document.documentElement.classList.contains("dark"),
    surface: v("--surface", "#ffffff"),
    hatch: v("--hatch", "rgba(120, 120, 120, 0.28)"),
    groups: Array.from({ length: 6 }, (_, i) => v(`--group-${i}`, "#1d4ed8")),
    font: css.fontFamily || "sans-serif",
  };
}

interface Props {
  layout: Layout;
  lod: Lod;
  width: number;
  height: number;
  /** The diagram's current pan/zoom transform. */
  transform: React.RefObject<ViewTransform>;
  /** Set to a function that repaints on the next frame (the diagram calls it when the view moves). */
  repaint: React.RefObject<(() => void) | null>;
}

/**
 * The dense world's partition strips, painted under the SVG (which stays transparent there) once per animation
 * frame in which the snapshot or the view changed. Hidden from assistive technology: the SVG layer above it
 * carries one labelled item per partition.
 */
export function PartitionCanvas({ layout, lod, width, height, transform, repaint }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = Math.min(2, typeof devicePixelRatio === "number" && devicePixelRatio > 0 ? devicePixelRatio : 1);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    let raf = 0;
    let palette: Palette | null = null;
    let paletteKey = "";
    const paint = () => {
      raf = 0;
      const snapshot = useStore.getState().snapshot;
      if (!snapshot) return;
      const key = `${document.documentElement.className}|${useStore.getState().theme}`;
      if (!palette || key !== paletteKey) {
        palette = readPalette(canvas);
        paletteKey = key;
      }
      const t = transform.current ?? { x: 0, y: 0, k: 1 };
      const painted = paintPartitions(ctx, layout, snapshot, lod, palette, { x: t.x, y: t.y, k: t.k, width, height, dpr });
      canvas.dataset.painted = String(painted);
      canvas.dataset.at = String(snapshot.now);
    };
    const request = () => {
      if (!raf) raf = requestAnimationFrame(paint);
    };
    repaint.current = request;
    request();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.theme !== prev.theme) request();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
      if (repaint.current === request) repaint.current = null;
    };
  }, [layout, lod, width, height, dpr, transform, repaint]);
  return (
    <canvas
      ref={ref}
      width={Math.round(width * dpr)}
      height={Math.round(height * dpr)}
      style={{ width, height }}
      className="pointer-events-none absolute left-0 top-0"
      aria-hidden="true"
      data-testid="partition-canvas"
    />
  );
}
