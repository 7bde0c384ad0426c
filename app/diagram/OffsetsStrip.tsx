import { memo, useEffect, useRef } from "react";
import { useStore } from "../store";
import { reducedMotion } from "./anim/motion";
import { tween } from "./anim/ticker";
import { registerOffsetsFlash } from "./flights";
import { groupColor } from "./groupColor";
import type { Layout } from "./layout";
import { selectGroups, selectOffsetsTopic } from "./selectors";

/**
 * The internal topic __consumer_offsets, compact: one small cell per partition, the ones holding a group's
 * commits coloured and labelled. Commits fly here from the partition rows. (The panels show its records.)
 */
function OffsetsStripImpl({ layout }: { layout: Layout }) {
  const topic = useStore(selectOffsetsTopic);
  const groups = useStore(selectGroups);
  const cells = useRef(new Map<number, SVGRectElement>());
  const { offsets: o, sizes } = layout;
  useEffect(
    () =>
      registerOffsetsFlash((partition) => {
        const el = cells.current.get(partition);
        if (!el || reducedMotion()) return;
        tween({ from: 1, to: 0, duration: 500, onUpdate: (v) => el.setAttribute("stroke-width", String(1 + 3 * v)) });
      }),
    [],
  );
  const used = layout.groups
    .map((gl) => ({ gl, g: groups.find((g) => g.groupId === gl.groupId) }))
    .filter((x) => x.g)
    .sort((a, b) => a.g!.offsetsPartition - b.g!.offsetsPartition);
  // Labels are placed right to left, each on the first row where it ends before that row's leftmost label, so
  // a label's leader line never crosses the text of a row above it.
  const rowStarts: number[] = [];
  const labels = [...used].reverse().map(({ gl, g }) => {
    const p = g!.offsetsPartition;
    const x = o.x + p * o.cell;
    const text = `__consumer_offsets-${p} ← ${gl.groupId}`;
    const w = text.length * sizes.small * 0.64;
    let row = rowStarts.findIndex((start) => x + w + 8 < start);
    if (row < 0) row = rowStarts.length;
    rowStarts[row] = x;
    // Near the right edge the label moves left to stay inside the diagram.
    const textX = Math.max(0, Math.min(x, layout.width - w - 4));
    return { key: gl.groupId, p, x, textX, text, row, color: groupColor(gl.colorIndex) };
  });
  return (
    <g data-testid="offsets-strip" role="group" aria-label={`__consumer_offsets, ${o.partitions} partitions: ${labels.map((l) => `${l.key} commits to partition ${l.p}`).join(", ")}`}>
      <text x={o.x} y={o.y - 6 * sizes.s} fontSize={sizes.small} className="fill-neutral-700 font-semibold dark:fill-neutral-200">
        __consumer_offsets{" "}
        <tspan className="fill-neutral-500 font-normal dark:fill-neutral-400">{layout.orientation === "wide" ? `(internal topic, ${o.partitions} partitions: where groups commit)` : `(${o.partitions} partitions)`}</tspan>
      </text>
      {Array.from({ length: o.partitions }, (_, p) => (
        <rect key={p} x={o.x + p * o.cell} y={o.y} width={Math.max(1, o.cell - 1)} height={o.h} className="fill-neutral-200 dark:fill-neutral-700" />
      ))}
      {labels.map((l) => (
        <g key={l.key} data-testid={`offsets-partition-${l.key}`} data-partition={l.p}>
          <title>{`${l.key} commits to __consumer_offsets-${l.p} (${topic?.partitions[l.p]?.logEndOffset ?? 0} records in that partition)`}</title>
          <rect
            ref={(el) => {
              if (el) cells.current.set(l.p, el);
              else cells.current.delete(l.p);
            }}
            x={l.x}
            y={o.y - 2}
            width={Math.max(2, o.cell - 1)}
            height={o.h + 4}
            fill={l.color}
            stroke={l.color}
            strokeWidth={1}
          />
          <line x1={l.x + o.cell / 2} x2={l.x + o.cell / 2} y1={o.y + o.h + 2} y2={o.y + o.h + 6 + l.row * sizes.small * 1.3} stroke={l.color} />
          <text x={l.textX} y={o.y + o.h + 6 + (l.row + 0.75) * sizes.small * 1.3} fontSize={sizes.small} fill={l.color} className="font-semibold">
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
}

export const OffsetsStrip = memo(OffsetsStripImpl);
