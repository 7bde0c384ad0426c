import { scaleLinear } from "d3-scale";
import type { PartitionSnapshot } from "../../engine/types";
import { keyColor } from "./keyColor";

export const CELL = 18;

interface Props {
  topic: string;
  partition: PartitionSnapshot;
  /** How many offsets the strip shows. */
  window: number;
  width: number;
  y: number;
}

/** One partition as a log: a strip of records, newest on the right, with its log start and end offsets. */
export function PartitionLog({ topic, partition, window, width, y }: Props) {
  const { logStartOffset, logEndOffset, recent } = partition;
  const first = Math.max(0, logEndOffset - window);
  const x = scaleLinear().domain([first, first + window]).range([0, width]);
  const cell = width / window;
  const label = `${topic} partition ${partition.partition}: log start offset ${logStartOffset}, log end offset ${logEndOffset}`;
  return (
    <g
      transform={`translate(0, ${y})`}
      role="listitem"
      aria-label={label}
      data-testid={`partition-${topic}-${partition.partition}`}
      data-log-start-offset={logStartOffset}
      data-log-end-offset={logEndOffset}
    >
      <text x={-8} y={CELL / 2} dy="0.35em" textAnchor="end" className="fill-neutral-700 dark:fill-neutral-200 text-[13px] font-semibold">
        P{partition.partition}
      </text>
      <rect x={0} y={0} width={width} height={CELL} rx={3} className="fill-neutral-100 stroke-neutral-300 dark:fill-neutral-800 dark:stroke-neutral-600" />
      {first < logStartOffset && (
        <rect x={0} y={0} width={Math.max(0, x(logStartOffset))} height={CELL} className="fill-neutral-300/60 dark:fill-neutral-700/60">
          <title>Deleted by retention</title>
        </rect>
      )}
      {recent
        .filter((r) => r.offset >= first)
        .map((r) => (
          <rect key={r.offset} x={x(r.offset) + 1} y={2} width={Math.max(1, cell - 2)} height={CELL - 4} rx={2} fill={keyColor(r.key)}>
            <title>{`offset ${r.offset}${r.key === null ? ", no key" : `, key ${r.key}`}`}</title>
          </rect>
        ))}
      <text x={0} y={CELL + 13} className="fill-neutral-500 dark:fill-neutral-400 text-[11px]">
        log start {logStartOffset}
      </text>
      <text x={width} y={CELL + 13} textAnchor="end" className="fill-neutral-500 dark:fill-neutral-400 text-[11px]">
        log end {logEndOffset}
      </text>
    </g>
  );
}
