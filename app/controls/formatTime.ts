/** Virtual time as mm:ss.mmm (h:mm:ss.mmm past an hour). */
export function formatVirtualTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${h > 0 ? `${h}:` : ""}${pad(m)}:${pad(s % 60)}.${String(Math.floor(ms % 1000)).padStart(3, "0")}`;
}

/** Virtual time in words for screen readers: "1 minute 5 seconds". */
export function spokenTime(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  const parts = [m > 0 ? `${m} minute${m === 1 ? "" : "s"}` : "", `${s % 60} second${s % 60 === 1 ? "" : "s"}`].filter(Boolean);
  return parts.join(" ");
}
