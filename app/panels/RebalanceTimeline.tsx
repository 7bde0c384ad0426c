/**
 * The rebalance timeline: per consumer, grouped by group, when it consumed and when a rebalance (or a crash, a
 * stop) stopped it, on one shared virtual-time axis, so eager's stop-the-world and cooperative's partial pauses
 * sit side by side. Lazy-loaded.
 */
import { useId, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { scaleLinear } from "d3-scale";
import type { ConsumerSnapshot } from "../../engine/types";
import type { PlaygroundState } from "../store";
import { usePanel } from "./usePanel";
import { formatAxisTime } from "./format";
import { selectConsumers, selectGroups } from "./selectors";
import { consumerTimeline } from "./timelineModel";
import { STOP_FILL, TimelineRow } from "./TimelineRow";
import { FIELD, MUTED } from "./ui";
import { useElementSize } from "./useElementSize";

/** Redraw at most four times per virtual second of progress. */
const selectCoarseNow = (s: PlaygroundState) => Math.ceil((s.snapshot?.now ?? 0) / 250) * 250;
/** What the timeline draws from a consumer changes rarely: its pauses, status and group. */
const selectRows = (s: PlaygroundState) => selectConsumers(s).flatMap((c) => [c.clientId, c.groupId, c.status, c.pauses]);
const selectGroupLabels = (s: PlaygroundState) => selectGroups(s).map((g) => `${g.groupId}\u0000${g.rebalanceProtocol}\u0000${g.protocol ?? ""}`);

const WINDOWS = [
  { label: "Whole run", ms: Infinity },
  { label: "Last 30 seconds", ms: 30_000 },
  { label: "Last minute", ms: 60_000 },
  { label: "Last 5 minutes", ms: 300_000 },
];

export default function RebalanceTimeline() {
  const now = usePanel(selectCoarseNow);
  const flat = usePanel(useShallow(selectRows));
  const groupLabels = usePanel(useShallow(selectGroupLabels));
  const [windowMs, setWindowMs] = useState(Infinity);
  const [ref, { width, fontSize }] = useElementSize<HTMLDivElement>();
  const id = useId();

  const consumers = useMemo(() => {
    const out: Array<Pick<ConsumerSnapshot, "clientId" | "groupId" | "status" | "pauses">> = [];
    for (let i = 0; i < flat.length; i += 4) out.push({ clientId: flat[i] as string, groupId: flat[i + 1] as string, status: flat[i + 2] as ConsumerSnapshot["status"], pauses: flat[i + 3] as ConsumerSnapshot["pauses"] });
    return out;
  }, [flat]);
  const timelines = useMemo(() => consumers.map((c) => ({ status: c.status, t: consumerTimeline(c as ConsumerSnapshot, now) })), [consumers, now]);
  const protocols = new Map(groupLabels.map((l) => l.split("\u0000")).map(([g, rebalance, protocol]) => [g, protocol ? `${rebalance} rebalancing, ${protocol} assignor` : `${rebalance} rebalancing`]));
  const groups = [...new Set([...protocols.keys(), ...consumers.map((c) => c.groupId)])].filter((g) => consumers.some((c) => c.groupId === g));

  const start = Math.min(now, ...timelines.map((r) => r.t.start));
  const from = Number.isFinite(windowMs) ? Math.max(start, now - windowMs) : start;
  const labelWidth = fontSize * 8;
  const barWidth = Math.max(40, width - labelWidth);
  const x = scaleLinear()
    .domain([from, Math.max(now, from + 1000)])
    .range([0, barWidth]);
  const ticks = x.ticks(Math.max(2, Math.floor(barWidth / (fontSize * 5))));

  if (consumers.length === 0) return <p className={`text-sm ${MUTED}`}>No consumers yet: their rebalances will show here.</p>;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <label className="flex items-center gap-2" htmlFor={`${id}-window`}>
          Show
          <select id={`${id}-window`} className={FIELD} value={String(windowMs)} onChange={(e) => setWindowMs(Number(e.target.value))}>
            {WINDOWS.map((w) => (
              <option key={w.label} value={String(w.ms)}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
        <Legend />
      </div>
      <div ref={ref} className="w-full">
        {width > 0 &&
          groups.map((g) => (
            <section key={g} aria-label={`Timeline of group ${g}`} className="mb-3">
              <h3 className="mb-1 text-sm font-semibold">
                <span className="break-all">{g}</span> <span className={`font-normal ${MUTED}`}>({protocols.get(g) ?? "no assignor yet"})</span>
              </h3>
              <div className="grid" style={{ gridTemplateColumns: `${labelWidth}px ${barWidth}px` }}>
                {timelines
                  .filter((r) => r.t.groupId === g)
                  .map((r) => (
                    <TimelineRow key={r.t.clientId} timeline={r.t} status={r.status} x={x} width={barWidth} />
                  ))}
              </div>
            </section>
          ))}
        {width > 0 && (
          <svg width={width} height={fontSize * 1.5} aria-hidden="true" className="block">
            <g transform={`translate(${labelWidth},0)`} className="fill-neutral-600 text-[0.75rem] dark:fill-neutral-400">
              <line x1={0} x2={barWidth} y1={1} y2={1} className="stroke-neutral-400 dark:stroke-neutral-600" />
              {ticks.map((t) => (
                <g key={t} transform={`translate(${x(t)},0)`}>
                  <line y1={0} y2={5} className="stroke-neutral-400 dark:stroke-neutral-600" />
                  <text y={fontSize * 1.2} textAnchor={x(t) < 20 ? "start" : x(t) > barWidth - 20 ? "end" : "middle"}>
                    {formatAxisTime(t)}
                  </text>
                </g>
              ))}
            </g>
          </svg>
        )}
      </div>
      <svg width={0} height={0} aria-hidden="true" className="absolute">
        <defs>
          <pattern id="partial-pause" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} className="fill-amber-200 dark:fill-amber-900" />
            <line x1={0} y1={0} x2={0} y2={6} strokeWidth={3} className="stroke-amber-600 dark:stroke-amber-400" />
          </pattern>
        </defs>
      </svg>
    </div>
  );
}

function Legend() {
  const item = (text: string, cls: string, fill?: string) => (
    <li className="flex items-center gap-1">
      <svg width={14} height={10} aria-hidden="true">
        <rect width={14} height={10} className={cls} fill={fill} />
      </svg>
      {text}
    </li>
  );
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Legend">
      {item("consuming", "fill-emerald-500 dark:fill-emerald-600")}
      {item("stopped by a rebalance", STOP_FILL.rebalance)}
      {item("some partitions paused (cooperative)", "stroke-amber-600 dark:stroke-amber-400", "url(#partial-pause)")}
      {item("crashed / failed", STOP_FILL.crashed)}
      {item("stopped / left", STOP_FILL.stopped)}
    </ul>
  );
}
