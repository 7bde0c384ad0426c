/**
 * The offset axis of one partition strip. The newest records get full cells (at most the RECENT_RECORDS the
 * snapshot carries); when the log, or a group's committed offset, reaches further back, the older part is
 * squeezed into a compressed region on the left, drawn as one bar: records aggregate, markers stay exact.
 */
import { RECENT_RECORDS } from "../../engine/snapshot/topics";

export interface PartitionView {
  /** First offset drawn as its own cell. */
  readonly first: number;
  /** Smallest offset on the axis. */
  readonly lo: number;
  /** Width of the compressed region on the left (0: none). */
  readonly oldW: number;
  readonly cell: number;
  readonly cells: number;
  /** x of the left edge of an offset's cell. */
  readonly x: (offset: number) => number;
}

const OLD_CELLS = 4;

export function partitionView(logStartOffset: number, logEndOffset: number, markers: readonly (number | null)[], stripW: number, cell: number): PartitionView {
  const cells = Math.max(OLD_CELLS + 2, Math.floor(stripW / cell));
  let lo = logStartOffset;
  for (const m of markers) if (m !== null && m < lo) lo = m;
  if (logEndOffset - lo <= cells) {
    return { first: lo, lo, oldW: 0, cell, cells, x: (o) => (o - lo) * cell };
  }
  const full = Math.min(RECENT_RECORDS, cells - OLD_CELLS);
  const oldW = stripW - full * cell;
  const first = logEndOffset - full;
  const span = Math.max(1, first - lo);
  return {
    first,
    lo,
    oldW,
    cell,
    cells: full,
    x: (o) => (o >= first ? oldW + (o - first) * cell : Math.max(0, ((o - lo) / span) * (oldW - 4))),
  };
}
