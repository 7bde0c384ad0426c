/**
 * What each group reading a partition shows on that partition's row: its committed offset, the owner's
 * position, and the lag between the committed offset and the log end.
 */
import type { GroupOffsetRow, GroupSnapshot } from "../../engine/types";
import type { RowLayout } from "./layout";

export interface LaneMark {
  readonly groupId: string;
  readonly colorIndex: number;
  readonly y: number;
  readonly committed: number | null;
  readonly position: number | null;
  readonly owner: string | null;
  readonly lag: number | null;
}

export function marksFor(topic: string, row: RowLayout, groups: readonly GroupSnapshot[]): LaneMark[] {
  const index = indexOffsets(groups);
  return row.lanes.map((lane) => {
    const o = index.get(lane.groupId)?.get(topic)?.[row.partition];
    return {
      groupId: lane.groupId,
      colorIndex: lane.colorIndex,
      y: lane.y - row.y,
      committed: o?.committed ?? null,
      position: o?.position ?? null,
      owner: o?.ownerClientId ?? null,
      lag: o?.lag ?? null,
    };
  });
}

/** Every group's offset rows by group, topic and partition: rows are looked up, not searched. */
export type OffsetIndex = ReadonlyMap<string, ReadonlyMap<string, readonly (GroupOffsetRow | undefined)[]>>;

/** One index per groups array (a snapshot's groups are immutable): the lanes, links and canvas of a frame share it. */
const indexes = new WeakMap<readonly GroupSnapshot[], OffsetIndex>();

export function indexOffsets(groups: readonly GroupSnapshot[]): OffsetIndex {
  const cached = indexes.get(groups);
  if (cached) return cached;
  const out = new Map<string, Map<string, (GroupOffsetRow | undefined)[]>>();
  for (const g of groups) {
    const byTopic = new Map<string, (GroupOffsetRow | undefined)[]>();
    for (const r of g.offsets) {
      let rows = byTopic.get(r.topic);
      if (!rows) byTopic.set(r.topic, (rows = []));
      rows[r.partition] = r;
    }
    out.set(g.groupId, byTopic);
  }
  indexes.set(groups, out);
  return out;
}

export function sameMarks(a: readonly LaneMark[], b: readonly LaneMark[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i];
    return m.groupId === n.groupId && m.y === n.y && m.committed === n.committed && m.position === n.position && m.owner === n.owner && m.colorIndex === n.colorIndex && m.lag === n.lag;
  });
}

/** Every offset a row's axis must show. */
export function markOffsets(marks: readonly LaneMark[]): (number | null)[] {
  return marks.flatMap((m) => [m.committed, m.position]);
}

/** Where a lane's marks sit on a partition's axis (x within the strip): the SVG lane and the dense canvas share it. */
export interface LaneGeometry {
  readonly xEnd: number;
  readonly xCommitted: number;
  readonly xPosition: number;
}

export function laneGeometry(mark: LaneMark, x: (offset: number) => number, logEndOffset: number): LaneGeometry {
  const xEnd = x(logEndOffset);
  const xCommitted = mark.committed === null ? xEnd : x(mark.committed);
  const xPosition = mark.position === null ? xCommitted : x(mark.position);
  return { xEnd, xCommitted, xPosition };
}

/** The lag bar's two parts: read but not committed (committed..position), and not read yet (position..end). */
export function lagBars(c: number, p: number, e: number): { readX: number; readW: number; unreadX: number; unreadW: number } {
  return { readX: c, readW: Math.max(0, Math.min(p, e) - c), unreadX: Math.max(c, p), unreadW: Math.max(0, e - Math.max(c, p)) };
}

/** What a partition row says to a screen reader and in its tooltip: its offsets and every group's marks. */
export function partitionLabel(topic: string, partition: number, logStartOffset: number, logEndOffset: number, marks: readonly LaneMark[]): string {
  const lagText = marks.map((m) => `${m.groupId}: committed ${m.committed ?? "none"}, position ${m.position ?? "none"}, lag ${m.lag ?? "unknown"}${m.owner ? `, read by ${m.owner}` : ", no owner"}`).join("; ");
  return `${topic} partition ${partition}: log start offset ${logStartOffset}, log end offset ${logEndOffset}${marks.length ? `. ${lagText}` : ""}`;
}
