import { lazy, memo, Suspense, useMemo } from "react";
import { openMenuFor } from "../interactions/menus/openMenuFor";
import { useStore } from "../store";
import type { Sizes, TopicLayout } from "./layout";
import type { Lod } from "./lod";
import { marksFor } from "./marks";
import { PartitionLog } from "./PartitionLog";
import { ProducerNode } from "./ProducerNode";
import { selectGroups, useTopic } from "./selectors";
import { SvgButton } from "./SvgButton";

/** The accessible layer of a dense world, loaded with its canvas. */
const DensePartitionItems = lazy(() => import("./dense/DensePartitionItems").then((m) => ({ default: m.DensePartitionItems })));

interface Props {
  layout: TopicLayout;
  sizes: Sizes;
  lod: Lod;
  narrow: boolean;
  /** A big world: the partitions are painted on a canvas, this draws their accessible layer only. */
  dense?: boolean;
}

/** The partition logs of a topic, each with one lane per group reading it. */
function PartitionRowsImpl({ layout, sizes, lod }: Omit<Props, "narrow" | "dense">) {
  const topic = useTopic(layout.name);
  const groups = useStore(selectGroups);
  const marks = useMemo(() => layout.rows.map((row) => marksFor(layout.name, row, groups)), [layout, groups]);
  if (!topic) return null;
  return (
    <g role="list" aria-label={`Partitions of ${topic.name}`}>
      {topic.partitions.map((p, i) =>
        layout.rows[i] ? (
          <PartitionLog
            key={p.partition}
            topic={topic.name}
            partition={p}
            y={layout.rows[i].y}
            stripX={layout.stripX}
            stripW={layout.stripW}
            cell={sizes.cell}
            font={sizes.font}
            small={sizes.small}
            laneH={sizes.laneH}
            marks={marks[i]}
            lod={lod}
          />
        ) : null,
      )}
    </g>
  );
}

const PartitionRows = memo(PartitionRowsImpl);

/** A topic as a stack of partition logs, with its producer and a menu of topic actions. */
function TopicViewImpl({ layout, sizes, lod, narrow, dense = false }: Props) {
  const topic = useTopic(layout.name);
  if (!topic) return null;
  const open = (e: Parameters<typeof openMenuFor>[1]) => openMenuFor({ kind: "topic", id: topic.name }, e);
  const retention = topic.config.retentionMs !== null ? ` · retention ${topic.config.retentionMs / 1000} s` : topic.config.retentionRecords !== null ? ` · retention ${topic.config.retentionRecords} records` : "";
  const btn = 20 * sizes.s;
  // In the narrow layout the producer sits at the end of the title row: drop the details before they collide.
  const details = `${topic.partitions.length} partitions${retention}`;
  const titleW = (topic.name.length * 1.15 + 2) * sizes.font * 0.6 + details.length * sizes.small * 0.55;
  const showDetails = !narrow || layout.stripX + titleW < layout.producer.x - 6;
  return (
    <g role="group" aria-label={`Topic ${topic.name}, ${topic.partitions.length} partitions`} data-testid={`topic-${topic.name}`}>
      <g
        onContextMenu={(e) => {
          e.preventDefault();
          open(e);
        }}
      >
        <text x={layout.stripX} y={layout.y + sizes.topicHeaderH / 2} dy="0.35em" fontSize={sizes.font * 1.15} className="fill-neutral-900 font-bold dark:fill-neutral-50">
          {topic.name}
          {showDetails && (
            <tspan fontSize={sizes.small} className="fill-neutral-500 font-normal dark:fill-neutral-400">
              {"  "}
              {details}
            </tspan>
          )}
        </text>
        <SvgButton x={layout.stripX - btn - 8 * sizes.s} y={layout.y + (sizes.topicHeaderH - btn) / 2} size={btn} label={`Actions for topic ${topic.name}`} onActivate={open} testId={`menu-topic-${topic.name}`} />
      </g>
      <ProducerNode topic={topic.name} producer={topic.producer} rect={layout.producer} font={sizes.font} small={sizes.small} narrow={narrow} />
      {dense ? (
        <Suspense fallback={null}>
          <DensePartitionItems topic={topic.name} layout={layout} sizes={sizes} />
        </Suspense>
      ) : (
        <PartitionRows layout={layout} sizes={sizes} lod={lod} />
      )}
    </g>
  );
}

export const TopicView = memo(TopicViewImpl);
