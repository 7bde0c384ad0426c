/**
 * Lag over virtual time for one group: the total and each partition. React draws the SVG; d3 only computes the
 * scales and the line paths. Lazy-loaded: d3-shape stays out of the first bundle.
 */
import { useId, useMemo, useState } from "react";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { usePanel } from "./usePanel";
import { seriesColor } from "./chartColors";
import { formatAxisTime } from "./format";
import { describeLag, lagChartData, type LagPoint } from "./lagChartModel";
import { groupSelector } from "./selectors";
import { FOCUS, MUTED } from "./ui";
import { useElementSize } from "./useElementSize";

const pathOf = (x: (t: number) => number, y: (v: number) => number) =>
  line<LagPoint>()
    .defined((p) => p[1] !== null)
    .x((p) => x(p[0]))
    .y((p) => y(p[1] ?? 0));

export default function LagChart({ groupId }: { readonly groupId: string }) {
  const select = useMemo(() => groupSelector(groupId), [groupId]);
  const history = usePanel((s) => select(s)?.lagHistory);
  const [showPartitions, setShowPartitions] = useState(true);
  const [ref, { width, fontSize }] = useElementSize<HTMLDivElement>();
  const ids = useId();
  const data = useMemo(() => lagChartData(history ?? []), [history]);
  const caption = describeLag(data, groupId);

  const height = Math.round(fontSize * 10);
  const m = { top: fontSize * 0.75, right: fontSize * 0.75, bottom: fontSize * 1.75, left: fontSize * 3 };
  const x = scaleLinear()
    .domain(data ? [data.t0, Math.max(data.t1, data.t0 + 1000)] : [0, 1000])
    .range([m.left, Math.max(m.left + 1, width - m.right)]);
  const y = scaleLinear()
    .domain([0, Math.max(1, data?.maxLag ?? 1)])
    .nice(4)
    .range([height - m.bottom, m.top]);
  const path = pathOf(x, y);
  const yTicks = y.ticks(4).filter(Number.isInteger);
  const xTicks = x.ticks(Math.max(2, Math.floor(width / (fontSize * 6))));

  return (
    <figure className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${ids}-title`} className="text-sm font-semibold">
          Lag over time
        </h3>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className={FOCUS} checked={showPartitions} onChange={(e) => setShowPartitions(e.target.checked)} />
          Each partition
        </label>
      </div>
      <div ref={ref} className="w-full">
        {width > 0 && (
          <svg width={width} height={height} role="img" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-caption`} className="block overflow-visible">
            <g className="text-neutral-300 dark:text-neutral-700">
              {yTicks.map((t) => (
                <line key={t} x1={m.left} x2={width - m.right} y1={y(t)} y2={y(t)} stroke="currentColor" strokeWidth={1} />
              ))}
            </g>
            <g className="fill-neutral-600 text-[0.75rem] dark:fill-neutral-400">
              {yTicks.map((t) => (
                <text key={t} x={m.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              ))}
              {xTicks.map((t) => (
                <text key={t} x={x(t)} y={height - m.bottom + fontSize * 1.2} textAnchor="middle">
                  {formatAxisTime(t)}
                </text>
              ))}
            </g>
            {data && showPartitions &&
              data.partitions.map((p, i) => <path key={p.key} d={path(p.points) ?? ""} fill="none" stroke={seriesColor(i)} strokeWidth={1.5} strokeOpacity={0.9} />)}
            {data && <path d={path(data.total.points) ?? ""} fill="none" className="stroke-neutral-900 dark:stroke-neutral-100" strokeWidth={2.5} />}
          </svg>
        )}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
        <li className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-[3px] w-4 bg-neutral-900 dark:bg-neutral-100" />
          total <span className="tabular-nums font-semibold">{data?.total.last ?? 0}</span>
        </li>
        {showPartitions &&
          data?.partitions.map((p, i) => (
            <li key={p.key} className="flex items-center gap-1">
              <span aria-hidden className="inline-block h-[3px] w-4" style={{ background: seriesColor(i) }} />
              <span className="break-all">{p.key}</span> <span className="tabular-nums">{p.last ?? "-"}</span>
            </li>
          ))}
      </ul>
      <figcaption id={`${ids}-caption`} className={`text-sm ${MUTED}`}>
        {caption}
      </figcaption>
    </figure>
  );
}
