/**
 * Rewrites the page's query string without reloading (so the address bar names what is open), keeping the view
 * options (theme, large type, presenter mode, embed options) and dropping the rest.
 */
const KEEP = ["theme", "large", "present", "embed", "controls", "origins", "lesson"];

export function replaceQuery(params: Record<string, string>, keep: readonly string[] = KEEP): void {
  try {
    const url = new URL(location.href);
    const next = new URLSearchParams();
    for (const k of keep) {
      const v = url.searchParams.get(k);
      if (v !== null && !(k in params)) next.set(k, v);
    }
    for (const [k, v] of Object.entries(params)) next.set(k, v);
    const q = next.toString();
    // A `#log=` fragment belongs to the permalink that opened the page: it goes with the old query.
    const hash = url.hash.startsWith("#log=") ? "" : url.hash;
    history.replaceState(history.state, "", `${url.pathname}${q ? `?${q}` : ""}${hash}`);
  } catch {
    // A sandboxed frame may refuse: the address bar is only a convenience.
  }
}
