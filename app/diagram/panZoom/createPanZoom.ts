/**
 * Pan and zoom for an SVG, framework-free (after xyflow's XYPanZoom): d3-zoom listens on `node` and reports
 * each transform to `onChange`; the caller applies it. Dragging the background pans; Ctrl/⌘ + wheel and
 * two-finger pinch zoom, so a plain wheel or one-finger swipe still scrolls the page. Elements marked
 * `data-no-pan` (consumers, buttons) keep their own pointer handling.
 */
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";

export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface PanZoomOptions {
  readonly node: SVGSVGElement;
  readonly onChange: (t: ViewTransform) => void;
  readonly minZoom?: number;
  readonly maxZoom?: number;
}

export interface PanZoom {
  /** New viewport size (for zooming around its centre). */
  update(size: { width: number; height: number }): void;
  zoomBy(factor: number): void;
  /** Jumps to a transform (fit, reset). */
  set(t: ViewTransform): void;
  current(): ViewTransform;
  destroy(): void;
}

export function createPanZoom({ node, onChange, minZoom = 0.15, maxZoom = 4 }: PanZoomOptions): PanZoom {
  let size = { width: node.clientWidth, height: node.clientHeight };
  let t: ViewTransform = { x: 0, y: 0, k: 1 };
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent([minZoom, maxZoom])
    .filter((event: Event) => {
      if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
      if ((event as MouseEvent).button) return false;
      return !(event.target as Element | null)?.closest("[data-no-pan]");
    })
    .on("zoom", (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      t = { x: e.transform.x, y: e.transform.y, k: e.transform.k };
      onChange(t);
    });
  const selection = select(node);
  selection.call(behavior).on("dblclick.zoom", null);
  return {
    update(next) {
      size = next;
    },
    zoomBy(factor) {
      behavior.scaleBy(selection, factor, [size.width / 2, size.height / 2]);
    },
    set(next) {
      behavior.transform(selection, zoomIdentity.translate(next.x, next.y).scale(next.k));
    },
    current: () => t,
    destroy() {
      selection.on(".zoom", null);
    },
  };
}
