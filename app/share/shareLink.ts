/** The permalink to the moment the playground is at now (null when the engine is not running). */
import { moment } from "../engine/engineClient";

/** View options a shared link keeps. */
const KEEP = ["theme", "large"];

export async function currentPermalink(extra: Record<string, string> = {}, page: string = location.href): Promise<string | null> {
  const m = await moment();
  if (!m) return null;
  // The link codec (deflate, base64url) loads on first use.
  const { permalinkUrl } = await import("./permalink");
  const url = new URL(await permalinkUrl(m, page, KEEP));
  for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
  return url.toString();
}
