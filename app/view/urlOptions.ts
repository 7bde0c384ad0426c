/**
 * Options read from the page's URL: ?theme=dark|light, ?large=1, ?demo=big, and for a lesson (or a test) that
 * starts at a given moment: ?paused=1 and ?at=<virtual seconds>; ?speed=<x> starts the clock at that speed.
 */
export interface UrlOptions {
  readonly theme: "light" | "dark" | null;
  readonly large: boolean;
  readonly demo: string | null;
  readonly paused: boolean;
  /** Virtual milliseconds to start at. */
  readonly at: number | undefined;
  /** ?speed=<0.1..1000>: the clock's speed at start. */
  readonly speed: number | undefined;
}

export function readUrlOptions(search: string = typeof location === "undefined" ? "" : location.search): UrlOptions {
  const q = new URLSearchParams(search);
  const theme = q.get("theme");
  return {
    theme: theme === "dark" || theme === "light" ? theme : null,
    large: q.get("large") === "1" || q.get("large") === "true",
    demo: q.get("demo"),
    paused: q.get("paused") === "1" || q.get("paused") === "true",
    at: Number.isFinite(Number(q.get("at"))) && Number(q.get("at")) > 0 ? Math.round(Number(q.get("at")) * 1000) : undefined,
    speed: q.has("speed") && Number.isFinite(Number(q.get("speed"))) && Number(q.get("speed")) > 0 ? Number(q.get("speed")) : undefined,
  };
}
