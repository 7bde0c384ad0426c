import { memo, useRef } from "react";
import type { PartitionSnapshot } from "../../engine/types";
import { useTweened } from "./anim/useTweened";
import { GroupLane } from "./GroupLane";
import { keyColor } from "./keyColor";
import type { Lod } from "./lod";
import { markOffsets, partitionLabel, sameMarks, type LaneMark } from "./marks";
import { partitionView } from "./partitionView";

interface Props {
  topic: string;
  partition: PartitionSnapshot;
  y: number;
  stripX: number;
  stripW: number;
  cell: number;
  font: number;
  small: number;
  laneH: number;
  marks: readonly LaneMark[];
  lod: Lod;
}

/**
 * One partition as a log: a strip of records (newest on the right, one colour per key) with its log start and
 * end offsets, and below it one lane per group reading it (committed offset, position, lag).
 */
function PartitionLogView({ topic, partition, y, stripX, stripW, cell, font, small, laneH, marks, lod }: Props) {
  const { logStartOffset, logEndOffset, recent } = partition;
  const view = partitionView(logStartOffset, logEndOffset, markOffsets(marks), stripW, cell);
  const records = useRef<SVGGElement>(null);
  // Records sit at offset * cell inside a group that slides left as the log grows.
  useTweened(view.oldW - view.first * cell, (v) => records.current?.setAttribute("transform", `translate(${v},0)`));
  const clipId = `clip-${topic.replace(/[^A-Za-z0-9_-]/g, "_")}-${partition.partition}`;
  const visible = recent.filter((r) => r.offset >= view.first - 2);
  const older = view.oldW > 0 ? view.first - Math.max(logStartOffset, view.lo) : 0;
  const label = partitionLabel(topic, partition.partition, logStartOffset, logEndOffset, marks);
  return (
    <g
      transform={`translate(${stripX}, ${y})`}
      role="listitem"
      aria-label={label}
      data-testid={`partition-${topic}-${partition.partition}`}
      data-log-start-offset={logStartOffset}
      data-log-end-offset={logEndOffset}
    >
      {lod >= 1 && (
        <text x={-8} y={cell / 2} dy="0.35em" textAnchor="end" className="fill-neutral-800 font-semibold dark:fill-neutral-100" fontSize={font}>
          P{partition.partition}
        </text>
      )}
      {lod >= 2 && (
        <text x={-8} y={cell + small + 2} textAnchor="end" className="fill-neutral-500 dark:fill-neutral-400" fontSize={small * 0.9}>
          <title>log start offset (the oldest record retention kept)</title>
          start {logStartOffset}
        </text>
      )}
      <rect width={stripW} height={cell} rx={3} className="fill-neutral-100 stroke-neutral-300 dark:fill-neutral-900 dark:stroke-neutral-600" />
      {view.oldW > 0 && (
        <g>
          <rect x={view.x(Math.max(logStartOffset, view.lo))} y={3} width={Math.max(2, view.oldW - 4 - view.x(Math.max(logStartOffset, view.lo)))} height={cell - 6} rx={2} className="fill-neutral-400 dark:fill-neutral-500">
            <title>{`${older} older records (offsets ${Math.max(logStartOffset, view.lo)}..${view.first - 1}), squeezed`}</title>
          </rect>
          <line x1={view.oldW - 2} x2={view.oldW - 2} y1={-2} y2={cell + 2} className="stroke-neutral-500" strokeDasharray="2 2" />
        </g>
      )}
      {view.lo < logStartOffset && (
        <rect x={0} y={0} width={Math.max(1, view.x(logStartOffset))} height={cell} fill="url(#hatch-deleted)" className="stroke-neutral-400">
          <title>Deleted by retention</title>
        </rect>
      )}
      <clipPath id={clipId}>
        <rect x={view.oldW} y={0} width={stripW - view.oldW} height={cell} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        <g ref={records}>
          {lod === 0 ? (
            <rect x={Math.max(view.first, logStartOffset) * cell} y={3} width={Math.max(0, logEndOffset - Math.max(view.first, logStartOffset)) * cell} height={cell - 6} className="fill-neutral-500" />
          ) : (
            visible.map((r) => (
              <g key={r.offset}>
                <rect x={r.offset * cell + 1} y={2} width={Math.max(1, cell - 2)} height={cell - 4} rx={2} fill={keyColor(r.key)}>
                  <title>{`offset ${r.offset}, ${r.key === null ? "no key" : `key ${r.key}`}`}</title>
                </rect>
                {lod === 3 && (
                  <text x={r.offset * cell + cell / 2} y={cell / 2} dy="0.35em" textAnchor="middle" fontSize={Math.min(small, cell * 0.42)} className="pointer-events-none fill-white font-semibold">
                    {r.offset}
                  </text>
                )}
              </g>
            ))
          )}
        </g>
      </g>
      <text x={stripW + 6} y={cell / 2} dy="0.35em" className="fill-neutral-600 dark:fill-neutral-300" fontSize={small}>
        <title>log end offset: the offset the next record will get</title>
        end {logEndOffset}
      </text>
      {marks.map((m) => (
        <GroupLane key={m.groupId} mark={m} view={view} stripW={stripW} laneH={laneH} small={small} logEndOffset={logEndOffset} lod={lod} />
      ))}
    </g>
  );
}

export const PartitionLog = memo(
  PartitionLogView,
  (a, b) =>
    a.partition === b.partition && a.y === b.y && a.stripX === b.stripX && a.stripW === b.stripW && a.cell === b.cell && a.lod === b.lod && a.topic === b.topic && sameMarks(a.marks, b.marks),
);
