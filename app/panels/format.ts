/**
 * Small pure formatting helpers for the panels: virtual time, durations and offset ranges as people read them.
 */
import type { Millis } from "../../engine/types";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Virtual time as a clock: "01:05.250", or "1:02:03.000" past an hour. */
export function formatClock(ms: Millis): string {
  const t = Math.max(0, Math.floor(ms));
  const s = Math.floor(t / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:` : ""}${pad(m)}:${pad(s % 60)}.${pad(t % 1000, 3)}`;
}

/** A duration in words, precise enough to compare: "0 s", "850 ms", "1.2 s", "2 min 5 s", "1 h 2 min". */
export function formatDuration(ms: Millis): string {
  const t = Math.max(0, Math.round(ms));
  if (t === 0) return "0 s";
  if (t < 1000) return `${t} ms`;
  if (t < 60_000) return `${+(t / 1000).toFixed(1)} s`;
  if (t < 3_600_000) {
    const m = Math.floor(t / 60_000);
    const s = Math.floor((t % 60_000) / 1000);
    return s === 0 ? `${m} min` : `${m} min ${s} s`;
  }
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Short axis label for a virtual time: "45 s", "2:30", "1:02:00". */
export function formatAxisTime(ms: Millis): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** Half-open offset ranges [from, to) as Kafka people write them: "32–36, 47". */
export function formatRanges(ranges: ReadonlyArray<readonly [number, number]>): string {
  return ranges.map(([a, b]) => (b - a === 1 ? `${a}` : `${a}–${b - 1}`)).join(", ");
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
