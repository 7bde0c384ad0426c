/**
 * What each group reading a partition shows on that partition's row: its committed offset, the owner's
 * position, and the lag between the committed offset and the log end.
 */
import type { GroupSnapshot } from "../../engine/types";
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
  return row.lanes.map((lane) => {
    const g = groups.find((x) => x.groupId === lane.groupId);
    const o = g?.offsets.find((r) => r.topic === topic && r.partition === row.partition);
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
