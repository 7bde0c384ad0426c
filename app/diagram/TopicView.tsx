import type { TopicSnapshot } from "../../engine/types";
import { CELL, PartitionLog } from "./PartitionLog";

const ROW = CELL + 26;
const LEFT = 36;

/** A topic as a stack of partition logs. */
export function TopicView({ topic, width }: { topic: TopicSnapshot; width: number }) {
  const stripWidth = Math.max(120, width - LEFT - 12);
  const window = Math.max(8, Math.floor(stripWidth / CELL));
  const height = 28 + topic.partitions.length * ROW;
  return (
    <svg width={width} height={height} role="group" aria-label={`Topic ${topic.name}, ${topic.partitions.length} partitions`} data-testid={`topic-${topic.name}`}>
      <text x={LEFT} y={16} className="fill-neutral-900 dark:fill-neutral-50 text-[14px] font-bold">
        {topic.name}
      </text>
      {topic.producer && topic.producer.perSecond > 0 && (
        <text x={width - 12} y={16} textAnchor="end" className="fill-neutral-500 dark:fill-neutral-400 text-[12px]">
          producer: {topic.producer.perSecond} records/s
        </text>
      )}
      <g transform={`translate(${LEFT}, 26)`} role="list">
        {topic.partitions.map((p, i) => (
          <PartitionLog key={p.partition} topic={topic.name} partition={p} window={window} width={stripWidth} y={i * ROW} />
        ))}
      </g>
    </svg>
  );
}
