import { useMemo, useRef } from "react";
import type { ConsumerSnapshot, GroupSnapshot } from "../../engine/types";
import { useStore } from "../store";
import { groupColor } from "./groupColor";
import type { Layout } from "./layout";
import { indexOffsets } from "./marks";
import { OwnershipLink, type Point } from "./OwnershipLink";
import { selectConsumers, selectGroups } from "./selectors";

interface LinkSpec {
  readonly key: string;
  readonly source: Point;
  readonly target: Point | null;
  readonly owner: string | null;
  readonly color: string;
  readonly dashed: boolean;
}

const RUNNING = new Set(["consuming", "rebalancing", "joining", "idle"]);

/**
 * Counts, per link, revocations that were undone within one frame: a consumer whose pause list grew with a
 * rebalance pause dropped its partitions ("all" under eager) even if it got the same ones back at once.
 */
function trackPulses(prev: readonly ConsumerSnapshot[], next: readonly ConsumerSnapshot[], pulses: Map<string, number>): void {
  const byId = new Map(prev.map((p) => [p.clientId, p]));
  for (const c of next) {
    const before = byId.get(c.clientId);
    if (!before || c.pauses.length <= before.pauses.length) continue;
    for (const pause of c.pauses.slice(before.pauses.length)) {
      if (pause.reason !== "rebalance") continue;
      const dropped = pause.partitions === "all" ? before.assignment : pause.partitions;
      for (const [t, p] of dropped) {
        const key = `${c.groupId}|${t}|${p}`;
        pulses.set(key, (pulses.get(key) ?? 0) + 1);
      }
    }
  }
}

function linkSpecs(layout: Layout, groups: readonly GroupSnapshot[], consumers: readonly ConsumerSnapshot[]): LinkSpec[] {
  const narrow = layout.orientation === "narrow";
  const nodes = new Map(layout.groups.flatMap((g) => g.consumers.map((c) => [c.clientId, c] as const)));
  const index = indexOffsets(groups);
  // Who holds each (group, topic, partition) in its assignment, in the snapshot's consumer order.
  const holders = new Map<string, ConsumerSnapshot[]>();
  for (const c of consumers) {
    for (const [t, p] of c.assignment) {
      const key = `${c.groupId}|${t}|${p}`;
      const list = holders.get(key);
      if (list) list.push(c);
      else holders.set(key, [c]);
    }
  }
  const out: LinkSpec[] = [];
  for (const t of layout.topics) {
    for (const row of t.rows) {
      for (const lane of row.lanes) {
        const key = `${lane.groupId}|${t.name}|${row.partition}`;
        const rowOwner = index.get(lane.groupId)?.get(t.name)?.[row.partition]?.ownerClientId ?? null;
        // The owner as the consumer itself sees it (a revoked partition is gone at once under eager).
        const owner = holders.get(key)?.find((c) => RUNNING.has(c.status) || c.clientId === rowOwner);
        const node = owner ? nodes.get(owner.clientId) : undefined;
        const target = node ? (narrow ? { x: node.x + node.w, y: node.y + node.h / 2 } : { x: node.x, y: node.y + node.h / 2 }) : null;
        out.push({
          key,
          source: { x: t.linkX, y: lane.y },
          target,
          owner: owner?.clientId ?? null,
          color: groupColor(lane.colorIndex),
          dashed: owner !== undefined && !RUNNING.has(owner.status),
        });
      }
    }
  }
  return out;
}

/** What decides how the links are drawn: when it is the same as the previous frame's, nothing re-renders. */
function signature(specs: readonly LinkSpec[], pulses: ReadonlyMap<string, number>): string {
  let out = "";
  for (const l of specs) out += `${l.key}:${l.owner ?? ""}:${l.dashed ? 1 : 0}:${l.target ? `${l.target.x},${l.target.y}` : "-"}:${pulses.get(l.key) ?? 0};`;
  return out;
}

/** Every partition's link to its owner in every group reading it. */
export function Links({ layout }: { layout: Layout }) {
  const groups = useStore(selectGroups);
  const consumers = useStore(selectConsumers);
  const prev = useRef<readonly ConsumerSnapshot[] | null>(null);
  const pulses = useRef(new Map<string, number>());
  if (prev.current !== consumers) {
    if (prev.current) trackPulses(prev.current, consumers, pulses.current);
    prev.current = consumers;
  }
  const specs = useMemo(() => linkSpecs(layout, groups, consumers), [layout, groups, consumers]);
  const sig = signature(specs, pulses.current);
  const drawn = useRef<{ sig: string; layout: Layout; node: React.ReactNode } | null>(null);
  if (drawn.current === null || drawn.current.sig !== sig || drawn.current.layout !== layout) {
    drawn.current = {
      sig,
      layout,
      node: specs.map((l) => (
        <OwnershipLink
          key={l.key}
          source={l.source}
          target={l.target}
          pulse={pulses.current.get(l.key) ?? 0}
          color={l.color}
          dashed={l.dashed}
          narrow={layout.orientation === "narrow"}
          testId={`link-${l.key.replaceAll("|", "-")}`}
          owner={l.owner}
        />
      )),
    };
  }
  // The same element as last frame: React skips the whole list.
  return (
    <g aria-hidden="true" className="pointer-events-none">
      {drawn.current.node}
    </g>
  );
}
