import type { ProducerView } from "../../engine/types";
import { openMenuFor } from "../interactions/menus/openMenuFor";
import type { Rect } from "./layout";

function keysText(p: ProducerView | null): string {
  if (!p || p.perSecond === 0) return "stopped";
  const k = p.keys;
  if (k.kind === "none") return "no keys";
  if (k.kind === "distinct") return `${k.count} keys`;
  return `hot key ${Math.round((k.hotShare ?? 0.5) * 100)}%`;
}

/** The producer of a topic: its rate and key distribution. Activating it opens the topic's menu. */
export function ProducerNode({ topic, producer, rect, font, small, narrow }: { topic: string; producer: ProducerView | null; rect: Rect; font: number; small: number; narrow: boolean }) {
  const rate = producer?.perSecond ?? 0;
  // The name starts with what the node shows, as speech-input users will say it.
  const label = `producer ${rate}/s · ${keysText(producer)}: the producer of ${topic}, ${rate} records per second. Opens the topic's actions`;
  return (
    <g
      transform={`translate(${rect.x},${rect.y})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-haspopup="menu"
      data-no-pan=""
      data-testid={`producer-${topic}`}
      className="svg-focusable cursor-pointer"
      onClick={(e) => openMenuFor({ kind: "topic", id: topic }, e)}
      onContextMenu={(e) => {
        e.preventDefault();
        openMenuFor({ kind: "topic", id: topic }, e);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " " || e.key === "ContextMenu") {
          e.preventDefault();
          openMenuFor({ kind: "topic", id: topic }, e.currentTarget);
        }
      }}
    >
      <rect className="focus-ring" x={-3} y={-3} width={rect.w + 6} height={rect.h + 6} rx={10} />
      <rect width={rect.w} height={rect.h} rx={rect.h / 2 > 14 ? 8 : rect.h / 2} className="fill-white stroke-neutral-500 dark:fill-neutral-800 dark:stroke-neutral-400" strokeWidth={1.5} />
      <g aria-hidden="true">
      {narrow ? (
        <text x={rect.w / 2} y={rect.h / 2} dy="0.35em" textAnchor="middle" fontSize={small} className="fill-neutral-800 dark:fill-neutral-100">
          <tspan className="font-semibold">producer</tspan> {rate}/s · {keysText(producer)}
        </text>
      ) : (
        <>
          <text x={rect.w / 2} y={rect.h * 0.36} dy="0.35em" textAnchor="middle" fontSize={font} className="fill-neutral-900 font-semibold dark:fill-neutral-50">
            producer{" "}
          </text>
          <text x={rect.w / 2} y={rect.h * 0.7} dy="0.35em" textAnchor="middle" fontSize={small} className="fill-neutral-600 dark:fill-neutral-300">
            {rate}/s · {keysText(producer)}
          </text>
        </>
      )}
      </g>
    </g>
  );
}
