import { memo, useLayoutEffect, useRef } from "react";
import { reducedMotion } from "./anim/motion";
import { tween } from "./anim/ticker";

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface Props {
  source: Point;
  target: Point | null;
  /** Bumped when the owner revoked and got the partition back within one frame (an eager rebalance). */
  pulse: number;
  color: string;
  /** The owner crashed but the coordinator does not know yet: nobody reads this partition. */
  dashed: boolean;
  narrow: boolean;
  testId: string;
  owner: string | null;
}

function curve(s: Point, x: number, y: number, narrow: boolean): string {
  // Narrow: out to the right of the strip, down the gutter, back into the consumer's right edge.
  if (narrow) {
    const cx = Math.max(s.x, x) + 26;
    return `M${s.x},${s.y} C${cx},${s.y} ${cx},${y} ${x},${y}`;
  }
  const dx = Math.max(30, (x - s.x) / 2);
  return `M${s.x},${s.y} C${s.x + dx},${s.y} ${x - dx},${y} ${x},${y}`;
}

/**
 * A partition's link to the consumer that owns it in one group. It is drawn growing from the partition, so a
 * revoked partition visibly retracts and a reassigned one visibly reaches its new owner; a partition that moves
 * between two owners slides from one to the other.
 */
function OwnershipLinkImpl({ source, target, pulse, color, dashed, narrow, testId, owner }: Props) {
  const path = useRef<SVGPathElement>(null);
  const shown = useRef({ x: target?.x ?? source.x, y: target?.y ?? source.y, e: 0 });
  const last = useRef<{ target: Point | null; pulse: number } | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useLayoutEffect(() => {
    const draw = () => {
      const p = path.current;
      if (!p) return;
      p.setAttribute("d", curve(source, shown.current.x, shown.current.y, narrow));
      p.setAttribute("stroke-dasharray", dashed ? "0.012 0.012" : `${shown.current.e} 2`);
      p.setAttribute("visibility", shown.current.e <= 0.001 ? "hidden" : "visible");
    };
    const run = (to: Partial<typeof shown.current>, duration: number, then?: () => void) => {
      stop.current = tween({ from: { ...shown.current }, to: { ...shown.current, ...to }, duration, onUpdate: (v) => ((shown.current = v), draw()), onDone: then });
    };
    stop.current?.();
    const prev = last.current;
    last.current = { target, pulse };
    if (reducedMotion() || prev === null) {
      shown.current = { x: target?.x ?? shown.current.x, y: target?.y ?? shown.current.y, e: target ? 1 : 0 };
      draw();
      return;
    }
    if (!target) {
      run({ e: 0 }, 300);
    } else if (!prev.target || shown.current.e < 0.05) {
      shown.current = { x: target.x, y: target.y, e: 0 };
      run({ e: 1 }, 420);
    } else if (pulse !== prev.pulse) {
      // Eager: every link drops first, then the new assignment arrives.
      run({ e: 0 }, 260, () => {
        shown.current = { x: target.x, y: target.y, e: 0 };
        run({ e: 1 }, 380);
      });
    } else if (target.x !== shown.current.x || target.y !== shown.current.y) {
      run({ x: target.x, y: target.y, e: 1 }, 480);
    } else {
      shown.current = { ...shown.current, e: 1 };
      draw();
    }
  }, [source.x, source.y, target?.x, target?.y, pulse, dashed, narrow]); // eslint-disable-line react-hooks/exhaustive-deps

  useLayoutEffect(() => () => stop.current?.(), []);

  return (
    <path
      ref={path}
      pathLength={1}
      fill="none"
      stroke={color}
      strokeWidth={dashed ? 1.5 : 2.25}
      strokeOpacity={dashed ? 0.7 : 0.85}
      strokeLinecap="butt"
      data-testid={testId}
      data-owner={owner ?? ""}
    />
  );
}

export const OwnershipLink = memo(OwnershipLinkImpl, (a, b) => a.source.x === b.source.x && a.source.y === b.source.y && a.target?.x === b.target?.x && a.target?.y === b.target?.y && a.pulse === b.pulse && a.color === b.color && a.dashed === b.dashed && a.narrow === b.narrow && a.owner === b.owner);
