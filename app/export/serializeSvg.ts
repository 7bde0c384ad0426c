/**
 * Serializes the live diagram's <svg> so it renders on its own (a slide, another page): every element gets its
 * computed presentation styles inlined (the app's CSS, its custom properties and the dark theme are not there
 * once the file leaves the page), plus a background, a viewBox and the SVG namespace. A dense world's partition
 * canvas is included as an image.
 */

/** The presentation properties that decide how SVG draws. */
const PROPS = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin",
  "opacity", "visibility", "display", "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing", "paint-order",
  "color", "marker-start", "marker-mid", "marker-end", "clip-path", "mask", "filter", "stop-color", "stop-opacity",
] as const;

/** Properties whose computed value equals this are left out (they change nothing). */
const SKIP: Partial<Record<(typeof PROPS)[number], string>> = { "clip-path": "none", mask: "none", filter: "none", "marker-start": "none", "marker-mid": "none", "marker-end": "none", "letter-spacing": "normal", "paint-order": "normal" };

function inline(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  const style: string[] = [];
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && SKIP[p] !== v) style.push(`${p}:${v}`);
  }
  target.setAttribute("style", style.join(";"));
  target.removeAttribute("class");
  // Attributes that name the page's custom properties (fill="var(--group-0)") mean nothing on their own.
  for (const a of [...target.attributes]) if (a.value.includes("var(")) target.setAttribute(a.name, cs.getPropertyValue(a.name) || "none");
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length && i < t.length; i++) inline(s[i], t[i]);
}

export interface SerializedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export function serializeSvg(svg: SVGSVGElement, background?: string): SerializedSvg {
  const rect = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(rect.width));
  const height = Math.max(1, Math.round(rect.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone);
  // What only makes sense on the page: focus, ARIA, event hooks, test ids.
  for (const el of [clone, ...clone.querySelectorAll("*")]) {
    for (const a of [...el.attributes]) if (a.name === "tabindex" || a.name.startsWith("aria-") || a.name.startsWith("data-") || a.name === "role" || a.name.startsWith("on")) el.removeAttribute(a.name);
  }
  for (const el of clone.querySelectorAll("script, foreignObject")) el.remove();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const bg = background ?? (getComputedStyle(svg.parentElement ?? svg).backgroundColor || "#ffffff");
  const back = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  back.setAttribute("width", "100%");
  back.setAttribute("height", "100%");
  back.setAttribute("fill", bg === "rgba(0, 0, 0, 0)" ? "#ffffff" : bg);
  clone.insertBefore(back, clone.firstChild);
  // A dense world paints its partition strips on a canvas under the SVG: they go in as a picture.
  const painted = svg.parentElement?.querySelector<HTMLCanvasElement>("canvas[data-testid=partition-canvas]");
  if (painted) {
    const image = document.createElementNS("http://www.w3.org/2000/svg", "image");
    image.setAttribute("href", painted.toDataURL("image/png"));
    image.setAttribute("width", String(width));
    image.setAttribute("height", String(height));
    clone.insertBefore(image, back.nextSibling);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height };
}

/** Draws the serialized SVG on a canvas at `scale` (2 for slides) and answers a PNG. */
export async function svgToPng(svg: SerializedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("The diagram could not be drawn as an image."));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas.");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be made."))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
