import { describeRanges, countRanges, type RecordRanges } from "./deliveryRecords";
import { Tooltip } from "./Tooltip";
import { FOCUS, MUTED, NUM } from "./ui";

interface Props {
  readonly count: number;
  /** e.g. "duplicates in service-a" */
  readonly what: string;
  readonly records: RecordRanges | undefined;
  readonly tone: "warn" | "bad" | "ok";
}

const TONE = {
  warn: "text-amber-800 dark:text-amber-300",
  bad: "text-red-700 dark:text-red-400",
  ok: "text-emerald-800 dark:text-emerald-300",
};

/** A counter cell; when non-zero, hovering or focusing it names the records (from the event log). */
export function DeliveryCount({ count, what, records, tone }: Props) {
  if (count === 0) return <td className={`${NUM} ${MUTED}`}>0</td>;
  const lines = records ? describeRanges(records) : [];
  const named = records ? countRanges(records) : 0;
  return (
    <td className={NUM}>
      <Tooltip
        content={
          <>
            <p className="font-semibold">
              {count} {what}
            </p>
            {lines.length > 0 ? (
              <ul className="mt-1 font-mono text-xs">
                {lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : (
              <p className={MUTED}>The events that named these records are no longer in the event log.</p>
            )}
            {named > 0 && named < count && <p className={`mt-1 ${MUTED}`}>A record counted more than once, or older events dropped from the log, make the count larger than the records named.</p>}
          </>
        }
      >
        {(describedBy) => (
          <button
            type="button"
            aria-describedby={describedBy}
            aria-label={`${count} ${what}`}
            className={`rounded px-1 font-semibold tabular-nums underline decoration-dotted underline-offset-4 ${TONE[tone]} ${FOCUS}`}
          >
            {count}
          </button>
        )}
      </Tooltip>
    </td>
  );
}
