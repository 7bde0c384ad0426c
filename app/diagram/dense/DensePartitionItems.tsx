import { memo } from "react";
import { useStore } from "../../store";
import type { Sizes, TopicLayout } from "../layout";
import { marksFor, partitionLabel } from "../marks";
import { hideTooltip, showTooltip } from "../tooltip";
import { DENSE_LABEL_MS } from "./dense";
import { useThrottledSnapshot } from "./useThrottledSnapshot";

/** The partition's description as of now (read when the pointer arrives, not on every frame). */
function describeNow(topic: string, layout: TopicLayout, rowIndex: number): string {
  const snapshot = useStore.getState().snapshot;
  const p = snapshot?.topics.find((t) => t.name === topic)?.partitions[layout.rows[rowIndex].partition];
  if (!snapshot || !p) return `${topic} partition ${rowIndex}`;
  return partitionLabel(topic, p.partition, p.logStartOffset, p.logEndOffset, marksFor(topic, layout.rows[rowIndex], snapshot.groups));
}

/**
 * A dense world's partitions as the assistive layer over the canvas: one transparent, labelled item per
 * partition (its label follows the simulation once a second), which shows the partition's details on hover.
 */
function DensePartitionItemsImpl({ topic, layout, sizes }: { topic: string; layout: TopicLayout; sizes: Sizes }) {
  const snapshot = useThrottledSnapshot(DENSE_LABEL_MS);
  const partitions = snapshot?.topics.find((t) => t.name === topic)?.partitions;
  const groups = snapshot?.groups ?? [];
  const rowH = layout.rows.length > 1 ? layout.rows[1].y - layout.rows[0].y : sizes.cell + sizes.laneH;
  return (
    <g role="list" aria-label={`Partitions of ${topic} (labels refresh once a second in a world this big)`}>
      {layout.rows.map((row, i) => {
        const p = partitions?.[row.partition];
        const label = p ? partitionLabel(topic, row.partition, p.logStartOffset, p.logEndOffset, marksFor(topic, row, groups)) : `${topic} partition ${row.partition}`;
        return (
          <rect
            key={row.partition}
            role="listitem"
            aria-label={label}
            data-testid={`partition-${topic}-${row.partition}`}
            data-log-start-offset={p?.logStartOffset}
            data-log-end-offset={p?.logEndOffset}
            x={layout.stripX - 34 * sizes.s}
            y={row.y - 2}
            width={layout.stripW + 34 * sizes.s + 60 * sizes.s}
            height={rowH - 4 * sizes.s}
            fill="transparent"
            onPointerEnter={(e) => showTooltip(describeNow(topic, layout, i), e.currentTarget)}
            onPointerLeave={hideTooltip}
          />
        );
      })}
    </g>
  );
}

export const DensePartitionItems = memo(DensePartitionItemsImpl);
