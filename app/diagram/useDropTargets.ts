/**
 * Tells the drag controller what lies under a point of the screen (via the current pan/zoom transform and
 * the layout) and which targets a keyboard drag cycles through.
 */
import { useEffect, type RefObject } from "react";
import { registerDropResolver, registerDropTargets } from "../interactions/drag/controller";
import type { DropTarget } from "../interactions/drag/types";
import type { Layout, Rect } from "./layout";
import type { ViewTransform } from "./panZoom/createPanZoom";

const inside = (r: Rect, x: number, y: number) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;

export function useDropTargets(svg: RefObject<SVGSVGElement | null>, layout: Layout | null, transform: RefObject<ViewTransform>): void {
  useEffect(() => {
    if (!layout) return;
    registerDropResolver((cx, cy) => {
      const r = svg.current?.getBoundingClientRect();
      if (!r || cx < r.left || cx > r.right || cy < r.top || cy > r.bottom) return null;
      const t = transform.current;
      const x = (cx - r.left - t.x) / t.k;
      const y = (cy - r.top - t.y) / t.k;
      const g = layout.groups.find((gl) => inside(gl, x, y));
      if (g) return { kind: "group", groupId: g.groupId };
      if (inside(layout.newGroup, x, y)) return { kind: "newGroup" };
      return { kind: "outside" };
    });
    registerDropTargets((source) => {
      const targets: DropTarget[] = layout.groups.map((g) => ({ kind: "group", groupId: g.groupId }));
      targets.push({ kind: "newGroup" });
      if (source.kind === "palette") return { targets, start: 0 };
      targets.push({ kind: "outside" });
      const own = layout.groups.findIndex((g) => g.groupId === source.groupId);
      return { targets, start: own < 0 ? 0 : (own + 1) % targets.length };
    });
  }, [svg, layout, transform]);
}
