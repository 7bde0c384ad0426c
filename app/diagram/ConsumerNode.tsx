import { memo, useRef } from "react";
import { dragBlur, dragKeyDown, dragPointerDown } from "../interactions/drag/controller";
import { openMenuFor } from "../interactions/menus/openMenuFor";
import { select, selectDrag, selectSelection, useStore } from "../store";
import { useTweened } from "./anim/useTweened";
import type { ConsumerLayout, Sizes } from "./layout";
import type { Lod } from "./lod";
import { useConsumerView } from "./selectors";
import { StatusIcon } from "./StatusIcon";
import { STATUS_STYLES } from "./statusStyles";
import { SvgButton } from "./SvgButton";

interface Props {
  layout: ConsumerLayout;
  sizes: Sizes;
  lod: Lod;
  leader: boolean;
}

const ALIVE = new Set(["joining", "consuming", "idle", "rebalancing", "slow"]);

/**
 * A consumer: its status (icon, border pattern and word), its partitions, and a "⋯" menu. It is focusable:
 * Enter opens its menu, Space picks it up for a keyboard drag; a pointer drag moves it between groups.
 */
function ConsumerNodeImpl({ layout, sizes, lod, leader }: Props) {
  const c = useConsumerView(layout.clientId);
  const selected = useStore(selectSelection);
  const drag = useStore(selectDrag);
  const ref = useRef<SVGGElement>(null);
  useTweened([layout.x, layout.y], ([x, y]) => ref.current?.setAttribute("transform", `translate(${x},${y})`));
  if (!c) return null;
  const st = STATUS_STYLES[c.status];
  const { w, h } = layout;
  const s = sizes.s;
  const owned = c.status === "crashed" || c.status === "stopped" || c.status === "failed" ? [] : c.assignment;
  const ownedText = owned.length === 0 ? "no partition" : owned.map(([t, p]) => `${t}-${p}`).join(", ");
  const shortOwned = owned.length === 0 ? (ALIVE.has(c.status) ? "no partition" : "") : owned.length > 4 ? `${owned.length} partitions` : owned.map(([, p]) => `P${p}`).join(" ");
  const isSelected = selected?.kind === "consumer" && selected.id === c.clientId;
  const isDragged = drag?.clientId === c.clientId;
  const source = { kind: "consumer" as const, clientId: c.clientId, groupId: c.groupId, alive: ALIVE.has(c.status) };
  // The name starts with what the node shows (for speech input), then says the rest.
  const shown = `${c.clientId}${leader && lod >= 2 ? " leader" : ""} ${st.label}${shortOwned ? ` · ${shortOwned}` : ""}`;
  const label = `${shown}; in group ${c.groupId}${leader ? ", the group's leader" : ""}; ${ownedText}. ${st.explanation}`;
  const icon = 16 * s;
  const btn = 18 * s;
  return (
    <g ref={ref} data-testid={`consumer-${c.clientId}`} data-status={c.status} data-group={c.groupId} opacity={isDragged && drag?.mode === "pointer" ? 0.45 : 1}>
      <g
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-haspopup="menu"
        aria-roledescription="draggable consumer"
        aria-describedby="consumer-keys-help"
        aria-pressed={isSelected}
        data-no-pan=""
        className="svg-focusable cursor-grab touch-none"
        onPointerDown={(e) => dragPointerDown(source, e)}
        onContextMenu={(e) => {
          e.preventDefault();
          openMenuFor({ kind: "consumer", id: c.clientId }, e);
        }}
        onBlur={dragBlur}
        onKeyDown={(e) => {
          if (dragKeyDown(source, e)) return;
          if (e.key === "Enter" || e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) {
            e.preventDefault();
            select({ kind: "consumer", id: c.clientId });
            openMenuFor({ kind: "consumer", id: c.clientId }, e.currentTarget);
          }
        }}
      >
        <rect className="focus-ring" x={-4} y={-4} width={w + 8} height={h + 8} rx={10} />
        <rect width={w} height={h} rx={7} className="fill-white dark:fill-neutral-800" stroke={st.color} strokeWidth={isSelected ? 3.5 : 2} strokeDasharray={st.dash} />
        {st.hatched && <rect width={w} height={h} rx={7} fill="url(#hatch-down)" pointerEvents="none" />}
        <rect x={0} y={0} width={5 * s} height={h} rx={2} fill={st.color} />
        <g transform={`translate(${10 * s},${(h - icon) / 2})`}>
          <StatusIcon icon={st.icon} size={icon} color={st.color} />
        </g>
        <g aria-hidden="true">
        <text x={32 * s} y={h * 0.34} dy="0.35em" fontSize={sizes.font} className="fill-neutral-900 font-semibold dark:fill-neutral-50">
          {c.clientId}
          {leader && lod >= 2 && (
            <tspan fontSize={sizes.small * 0.85} className="fill-neutral-500 font-normal dark:fill-neutral-400">
              {" "}
              leader
            </tspan>
          )}{" "}
        </text>
        {lod >= 1 && (
          <text x={32 * s} y={h * 0.72} dy="0.35em" fontSize={sizes.small} className="fill-neutral-600 dark:fill-neutral-300">
            <tspan className="font-semibold" fill={st.color}>
              {st.label}
            </tspan>
            {shortOwned && ` · ${shortOwned}`}
          </text>
        )}
        </g>
      </g>
      <SvgButton x={w - btn - 6 * s} y={(h - btn) / 2} size={btn} label={`Actions for ${c.clientId}`} onActivate={(e) => openMenuFor({ kind: "consumer", id: c.clientId }, e)} testId={`menu-consumer-${c.clientId}`} />
    </g>
  );
}

export const ConsumerNode = memo(ConsumerNodeImpl);
