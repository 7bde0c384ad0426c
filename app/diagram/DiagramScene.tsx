import { memo, useMemo } from "react";
import { ConsumerNode } from "./ConsumerNode";
import { FlyingDots } from "./FlyingDots";
import { GroupBox } from "./GroupBox";
import type { Layout } from "./layout";
import { Links } from "./Links";
import type { Lod } from "./lod";
import { NewGroupZone } from "./NewGroupZone";
import { OffsetsStrip } from "./OffsetsStrip";
import { useStore, type PlaygroundState } from "../store";
import { TopicView } from "./TopicView";
import { isDense } from "./dense/dense";
import { useFlights } from "./useFlights";

/** The client ids of the groups' leaders (a member id is the client id, a dash and a UUID), one per line. */
const selectLeaders = (s: PlaygroundState): string => {
  const out: string[] = [];
  for (const g of s.snapshot?.groups ?? []) {
    const c = g.leader === null ? undefined : s.snapshot?.consumers.find((x) => x.groupId === g.groupId && g.leader!.startsWith(`${x.clientId}-`));
    if (c) out.push(c.clientId);
  }
  return out.join("\n");
};

/** The diagram's layers, back to front: groups, topics, links, consumers, flying records. */
function DiagramSceneImpl({ layout, lod }: { layout: Layout; lod: Lod }) {
  useFlights(layout);
  const leaderIds = useStore(selectLeaders);
  const leaders = useMemo(() => new Set(leaderIds.split("\n")), [leaderIds]);
  const narrow = layout.orientation === "narrow";
  const dense = isDense(layout);
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
          <TopicView key={t.name} layout={t} sizes={layout.sizes} lod={lod} narrow={narrow} dense={dense} />
        ))}
        <OffsetsStrip layout={layout} />
      </g>
      <Links layout={layout} />
      <g role="list" aria-label="Consumers">
        {layout.consumers.map((c) => {
          return (
            <g key={c.clientId} role="listitem">
              <ConsumerNode layout={c} sizes={layout.sizes} lod={lod} leader={leaders.has(c.clientId)} />
            </g>
          );
        })}
      </g>
      <FlyingDots size={8 * layout.sizes.s} />
    </>
  );
}

export const DiagramScene = memo(DiagramSceneImpl);
