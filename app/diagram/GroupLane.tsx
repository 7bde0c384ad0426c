import { useRef } from "react";
import { useTweened } from "./anim/useTweened";
import { groupColor } from "./groupColor";
import type { Lod } from "./lod";
import { lagBars, laneGeometry, type LaneMark } from "./marks";
import type { PartitionView } from "./partitionView";

interface Props {
  mark: LaneMark;
  view: PartitionView;
  stripW: number;
  laneH: number;
  small: number;
  logEndOffset: number;
  lod: Lod;
}

/**
 * One group's lane under a partition strip: the committed offset (a triangle and a line across the strip), the
 * owner's position (a dot), and the lag from committed to log end (outlined where read but not yet committed,
 * filled where not read yet). Markers and bars slide to their new places.
 */
export function GroupLane({ mark, view, stripW, laneH, small, logEndOffset, lod }: Props) {
  const color = groupColor(mark.colorIndex);
  const { xEnd, xCommitted, xPosition } = laneGeometry(mark, view.x, logEndOffset);
  const committedRef = useRef<SVGGElement>(null);
  const positionRef = useRef<SVGCircleElement>(null);
  const readRef = useRef<SVGRectElement>(null);
  const unreadRef = useRef<SVGRectElement>(null);
  const h = Math.max(3, laneH - 3);
  const y = mark.y;
  useTweened(xCommitted, (v) => committedRef.current?.setAttribute("transform", `translate(${v},0)`));
  useTweened(xPosition, (v) => positionRef.current?.setAttribute("cx", String(v)));
  useTweened([xCommitted, xPosition, xEnd], ([c, p, e]) => {
    const bars = lagBars(c, p, e);
    readRef.current?.setAttribute("x", String(bars.readX));
    readRef.current?.setAttribute("width", String(bars.readW));
    unreadRef.current?.setAttribute("x", String(bars.unreadX));
    unreadRef.current?.setAttribute("width", String(bars.unreadW));
  });
  return (
    <g data-testid={`lane-${mark.groupId}`} data-committed={mark.committed ?? ""} data-position={mark.position ?? ""} data-lag={mark.lag ?? ""}>
      <title>{`${mark.groupId}: committed ${mark.committed ?? "none yet"}, position ${mark.position ?? "none"}, lag ${mark.lag ?? "unknown"}`}</title>
      <line x1={0} x2={stripW} y1={y} y2={y} stroke={color} strokeOpacity={0.25} strokeWidth={1} />
      <rect ref={readRef} y={y - h / 2} height={h} fill={color} fillOpacity={0.12} stroke={color} strokeWidth={1} />
      <rect ref={unreadRef} y={y - h / 2} height={h} fill={color} fillOpacity={0.55} />
      {/* Always rendered (hidden when there is no value), so the tweens always have their element. */}
      <g ref={committedRef} visibility={mark.committed === null ? "hidden" : "visible"}>
        <line x1={0} x2={0} y1={-1} y2={y - h / 2} stroke={color} strokeWidth={2} />
        <path d={`M0,${y - h / 2 - 1} l${-h * 0.7},${h + 2} h${h * 1.4} Z`} fill={color} stroke="var(--surface)" strokeWidth={0.75} />
      </g>
      <circle ref={positionRef} cy={y} r={Math.max(2, h / 2)} fill="var(--surface)" stroke={color} strokeWidth={1.75} visibility={mark.position === null ? "hidden" : "visible"} />
      {lod >= 2 && mark.lag !== null && (
        <text x={stripW + 11} y={y} dy="0.35em" fontSize={small * 0.95} fill={color} className="font-semibold">
          lag {mark.lag}
        </text>
      )}
    </g>
  );
}
