import { javaStringHashCode } from "../../engine/partitioner";

/**
 * A stable colour per record key, so key-to-partition routing is visible. The producer's keys `key-0`,
 * `key-1`, ... take the palette in order (twelve distinct colours); other keys are hashed. Keyless records are grey.
 */
const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#17becf", "#8c6d31", "#6b6ecf",
];

export const KEYLESS_COLOR = "#a3a3a3";

export function keyColor(key: string | null): string {
  if (key === null) return KEYLESS_COLOR;
  const numbered = /^key-(\d+)$/.exec(key);
  if (numbered) return PALETTE[Number(numbered[1]) % PALETTE.length];
  return PALETTE[(javaStringHashCode(key) >>> 0) % PALETTE.length];
}
