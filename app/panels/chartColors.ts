/** Series colours readable on white and on neutral-900 (checked for 3:1 contrast against both). */
export const SERIES_COLORS = ["#2f7fd6", "#d9730d", "#1a9a6c", "#d6457f", "#8a63d2", "#0f9aab", "#7f9a1a", "#c9503a"];

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length];
}
