/**
 * Each consumer group's colour, for its lanes, markers and links. Values are CSS variables defined per theme
 * in styles.css, so dark mode gets lighter shades. Groups take colours in the order they appear.
 */
const COUNT = 6;

export function groupColor(index: number): string {
  return `var(--group-${index % COUNT})`;
}
