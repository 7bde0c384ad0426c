/**
 * Where everything goes: a pure function of the snapshot's structure (topics, partitions, groups, consumers)
 * and the available width. Offsets and statuses do not move anything, so the layout is recomputed only when
 * the structure changes (see structureKey). Wide screens get three columns (producers, topics, groups);
 * narrow ones stack topics above groups.
 */
import type { Snapshot } from "../../engine/types";

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Sizes {
  readonly s: number;
  readonly cell: number;
  readonly laneH: number;
  readonly font: number;
  readonly small: number;
  readonly consumerH: number;
  readonly groupHeaderH: number;
  readonly topicHeaderH: number;
}

export interface LaneLayout {
  readonly groupId: string;
  /** Centre line of the lane. */
  readonly y: number;
  readonly colorIndex: number;
}

export interface RowLayout {
  readonly partition: number;
  /** Top of the record strip. */
  readonly y: number;
  readonly lanes: readonly LaneLayout[];
}

export interface TopicLayout extends Rect {
  readonly name: string;
  readonly stripX: number;
  readonly stripW: number;
  /** Where ownership links leave the partition rows. */
  readonly linkX: number;
  readonly rows: readonly RowLayout[];
  readonly producer: Rect;
}

export interface ConsumerLayout extends Rect {
  readonly clientId: string;
  readonly groupId: string;
}

export interface GroupLayout extends Rect {
  readonly groupId: string;
  readonly colorIndex: number;
  readonly consumers: readonly ConsumerLayout[];
}

export interface Layout {
  readonly key: string;
  readonly orientation: "wide" | "narrow";
  readonly width: number;
  readonly height: number;
  readonly sizes: Sizes;
  readonly topics: readonly TopicLayout[];
  readonly groups: readonly GroupLayout[];
  /** Every consumer's node, in creation order. */
  readonly consumers: readonly ConsumerLayout[];
  /** The compact __consumer_offsets strip commits fly to. */
  readonly offsets: Rect & { readonly cell: number; readonly partitions: number };
  /** Drop a consumer here to start a new group. */
  readonly newGroup: Rect;
}

interface Structure {
  readonly topics: readonly { readonly name: string; readonly partitions: number; readonly readers: readonly string[] }[];
  readonly groups: readonly { readonly groupId: string; readonly consumers: readonly string[] }[];
  readonly offsetsPartitions: number;
  /** Client ids in the snapshot's (creation) order: consumers are drawn in it, so moving one never reorders. */
  readonly consumers: readonly string[];
}

/** The parts of a snapshot that decide the layout. */
export function structureOf(snapshot: Snapshot): Structure {
  const groupIds = snapshot.groups.map((g) => g.groupId);
  for (const c of snapshot.consumers) if (!groupIds.includes(c.groupId)) groupIds.push(c.groupId);
  const readers = new Map<string, Set<string>>();
  const reads = (topic: string, group: string) => {
    if (!readers.has(topic)) readers.set(topic, new Set());
    readers.get(topic)!.add(group);
  };
  for (const g of snapshot.groups) for (const o of g.offsets) reads(o.topic, g.groupId);
  for (const c of snapshot.consumers) for (const t of c.subscriptions) reads(t, c.groupId);
  return {
    topics: snapshot.topics
      .filter((t) => !t.internal)
      .map((t) => ({ name: t.name, partitions: t.partitions.length, readers: groupIds.filter((g) => readers.get(t.name)?.has(g)) })),
    groups: groupIds.map((groupId) => ({ groupId, consumers: snapshot.consumers.filter((c) => c.groupId === groupId).map((c) => c.clientId) })),
    offsetsPartitions: snapshot.topics.find((t) => t.internal)?.partitions.length ?? 50,
    consumers: snapshot.consumers.map((c) => c.clientId),
  };
}

export function structureKey(st: Structure, width: number, scale: number): string {
  return JSON.stringify([st, Math.round(width), scale]);
}

/** The widest layout needs this many (unscaled) pixels; below it the layout stacks. */
const WIDE_MIN = 760;

