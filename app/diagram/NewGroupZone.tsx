import { selectDrag, useStore } from "../store";
import type { Rect, Sizes } from "./layout";

/** A drop target that starts a new consumer group. It shows only while something is being dragged. */
export function NewGroupZone({ rect, sizes }: { rect: Rect; sizes: Sizes }) {
  const drag = useStore(selectDrag);
  const over = drag?.over === "newGroup";
  return (
    <g transform={`translate(${rect.x},${rect.y})`} data-testid="new-group-zone" opacity={drag ? 1 : 0.55}>
      <rect width={rect.w} height={rect.h} rx={10} fill="none" className="stroke-neutral-400 dark:stroke-neutral-500" strokeWidth={over ? 3 : 1.5} strokeDasharray="6 4" />
      <text x={rect.w / 2} y={rect.h / 2} dy="0.35em" textAnchor="middle" fontSize={sizes.small} className="fill-neutral-600 dark:fill-neutral-300">
        {drag ? "drop here for a new group" : "+ new group (drop a consumer here)"}
      </text>
    </g>
  );
}
