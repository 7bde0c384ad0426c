/** The embed options of the page's URL: ?embed=1, &controls=0|1 (default 1), &origins=<allow-list>. */
import { parseOrigins } from "./origins";

export interface EmbedOptions {
  readonly embed: boolean;
  readonly controls: boolean;
  /** Allowed host origins, or null for any. */
  readonly origins: readonly string[] | null;
}

export function readEmbedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const on = (v: string | null) => v === "1" || v === "true";
  return { embed: on(q.get("embed")), controls: q.get("controls") === null ? true : on(q.get("controls")), origins: parseOrigins(q.get("origins")) };
}
