/**
 * Paints every partition strip of a big world onto one canvas: the same picture PartitionLog and GroupLane draw
 * in SVG (records by key colour, the squeezed older part, what retention deleted, log start and end offsets,
 * and per group the committed offset, the position and the lag), but as a few thousand canvas calls instead of
 * thousands of SVG elements changing every frame. Markers jump instead of sliding: in a world this size
 * everything moves at once. Only rows inside the visible part of the view are painted.
 */
import type { PartitionSnapshot, Snapshot, TopicSnapshot } from "../../../engine/types";
import { keyColor } from "../keyColor";
import type { Layout, TopicLayout } from "../layout";
import type { Lod } from "../lod";
import { lagBars, laneGeometry, markOffsets, marksFor, type LaneMark } from "../marks";
import { partitionView } from "../partitionView";

/** The part of CanvasRenderingContext2D the painter uses (a recording fake stands in for it in tests). */
export type Ctx = Pick<
  CanvasRenderingContext2D,
  | "setTransform" | "translate" | "clearRect" | "save" | "restore" | "beginPath" | "rect" | "roundRect" | "clip" | "fill" | "stroke"
  | "fillRect" | "strokeRect" | "moveTo" | "lineTo" | "closePath" | "arc" | "fillText" | "setLineDash"
  | "fillStyle" | "strokeStyle" | "lineWidth" | "globalAlpha" | "font" | "textAlign" | "textBaseline"
>;

/** Colours of the current theme (CSS variables and the Tailwind neutrals the SVG strips use). */
export interface Palette {
  readonly dark: boolean;
  readonly surface: string;
  readonly groups: readonly string[];
  readonly hatch: string;
  readonly font: string;
}

