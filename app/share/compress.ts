/**
 * deflate-raw with the platform's CompressionStream (no library in the bundle). Inflating stops as soon as the
 * output passes a cap, so a small hostile link cannot expand into gigabytes (a "zip bomb").
 */

async function collect(stream: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const source = new Blob([bytes as BlobPart]).stream();
  return source.pipeThrough(transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}

export async function deflate(text: string): Promise<Uint8Array> {
  return (await collect(pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw")), Number.POSITIVE_INFINITY))!;
}

export type InflateResult = { ok: true; text: string } | { ok: false; reason: "corrupt" | "too-large" };

/** Inflates at most `cap` bytes; corrupt or truncated input, or more than `cap`, is refused. */
export async function inflate(bytes: Uint8Array, cap: number): Promise<InflateResult> {
  try {
    const out = await collect(pipe(bytes, new DecompressionStream("deflate-raw")), cap);
    if (!out) return { ok: false, reason: "too-large" };
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(out) };
  } catch {
    return { ok: false, reason: "corrupt" };
  }
}
