/**
 * Watches the snapshots and launches what flies between two of them: a record from the producer to the
 * partition it landed in, a record from a partition to the consumer that fetched it, a commit from the
 * partition's committed marker to the group's __consumer_offsets partition. Nothing flies with reduced motion,
 * after a seek, or when too much happened in one frame (then only the first few fly).
 */
import { useEffect, useRef } from "react";
import type { Snapshot } from "../../engine/types";
import { useStore } from "../store";
import { isDense } from "./dense/dense";
import { reducedMotion } from "./anim/motion";
import { launch, type Flight } from "./flights";
import { groupColor } from "./groupColor";
import { keyColor } from "./keyColor";
import type { Layout } from "./layout";
import { markOffsets, marksFor } from "./marks";
import { partitionView } from "./partitionView";

const MAX_PER_KIND = 8;

export function computeFlights(layout: Layout, prev: Snapshot, next: Snapshot): Flight[] {
  const commits: Flight[] = [];
  const fetches: Flight[] = [];
  const produced: Flight[] = [];
  const { cell } = layout.sizes;
  const narrow = layout.orientation === "narrow";
  const nodes = new Map(layout.groups.flatMap((g) => g.consumers.map((c) => [c.clientId, c] as const)));
  const colorOf = new Map(layout.groups.map((g) => [g.groupId, g.colorIndex]));
  for (const t of layout.topics) {
    const before = prev.topics.find((x) => x.name === t.name);
    const after = next.topics.find((x) => x.name === t.name);
    if (!before || !after || before === after) continue;
    for (const row of t.rows) {
      const p0 = before.partitions[row.partition];
      const p1 = after.partitions[row.partition];
      if (!p1) continue;
      const marks = marksFor(t.name, row, next.groups);
      const view = partitionView(p1.logStartOffset, p1.logEndOffset, markOffsets(marks), t.stripW, cell);
      const added = p0 ? p1.logEndOffset - p0.logEndOffset : 0;
      for (let i = 0; i < Math.min(2, added); i++) {
        const offset = p1.logEndOffset - 1 - i;
        const rec = p1.recent.find((r) => r.offset === offset);
        const pr = t.producer;
        produced.push({
          x1: narrow ? pr.x + pr.w / 2 : pr.x + pr.w,
          y1: narrow ? pr.y + pr.h : pr.y + pr.h / 2,
          x2: t.stripX + view.x(offset) + cell / 2,
          y2: row.y + cell / 2,
          color: keyColor(rec?.key ?? null),
          shape: "dot",
        });
      }
    }
  }
  for (const g of next.groups) {
    const g0 = prev.groups.find((x) => x.groupId === g.groupId);
    if (!g0 || g0 === g) continue;
    for (const r of g.offsets) {
      const r0 = g0.offsets.find((x) => x.topic === r.topic && x.partition === r.partition);
      const t = layout.topics.find((x) => x.name === r.topic);
      const row = t?.rows[r.partition];
      const lane = row?.lanes.find((l) => l.groupId === g.groupId);
      const part = next.topics.find((x) => x.name === r.topic)?.partitions[r.partition];
      if (!r0 || !t || !row || !lane || !part) continue;
      const view = partitionView(part.logStartOffset, part.logEndOffset, markOffsets(marksFor(t.name, row, next.groups)), t.stripW, cell);
      if (r.committed !== null && r.committed !== r0.committed) {
        commits.push({
          x1: t.stripX + view.x(r.committed),
          y1: lane.y,
          x2: layout.offsets.x + g.offsetsPartition * layout.offsets.cell + layout.offsets.cell / 2,
          y2: layout.offsets.y + layout.offsets.h / 2,
          color: groupColor(colorOf.get(g.groupId) ?? 0),
          shape: "square",
          offsetsPartition: g.offsetsPartition,
        });
      }
      const node = r.ownerClientId ? nodes.get(r.ownerClientId) : undefined;
      if (node && r.position !== null && r0.position !== null && r.position > r0.position && r.ownerClientId === r0.ownerClientId) {
        const rec = part.recent.find((x) => x.offset === r.position! - 1);
        fetches.push({
          x1: t.stripX + view.x(r.position - 1) + cell / 2,
          y1: row.y + cell / 2,
          x2: narrow ? node.x + node.w - 4 : node.x + 4,
          y2: node.y + node.h / 2,
          color: keyColor(rec?.key ?? null),
          shape: "dot",
        });
      }
    }
  }
  return [...commits.slice(0, MAX_PER_KIND), ...fetches.slice(0, MAX_PER_KIND), ...produced.slice(0, MAX_PER_KIND)];
}

export function useFlights(layout: Layout): void {
  const current = useRef(layout);
  current.current = layout;
  useEffect(
    () =>
      useStore.subscribe((s, old) => {
        const next = s.snapshot;
        const prev = old.snapshot;
        if (!next || !prev || next === prev || reducedMotion() || isDense(current.current)) return;
        // A seek (back, or a jump far ahead) is not a movement to animate.
        if (next.now < prev.now || next.now - prev.now > 30_000 || next.eventCount < prev.eventCount) return;
        for (const f of computeFlights(current.current, prev, next)) launch(f);
      }),
    [],
  );
}
