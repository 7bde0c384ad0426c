import { memo } from "react";
import { STATE_EXPLANATIONS } from "../../engine/group/coordinator";
import { openMenuFor } from "../interactions/menus/openMenuFor";
import { selectDrag, useStore } from "../store";
import { groupColor } from "./groupColor";
import type { GroupLayout, Sizes } from "./layout";
import { useGroup } from "./selectors";
import { GROUP_STATE_COLORS } from "./statusStyles";
import { SvgButton } from "./SvgButton";
import { tooltipProps } from "./tooltip";

/**
 * A consumer group: a box that holds its consumers (drawn in their own layer so they can slide between
 * groups), with its coordinator state (explained on hover and focus), generation, assignor and rebalance
 * protocol. It is a drop target for consumers.
 */
function GroupBoxImpl({ layout, sizes }: { layout: GroupLayout; sizes: Sizes }) {
  const g = useGroup(layout.groupId);
  const drag = useStore(selectDrag);
  const s = sizes.s;
  const color = groupColor(layout.colorIndex);
  const over = drag?.over === `group:${layout.groupId}`;
  const state = g?.state ?? "Empty";
  const explanation = STATE_EXPLANATIONS[state];
  const protocol = g?.protocol ?? "no assignor yet";
  const rebalance = g?.rebalanceProtocol ?? "eager";
  const open = (e: Parameters<typeof openMenuFor>[1]) => openMenuFor({ kind: "group", id: layout.groupId }, e);
  const btn = 20 * s;
  const badgeW = Math.max(60 * s, state.length * sizes.small * 0.62 + 30 * s);
  return (
    <g
      transform={`translate(${layout.x},${layout.y})`}
      role="group"
      aria-label={`Consumer group ${layout.groupId}`}
      data-testid={`group-${layout.groupId}`}
      data-state={state}
      data-generation={g?.generationId ?? 0}
      data-protocol={g?.protocol ?? ""}
      onContextMenu={(e) => {
        e.preventDefault();
        open(e);
      }}
    >
      <rect width={layout.w} height={layout.h} rx={10} className="fill-neutral-50 dark:fill-neutral-900" stroke={color} strokeWidth={over ? 4 : 1.5} strokeDasharray={over ? "8 4" : ""} />
      {over && <rect width={layout.w} height={layout.h} rx={10} fill={color} fillOpacity={0.08} />}
      <rect width={6 * s} height={layout.h} rx={3} fill={color} />
      <text x={14 * s} y={16 * s} dy="0.35em" fontSize={sizes.font * 1.1} className="fill-neutral-900 font-bold dark:fill-neutral-50">
        {layout.groupId}
      </text>
      <SvgButton x={layout.w - btn - 8 * s} y={6 * s} size={btn} label={`Actions for group ${layout.groupId}`} onActivate={open} testId={`menu-group-${layout.groupId}`} />
      <text id={`state-of-${layout.groupId}`} display="none">
        {explanation}
      </text>
      <g transform={`translate(${14 * s},${28 * s})`} role="button" tabIndex={0} aria-label={`${state} (group state)`} aria-describedby={`state-of-${layout.groupId}`} data-no-pan="" className="svg-focusable" {...tooltipProps(`${state}: ${explanation}`)}>
        <rect className="focus-ring" x={-3} y={-3} width={badgeW + 6} height={18 * s + 6} rx={6} />
        <rect width={badgeW} height={18 * s} rx={9 * s} fill={GROUP_STATE_COLORS[state]} fillOpacity={0.18} stroke={GROUP_STATE_COLORS[state]} strokeDasharray={state === "Stable" || state === "Empty" ? "" : "4 2"} />
        <text x={9 * s} y={9 * s} dy="0.35em" fontSize={sizes.small} className="fill-neutral-900 font-semibold dark:fill-neutral-50" aria-hidden="true">
          {state}
        </text>
        {/* An "i" drawn with shapes: the badge's visible text stays just the state. */}
        <g transform={`translate(${badgeW - 11 * s},${9 * s})`} className="fill-neutral-600 stroke-neutral-600 dark:fill-neutral-300 dark:stroke-neutral-300">
          <circle r={6 * s} fill="none" strokeWidth={1} />
          <rect x={-0.9 * s} y={-1 * s} width={1.8 * s} height={4.2 * s} stroke="none" />
          <circle cy={-3.2 * s} r={1.1 * s} stroke="none" />
        </g>
      </g>
      <text x={14 * s} y={58 * s} dy="0.35em" fontSize={sizes.small} className="fill-neutral-600 dark:fill-neutral-300">
        <tspan>gen {g?.generationId ?? 0}</tspan>
        <tspan> · {protocol}</tspan>
        <tspan className={rebalance === "cooperative" ? "font-semibold" : ""}> · {rebalance}</tspan>
      </text>
      {layout.consumers.length === 0 && (
        <text x={layout.w / 2} y={sizes.groupHeaderH + 16 * s} textAnchor="middle" fontSize={sizes.small} className="fill-neutral-500 dark:fill-neutral-400">
          no consumers: drop one here
        </text>
      )}
    </g>
  );
}

export const GroupBox = memo(GroupBoxImpl);
