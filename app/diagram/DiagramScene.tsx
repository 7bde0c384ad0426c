import { memo } from "react";
import { ConsumerNode } from "./ConsumerNode";
import { FlyingDots } from "./FlyingDots";
import { GroupBox } from "./GroupBox";
import type { Layout } from "./layout";
import { Links } from "./Links";
import type { Lod } from "./lod";
import { NewGroupZone } from "./NewGroupZone";
import { OffsetsStrip } from "./OffsetsStrip";
import { useStore } from "../store";
import { selectGroups } from "./selectors";
import { TopicView } from "./TopicView";
import { useFlights } from "./useFlights";

/** The diagram's layers, back to front: groups, topics, links, consumers, flying records. */
function DiagramSceneImpl({ layout, lod }: { layout: Layout; lod: Lod }) {
  useFlights(layout);
  const groups = useStore(selectGroups);
  const narrow = layout.orientation === "narrow";
  return (
    <>
      <g>
        {layout.groups.map((g) => (
          <GroupBox key={g.groupId} layout={g} sizes={layout.sizes} />
        ))}
        <NewGroupZone rect={layout.newGroup} sizes={layout.sizes} />
      </g>
      <g>
        {layout.topics.map((t) => (
          <TopicView key={t.name} layout={t} sizes={layout.sizes} lod={lod} narrow={narrow} />
        ))}
        <OffsetsStrip layout={layout} />
      </g>
      <Links layout={layout} />
      <g role="list" aria-label="Consumers">
        {layout.consumers.map((c) => {
          const leader = groups.find((x) => x.groupId === c.groupId)?.leader ?? null;
          return (
            <g key={c.clientId} role="listitem">
              <ConsumerNode layout={c} sizes={layout.sizes} lod={lod} leader={leader !== null && leader.startsWith(`${c.clientId}-`)} />
            </g>
          );
        })}
      </g>
      <FlyingDots size={8 * layout.sizes.s} />
    </>
  );
}

export const DiagramScene = memo(DiagramSceneImpl);