export function computeLayout(st: Structure, width: number, scale: number): Layout {
  const s = scale;
  const sizes: Sizes = { s, cell: 18 * s, laneH: 12 * s, font: 13 * s, small: 11 * s, consumerH: 44 * s, groupHeaderH: 74 * s, topicHeaderH: 30 * s };
  const wide = width >= WIDE_MIN * s;
  const margin = (wide ? 12 : 8) * s;
  const labelW = 34 * s;
  const endW = 64 * s;
  const groupW = 214 * s;
  const producerW = 104 * s;
  const colorIndex = new Map(st.groups.map((g, i) => [g.groupId, i]));

  // Narrow: links run down a gutter on the right and reach each consumer's right edge.
  const gutter = wide ? 0 : 30 * s;
  const stripX = wide ? margin + producerW + 28 * s + labelW : margin + labelW;
  const groupsX = wide ? width - margin - groupW : margin;
  const stripW = Math.max(120 * s, wide ? groupsX - 96 * s - endW - stripX : width - margin - gutter - endW - stripX);
  const linkX = stripX + stripW + endW;

  let y = margin;
  const topics: TopicLayout[] = st.topics.map((t) => {
    const top = y;
    const rowsTop = top + sizes.topicHeaderH;
    const rowH = sizes.cell + t.readers.length * sizes.laneH + 16 * s;
    const rows: RowLayout[] = Array.from({ length: t.partitions }, (_, p) => {
      const ry = rowsTop + p * rowH;
      return {
        partition: p,
        y: ry,
        lanes: t.readers.map((g, i) => ({ groupId: g, y: ry + sizes.cell + 2 * s + (i + 0.5) * sizes.laneH, colorIndex: colorIndex.get(g) ?? 0 })),
      };
    });
    const h = sizes.topicHeaderH + t.partitions * rowH;
    y = top + h + 14 * s;
    const rowsMid = rowsTop + (t.partitions * rowH) / 2 - 8 * s;
    const producer: Rect = wide
      ? { x: margin, y: rowsMid - 24 * s, w: producerW, h: 48 * s }
      : { x: stripX + stripW + endW - 150 * s, y: top, w: 150 * s, h: 24 * s };
    return { name: t.name, x: stripX - labelW, y: top, w: stripW + labelW + endW, h, stripX, stripW, linkX, rows, producer };
  });

  const offCell = Math.max(4 * s, Math.min(10 * s, (stripW + endW - 4) / st.offsetsPartitions));
  const offsets = { x: stripX, y: y + 4 * s, w: offCell * st.offsetsPartitions, h: 12 * s, cell: offCell, partitions: st.offsetsPartitions };
  const leftBottom = offsets.y + offsets.h + (12 + 15 * Math.min(3, Math.max(1, st.groups.length))) * s;

  // Groups: a column on the right (wide) or full-width boxes below (narrow).
  let gy = wide ? margin : leftBottom + 8 * s;
  const boxW = wide ? groupW : width - 2 * margin - gutter;
  const pad = 10 * s;
  const gap = 8 * s;
  const cols = 1;
  const consumerW = boxW - 2 * pad;
  const groups: GroupLayout[] = st.groups.map((g, gi) => {
    const top = gy;
    const consumers: ConsumerLayout[] = g.consumers.map((clientId, i) => ({
      clientId,
      groupId: g.groupId,
      x: groupsX + pad + (i % cols) * (consumerW + gap),
      y: top + sizes.groupHeaderH + Math.floor(i / cols) * (sizes.consumerH + gap),
      w: consumerW,
      h: sizes.consumerH,
    }));
    const slots = Math.max(1, Math.ceil(g.consumers.length / cols));
    const h = sizes.groupHeaderH + slots * (sizes.consumerH + gap) + pad - gap + 4 * s;
    gy = top + h + 14 * s;
    return { groupId: g.groupId, colorIndex: gi, x: groupsX, y: top, w: boxW, h, consumers };
  });
  const newGroup: Rect = { x: groupsX, y: gy, w: boxW, h: 44 * s };
  const rightBottom = gy + newGroup.h + margin;

  return {
    key: structureKey(st, width, scale),
    orientation: wide ? "wide" : "narrow",
    width,
    height: Math.max(leftBottom, rightBottom),
    sizes,
    topics,
    groups,
    consumers: st.consumers.flatMap((id) => groups.flatMap((g) => g.consumers.filter((c) => c.clientId === id))),
    offsets,
    newGroup,
  };
}
