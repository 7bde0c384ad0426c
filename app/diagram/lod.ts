/*
 * Level of detail: how much the diagram draws at the current zoom. Discrete, so zooming re-renders only when
 * a threshold is crossed. `d` is the effective scale: zoom times the large-type factor.
 */
/** 0: records as bars, names only; 1: record cells, no small labels; 2: everything; 3: offsets in cells too. */
export type Lod = 0 | 1 | 2 | 3;

export function lodFor(zoom: number, scale: number): Lod {
  const d = zoom * scale;
  if (d < 0.45) return 0;
  if (d < 0.75) return 1;
  if (d < 1.6) return 2;
  return 3;
}
