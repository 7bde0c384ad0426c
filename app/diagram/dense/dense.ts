/**
 * A big world (more partitions than MANY_PARTITIONS, the engine's own threshold for sending fewer records) is
 * drawn densely: partition strips on one canvas, no flying records, accessible labels refreshed once a second.
 */
import { MANY_PARTITIONS } from "../../../engine/snapshot/topics";
import type { Layout } from "../layout";

export function isDense(layout: Pick<Layout, "topics">): boolean {
  let rows = 0;
  for (const t of layout.topics) rows += t.rows.length;
  return rows > MANY_PARTITIONS;
}

/** How often the accessible partition labels of a dense world follow the simulation. */
export const DENSE_LABEL_MS = 1000;
