import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { selectLargeType, useStore, type PlaygroundState } from "../store";
import { DiagramScene } from "./DiagramScene";
import { DiagramToolbar } from "./DiagramToolbar";
import { DragGhost } from "./DragGhost";
import { computeLayout, structureOf } from "./layout";
import { lodFor, type Lod } from "./lod";
import type { ViewTransform } from "./panZoom/createPanZoom";
import { usePanZoom } from "./panZoom/usePanZoom";
import { SvgDefs } from "./SvgDefs";
import { isDense } from "./dense/dense";
import { Tooltip } from "./Tooltip";
import { useDropTargets } from "./useDropTargets";

/** A dense world's canvas loads only when a world that big is open. */
const PartitionCanvas = lazy(() => import("./dense/PartitionCanvas").then((m) => ({ default: m.PartitionCanvas })));

const selectStructure = (s: PlaygroundState) => (s.snapshot ? JSON.stringify(structureOf(s.snapshot)) : "");

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!ref.current) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/**
 * The playground's live diagram: topics, groups and consumers, with pan, zoom and level of detail. `height` fixes
 * the drawing's height (presenter mode, an embedded frame): the picture is zoomed to fit instead of growing;
 * `toolbar` false leaves out the palette, legend and zoom buttons (a chromeless frame); `layoutWidth` lays the
 * picture out at least that wide and zooms it to fit (a small frame keeps the wide layout instead of stacking).
 */
export function Diagram({ height: fixedHeight, toolbar = true, layoutWidth = 0 }: { height?: number; toolbar?: boolean; layoutWidth?: number } = {}) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const viewport = useRef<SVGGElement>(null);
  const transform = useRef<ViewTransform>({ x: 0, y: 0, k: 1 });
  const userZoomed = useRef(false);
  const repaintCanvas = useRef<(() => void) | null>(null);
  const width = useWidth(box);
  const large = useStore(selectLargeType);
  // Bigger on big screens (a projector), bigger still in large-type mode.
  const fitScale = Math.round(Math.min(1.4, Math.max(1, width / 1000)) * 20) / 20;
  const scale = large ? Math.max(1.35, fitScale) : fitScale;
  const structureJson = useStore(selectStructure);
  const layout = useMemo(() => (structureJson && width > 0 ? computeLayout(JSON.parse(structureJson), Math.max(width, layoutWidth), scale) : null), [structureJson, width, scale, layoutWidth]);
  const [lod, setLod] = useState<Lod>(2);
  const dense = layout ? isDense(layout) : false;
  // Wide: at most about a screen high (big worlds are zoomed out to fit); narrow: as tall as it needs, the page scrolls.
  const cap = layout?.orientation === "narrow" ? 2400 : Math.max(480, window.innerHeight - 120);
  const height = fixedHeight !== undefined ? Math.max(160, Math.floor(fixedHeight)) : layout ? Math.min(layout.height, cap) : 320;

  const onChange = useCallback(
    (t: ViewTransform) => {
      transform.current = t;
      viewport.current?.setAttribute("transform", `translate(${t.x},${t.y}) scale(${t.k})`);
      repaintCanvas.current?.();
      svg.current?.setAttribute("data-zoom", t.k.toFixed(3));
      setLod(lodFor(t.k, scale));
    },
    [scale],
  );
  const pz = usePanZoom(svg, onChange);
  const fit = useCallback(() => {
    if (!layout) return;
    const k = Math.max(0.25, Math.min(1, height / layout.height, width / layout.width));
    pz.current?.set({ x: (width - layout.width * k) / 2, y: 0, k });
  }, [layout, height, width, pz]);

  useEffect(() => {
    pz.current?.update({ width, height });
    if (!userZoomed.current) fit();
  }, [fit, width, height, pz]);
  useDropTargets(svg, layout, transform);

  const zoom = (factor: number) => {
    userZoomed.current = true;
    pz.current?.zoomBy(factor);
  };
  const reset = () => {
    userZoomed.current = false;
    fit();
  };

  return (
    <section aria-label="Diagram" className="flex min-w-0 flex-col gap-2">
      {toolbar && <DiagramToolbar onZoomIn={() => zoom(1.25)} onZoomOut={() => zoom(0.8)} onFit={reset} />}
      <p id="consumer-keys-help" className="sr-only">
        Enter opens the consumer's actions. Space picks it up to move it: arrow keys choose a group, Space drops it there, Escape cancels.
      </p>
      <div ref={box} className="relative w-full overflow-hidden rounded-lg border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
        {dense && layout && (
          <Suspense fallback={null}>
            <PartitionCanvas layout={layout} lod={lod} width={width} height={height} transform={transform} repaint={repaintCanvas} />
          </Suspense>
        )}
        <svg
          ref={svg}
          width={width}
          height={height}
          role="group"
          aria-label="Live diagram of topics, consumer groups and consumers"
          data-lod={lod}
          data-dense={dense || undefined}
          data-orientation={layout?.orientation}
          className="relative block cursor-move touch-pan-y select-none"
          onWheel={(e) => {
            if (e.ctrlKey || e.metaKey) userZoomed.current = true;
          }}
          onPointerDown={(e) => {
            if (!(e.target as Element).closest("[data-no-pan]")) userZoomed.current = true;
          }}
        >
          <SvgDefs />
          <g ref={viewport}>
            {layout && <DiagramScene layout={layout} lod={lod} />}
          </g>
        </svg>
      </div>
      {dense && (
        <p className="text-xs text-neutral-600 dark:text-neutral-400" data-testid="dense-note">
          A big world: the partitions are painted as one picture, so markers jump instead of sliding and no records fly. Point at a partition for its
          offsets; the panels have every number.
        </p>
      )}
      <DragGhost />
      <Tooltip />
    </section>
  );
}