export interface View {
  /** The pan/zoom transform: screen = layout * k + (x, y). */
  readonly x: number;
  readonly y: number;
  readonly k: number;
  /** Canvas size in CSS pixels, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

const NEUTRAL = {
  light: { strip: "#f5f5f5", stripLine: "#d4d4d4", squeezed: "#a3a3a3", squeezedLine: "#737373", bar: "#737373", label: "#262626", muted: "#737373", end: "#525252" },
  dark: { strip: "#171717", stripLine: "#525252", squeezed: "#737373", squeezedLine: "#737373", bar: "#737373", label: "#f5f5f5", muted: "#a3a3a3", end: "#d4d4d4" },
};

/** The rows of `t` that are at least partly inside the visible band [top, bottom] of layout coordinates. */
function visibleRows(t: TopicLayout, rowH: number, top: number, bottom: number): [number, number] {
  if (t.rows.length === 0) return [0, 0];
  const first = t.rows[0].y;
  const from = Math.max(0, Math.floor((top - first) / rowH) - 1);
  const to = Math.min(t.rows.length, Math.ceil((bottom - first) / rowH) + 1);
  return [from, Math.max(from, to)];
}

export function paintPartitions(ctx: Ctx, layout: Layout, snapshot: Snapshot, lod: Lod, palette: Palette, view: View): number {
  const { cell, laneH, font, small, s } = layout.sizes;
  const n = palette.dark ? NEUTRAL.dark : NEUTRAL.light;
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(view.dpr * view.k, 0, 0, view.dpr * view.k, view.dpr * view.x, view.dpr * view.y);
  const top = -view.y / view.k;
  const bottom = (view.height - view.y) / view.k;
  const topics = new Map<string, TopicSnapshot>(snapshot.topics.map((t) => [t.name, t]));
  let painted = 0;
  for (const t of layout.topics) {
    const topic = topics.get(t.name);
    if (!topic) continue;
    const rowH = t.rows.length > 1 ? t.rows[1].y - t.rows[0].y : cell + laneH;
    const [from, to] = visibleRows(t, rowH, top, bottom);
    for (let i = from; i < to; i++) {
      const row = t.rows[i];
      const p = topic.partitions[row.partition];
      if (!p) continue;
      paintRow(ctx, t.stripX, row.y, t.stripW, p, marksFor(t.name, row, snapshot.groups), lod, palette, n, { cell, laneH, font, small, s });
      painted++;
    }
  }
  return painted;
}

interface RowSizes {
  readonly cell: number;
  readonly laneH: number;
  readonly font: number;
  readonly small: number;
  readonly s: number;
}

function paintRow(ctx: Ctx, x0: number, y0: number, stripW: number, p: PartitionSnapshot, marks: readonly LaneMark[], lod: Lod, palette: Palette, n: (typeof NEUTRAL)["light"], z: RowSizes): void {
  const { cell, laneH, font, small } = z;
  const { logStartOffset, logEndOffset } = p;
  const view = partitionView(logStartOffset, logEndOffset, markOffsets(marks), stripW, cell);
  ctx.save();
  ctx.translate(x0, y0);
  // Labels left of the strip (P3, log start offset) and right of it (log end offset).
  ctx.textBaseline = "middle";
  if (lod >= 1) {
    ctx.textAlign = "right";
    ctx.fillStyle = n.label;
    ctx.font = `600 ${font}px ${palette.font}`;
    ctx.fillText(`P${p.partition}`, -8, cell / 2);
  }
  if (lod >= 2) {
    ctx.textAlign = "right";
    ctx.fillStyle = n.muted;
    ctx.font = `${small * 0.9}px ${palette.font}`;
    ctx.fillText(`start ${logStartOffset}`, -8, cell + small / 2 + 2);
  }
  ctx.textAlign = "left";
  ctx.fillStyle = n.end;
  ctx.font = `${small}px ${palette.font}`;
  ctx.fillText(`end ${logEndOffset}`, stripW + 6, cell / 2);
  // The strip.
  ctx.beginPath();
  ctx.roundRect(0, 0, stripW, cell, 3);
  ctx.fillStyle = n.strip;
  ctx.fill();
  ctx.strokeStyle = n.stripLine;
  ctx.lineWidth = 1;
  ctx.stroke();
  if (view.oldW > 0) {
    const from = Math.max(logStartOffset, view.lo);
    ctx.fillStyle = n.squeezed;
    ctx.fillRect(view.x(from), 3, Math.max(2, view.oldW - 4 - view.x(from)), cell - 6);
    ctx.strokeStyle = n.squeezedLine;
    ctx.setLineDash([2, 2]);
    ctx.beginPath();
    ctx.moveTo(view.oldW - 2, -2);
    ctx.lineTo(view.oldW - 2, cell + 2);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (view.lo < logStartOffset) {
    ctx.fillStyle = palette.hatch;
    ctx.fillRect(0, 0, Math.max(1, view.x(logStartOffset)), cell);
  }
  // Records, newest on the right, inside the strip's uncompressed part.
  ctx.save();
  ctx.beginPath();
  ctx.rect(view.oldW, 0, stripW - view.oldW, cell);
  ctx.clip();
  const shift = view.oldW - view.first * cell;
  if (lod === 0) {
    const from = Math.max(view.first, logStartOffset);
    ctx.fillStyle = n.bar;
    ctx.fillRect(shift + from * cell, 3, Math.max(0, logEndOffset - from) * cell, cell - 6);
  } else {
    for (const r of p.recent) {
      if (r.offset < view.first - 2) continue;
      ctx.fillStyle = keyColor(r.key);
      ctx.fillRect(shift + r.offset * cell + 1, 2, Math.max(1, cell - 2), cell - 4);
      if (lod === 3) {
        ctx.fillStyle = "#ffffff";
        ctx.textAlign = "center";
        ctx.font = `600 ${Math.min(small, cell * 0.42)}px ${palette.font}`;
        ctx.fillText(String(r.offset), shift + r.offset * cell + cell / 2, cell / 2);
      }
    }
  }
  ctx.restore();
  // One lane per group reading the partition.
  const h = Math.max(3, laneH - 3);
  for (const m of marks) {
    const color = palette.groups[m.colorIndex % palette.groups.length];
    const { xEnd, xCommitted, xPosition } = laneGeometry(m, view.x, logEndOffset);
    const bars = lagBars(xCommitted, xPosition, xEnd);
    const y = m.y;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.globalAlpha = 0.25;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(stripW, y);
    ctx.stroke();
    ctx.globalAlpha = 0.12;
    ctx.fillRect(bars.readX, y - h / 2, bars.readW, h);
    ctx.globalAlpha = 1;
    if (bars.readW > 0) ctx.strokeRect(bars.readX, y - h / 2, bars.readW, h);
    ctx.globalAlpha = 0.55;
    ctx.fillRect(bars.unreadX, y - h / 2, bars.unreadW, h);
    ctx.globalAlpha = 1;
    if (m.committed !== null) {
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(xCommitted, -1);
      ctx.lineTo(xCommitted, y - h / 2);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(xCommitted, y - h / 2 - 1);
      ctx.lineTo(xCommitted - h * 0.7, y + h / 2 + 1);
      ctx.lineTo(xCommitted + h * 0.7, y + h / 2 + 1);
      ctx.closePath();
      ctx.fill();
    }
    if (m.position !== null) {
      ctx.beginPath();
      ctx.arc(xPosition, y, Math.max(2, h / 2), 0, Math.PI * 2);
      ctx.fillStyle = palette.surface;
      ctx.fill();
      ctx.lineWidth = 1.75;
      ctx.stroke();
    }
    if (lod >= 2 && m.lag !== null) {
      ctx.fillStyle = color;
      ctx.textAlign = "left";
      ctx.font = `600 ${small * 0.95}px ${palette.font}`;
      ctx.fillText(`lag ${m.lag}`, stripW + 11, y);
    }
  }
  ctx.restore();
}
