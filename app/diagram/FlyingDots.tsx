import { useEffect, useRef } from "react";
import { easeCubicInOut } from "d3-ease";
import { addTask } from "./anim/ticker";
import { flashOffsets, registerLauncher, type Flight } from "./flights";

const POOL = 40;
const DURATION = 650;

interface Active {
  readonly f: Flight;
  readonly start: number;
  readonly el: SVGGElement;
}

/**
 * A fixed pool of small shapes that fly along arcs. React renders the pool once; each frame only moves the
 * active ones (attributes through refs), and a full pool drops new flights instead of growing.
 */
export function FlyingDots({ size }: { size: number }) {
  const els = useRef<(SVGGElement | null)[]>([]);
  useEffect(() => {
    const free = [...Array(POOL).keys()];
    const active: Active[] = [];
    let stop: (() => void) | null = null;
    const tick = (now: number) => {
      for (let i = active.length - 1; i >= 0; i--) {
        const a = active[i];
        const t = Math.min(1, (now - a.start) / DURATION);
        const k = easeCubicInOut(t);
        const { x1, y1, x2, y2 } = a.f;
        const lift = Math.min(60, Math.hypot(x2 - x1, y2 - y1) * 0.25);
        const x = x1 + (x2 - x1) * k;
        const y = y1 + (y2 - y1) * k - Math.sin(Math.PI * k) * lift;
        a.el.setAttribute("transform", `translate(${x},${y})`);
        if (t >= 1) {
          a.el.setAttribute("display", "none");
          free.push(Number(a.el.dataset.slot));
          active.splice(i, 1);
          if (a.f.offsetsPartition !== undefined) flashOffsets(a.f.offsetsPartition);
        }
      }
      if (active.length === 0) stop = null;
      return active.length > 0;
    };
    registerLauncher((f) => {
      const slot = free.pop();
      if (slot === undefined) return;
      const el = els.current[slot];
      if (!el) return;
      (el.children[0] as SVGElement).setAttribute("fill", f.color);
      (el.children[0] as SVGElement).setAttribute("visibility", f.shape === "dot" ? "visible" : "hidden");
      (el.children[1] as SVGElement).setAttribute("visibility", f.shape === "square" ? "visible" : "hidden");
      (el.children[1] as SVGElement).setAttribute("fill", f.color);
      el.setAttribute("transform", `translate(${f.x1},${f.y1})`);
      el.removeAttribute("display");
      active.push({ f, start: performance.now(), el });
      if (!stop) stop = addTask(tick);
    });
    return () => {
      registerLauncher(null);
      stop?.();
    };
  }, []);
  return (
    <g aria-hidden="true" className="pointer-events-none">
      {Array.from({ length: POOL }, (_, i) => (
        <g
          key={i}
          data-slot={i}
          display="none"
          ref={(el) => {
            els.current[i] = el;
          }}
        >
          <circle r={size / 2} stroke="var(--surface)" strokeWidth={1} />
          <rect x={-size / 2} y={-size / 2} width={size} height={size} rx={1.5} stroke="var(--surface)" strokeWidth={1} />
        </g>
      ))}
    </g>
  );
}
