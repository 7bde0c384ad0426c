import { memo, useMemo } from "react";
import type { GroupOffsetRow, MemberSnapshot } from "../../engine/types";
import { usePanel } from "./usePanel";
import { groupSelector } from "./selectors";
import { MUTED, NUM, SCROLL_X, TD, TH } from "./ui";

/** The row's shown values only (a row's timeLag changes every frame; it is not a column here). */
type RowProps = Pick<GroupOffsetRow, "topic" | "partition" | "ownerClientId" | "ownerMemberId" | "logEndOffset" | "committed" | "lag"> & {
  readonly host: string | null;
};

const Row = memo(function Row(row: RowProps) {
  return (
    <tr className="border-t border-neutral-200 dark:border-neutral-800">
      <th scope="row" className={`${TD} text-left font-medium whitespace-nowrap`}>
        {row.topic}-{row.partition}
      </th>
      <td className={NUM}>{row.committed ?? "-"}</td>
      <td className={NUM}>{row.logEndOffset}</td>
      <td className={`${NUM} font-semibold`}>{row.lag ?? "-"}</td>
      <td className={TD}>
        {row.ownerClientId ? (
          <span title={row.ownerMemberId ? `member id ${row.ownerMemberId}` : undefined}>
            <span className="font-medium whitespace-nowrap">{row.ownerClientId}</span>{" "}
            <span className={`font-mono text-xs whitespace-nowrap ${MUTED}`}>{row.host ?? ""}</span>
          </span>
        ) : (
          <span className={`italic ${MUTED}`}>none</span>
        )}
      </td>
    </tr>
  );
});

function hostOf(members: readonly MemberSnapshot[] | undefined, memberId: string | null): string | null {
  if (!members || memberId === null) return null;
  return members.find((m) => m.memberId === memberId)?.host ?? null;
}

/** The group's partitions in the vocabulary of Kafka's tools: who owns each, where the log ends, what is committed. */
export function GroupTable({ groupId }: { readonly groupId: string }) {
  const select = useMemo(() => groupSelector(groupId), [groupId]);
  const offsets = usePanel((s) => select(s)?.offsets);
  const members = usePanel((s) => select(s)?.members);
  const totalLag = usePanel((s) => select(s)?.totalLag ?? 0);
  if (!offsets) return null;
  return (
    <div className={`${SCROLL_X} [contain:content]`} tabIndex={0} role="region" aria-label={`Partitions of group ${groupId} (scrollable)`}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Partitions of group {groupId}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              Partition
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Committed offset
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Log end offset
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Lag
            </th>
            <th scope="col" className={TH}>
              Assigned member <span className="font-normal">(host)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {offsets.length === 0 ? (
            <tr>
              <td colSpan={5} className={`${TD} ${MUTED}`}>
                No partitions: the group subscribes to no existing topic and has committed nothing.
              </td>
            </tr>
          ) : (
            offsets.map((r) => (
              <Row
                key={`${r.topic}\u0000${r.partition}`}
                topic={r.topic}
                partition={r.partition}
                ownerClientId={r.ownerClientId}
                ownerMemberId={r.ownerMemberId}
                logEndOffset={r.logEndOffset}
                committed={r.committed}
                lag={r.lag}
                host={hostOf(members, r.ownerMemberId)}
              />
            ))
          )}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-neutral-300 dark:border-neutral-700">
            <th scope="row" colSpan={3} className={`${TD} text-right font-semibold`}>
              Total lag
            </th>
            <td className={`${NUM} font-semibold`}>{totalLag}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
