/** Small formatting helpers for event messages (virtual durations in words). */
import type { Millis } from "./types";

/** "45 s", "300 ms", "5 min" — how a duration reads in an event message. */
export function formatDuration(ms: Millis): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(2)} s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(2)} min`;
  return `${+(ms / 3_600_000).toFixed(2)} h`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function tp(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}
