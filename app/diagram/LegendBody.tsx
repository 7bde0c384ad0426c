import type { ConsumerStatus } from "../../engine/types";
import { StatusIcon } from "./StatusIcon";
import { STATUS_STYLES } from "./statusStyles";

const STATUSES: ConsumerStatus[] = ["joining", "consuming", "idle", "rebalancing", "slow", "crashed", "stopped", "failed"];

/** What the shapes mean (the body of the legend, loaded when it is first opened). */
export function LegendBody() {
  return (
    <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
      <p>
        <svg width="44" height="14" aria-hidden="true" className="mr-1 inline align-middle">
          {["#4e79a7", "#f28e2b", "#4e79a7", "#e15759"].map((c, i) => (
            <rect key={i} x={i * 11} y={1} width={10} height={12} rx={2} fill={c} />
          ))}
        </svg>
        Records, oldest left; one colour per key, so a key always lands in the same partition.
      </p>
      <p>
        <svg width="44" height="14" aria-hidden="true" className="mr-1 inline align-middle">
          <path d="M6,2 l-5,10 h10 Z" fill="var(--group-0)" />
          <rect x={6} y={5} width={14} height={6} fill="var(--group-0)" fillOpacity={0.12} stroke="var(--group-0)" />
          <rect x={20} y={5} width={20} height={6} fill="var(--group-0)" fillOpacity={0.55} />
          <circle cx={20} cy={8} r={3} fill="var(--surface)" stroke="var(--group-0)" strokeWidth={1.5} />
        </svg>
        Per group: ▲ committed offset, ○ position, bar = lag (outlined: read, not yet committed; filled: not read yet).
      </p>
      <p>Lines link each partition to the consumer that owns it in each group; dashed: its owner crashed and nobody reads it.</p>
      <p>Squares flying down are commits, stored in the group's partition of __consumer_offsets.</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 sm:col-span-2" aria-label="Consumer states">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true">
              <StatusIcon icon={STATUS_STYLES[s].icon} size={14} color={STATUS_STYLES[s].color} />
            </svg>
            <span>
              <strong>{STATUS_STYLES[s].label}</strong>: {STATUS_STYLES[s].explanation}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
