/** The iframe snippet for a playground URL (attributes escaped: the URL is data, never markup). */
const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function embedSnippet(src: string, height = 420): string {
  return `<iframe src="${escapeAttr(src)}" title="Kafka consumer groups playground" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The embed URL for a page URL: same scenario/log, plus embed=1 and the controls choice. */
export function embedUrl(pageUrl: string, controls: boolean): string {
  const u = new URL(pageUrl);
  for (const k of ["present", "lesson", "embed", "controls", "origins"]) u.searchParams.delete(k);
  u.searchParams.set("embed", "1");
  if (!controls) u.searchParams.set("controls", "0");
  return u.toString();
}
