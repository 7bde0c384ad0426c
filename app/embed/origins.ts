/** Reads the `origins` URL parameter: a list of allowed origins, or null (any origin). Bad entries are dropped. */
export function parseOrigins(param: string | null): string[] | null {
  if (param === null) return null;
  const out: string[] = [];
  for (const raw of param.split(",")) {
    try {
      const u = new URL(raw.trim());
      if ((u.protocol === "https:" || u.protocol === "http:") && u.origin !== "null") out.push(u.origin);
    } catch {
      // not a URL: ignored
    }
  }
  return out;
}
