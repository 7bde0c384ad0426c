import { memo } from "react";
import type { ScaleLinear } from "d3-scale";
import { formatClock } from "./format";
import { describeTimeline, type ConsumerTimeline, type StopKind } from "./timelineModel";

export const STOP_FILL: Record<StopKind, string> = {
  rebalance: "fill-amber-500 dark:fill-amber-400",
  crashed: "fill-red-600 dark:fill-red-500",
  stopped: "fill-neutral-400 dark:fill-neutral-500",
};

const H = 20;

interface Props {
  readonly timeline: ConsumerTimeline;
  readonly status: string;
  readonly x: ScaleLinear<number, number>;
  readonly width: number;
}

/** One consumer: consumed (green), stopped (full height) and partially paused (the hatched lower band). */
export const TimelineRow = memo(function TimelineRow({ timeline: t, status, x, width }: Props) {
  const [d0, d1] = x.domain();
  const clip = (a: number, b: number): [number, number] | null => {
    if (b < d0 || a > d1) return null;
    const x0 = x(Math.max(a, d0));
    const x1 = x(Math.min(b, d1));
    return [x0, Math.max(x1 - x0, 2)];
  };
  const lines = describeTimeline(t);
  return (
    <>
      <div className="flex min-w-0 flex-col justify-center py-0.5 pr-2 text-sm leading-tight">
        <span className="truncate font-medium" title={t.clientId}>
          {t.clientId}
        </span>
        <span className="text-xs text-neutral-600 dark:text-neutral-400">{status}</span>
      </div>
      <div className="relative py-0.5">
        <svg width={width} viewBox={`0 0 ${width} ${H}`} preserveAspectRatio="none" className="block h-[1.5rem]" aria-hidden="true">
          <rect x={0} y={0} width={width} height={H} className="fill-neutral-100 dark:fill-neutral-800" />
          {t.consumed.map((i) => {
            const c = clip(i.start, i.end);
            return c && <rect key={`c${i.start}`} x={c[0]} y={2} width={c[1]} height={H - 4} className="fill-emerald-500 dark:fill-emerald-600" />;
          })}
          {t.stops.map((s) => {
            const c = clip(s.start, s.end);
            return (
              c && (
                <rect key={`s${s.start}`} x={c[0]} y={0} width={c[1]} height={H} className={STOP_FILL[s.kind]}>
                  <title>{`${t.clientId}: ${s.reason} ${formatClock(s.start)}–${s.ongoing ? "now" : formatClock(s.end)}`}</title>
                </rect>
              )
            );
          })}
          {t.partial.map((p) => {
            const c = clip(p.start, p.end);
            return (
              c && (
                <rect key={`p${p.start}`} x={c[0]} y={H / 2} width={c[1]} height={H / 2} fill="url(#partial-pause)" className="stroke-amber-600 dark:stroke-amber-400" strokeWidth={1}>
                  <title>{`${t.clientId}: paused ${p.partitions.join(", ")} ${formatClock(p.start)}–${p.ongoing ? "now" : formatClock(p.end)}`}</title>
                </rect>
              )
            );
          })}
        </svg>
        <ul className="sr-only" aria-label={`Timeline of ${t.clientId}`}>
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      </div>
    </>
  );
});
