import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { GroupSnapshot } from "../../engine/types";
import type { PlaygroundState } from "../store";
import { usePanel } from "./usePanel";
import { formatDuration, plural } from "./format";
import { InfoTip } from "./InfoTip";
import { LiveText } from "./LiveText";
import { groupSelector } from "./selectors";
import { MUTED } from "./ui";

/** What the summary shows, as primitives (compared shallowly, so time lag ticking does not re-render it). */
function summaryOf(g: GroupSnapshot | undefined) {
  return {
    state: g?.state,
    generation: g?.generationId ?? 0,
    protocol: g?.protocol ?? null,
    rebalance: g?.rebalanceProtocol ?? null,
    members: g?.members.length ?? 0,
    leader: g?.members.find((m) => m.memberId === g.leader)?.clientId ?? null,
    totalLag: g?.totalLag ?? 0,
  };
}

/** The group's state, generation, assignor and its two lag numbers: records behind, and how old. */
export function GroupSummary({ groupId }: { readonly groupId: string }) {
  const select = useMemo(() => groupSelector(groupId), [groupId]);
  const { state, generation, protocol, rebalance, members, leader, totalLag } = usePanel(useShallow((s: PlaygroundState) => summaryOf(select(s))));
  const timeLag = useMemo(() => (s: PlaygroundState) => formatDuration(select(s)?.timeLag ?? 0), [select]);
  if (state === undefined) return null;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        <strong className="font-semibold break-all">{groupId}</strong> is <strong>{state}</strong>, generation {generation}
        {protocol ? (
          <>
            , assignor <code>{protocol}</code> ({rebalance} rebalancing)
          </>
        ) : null}
        . {plural(members, "member")}
        {leader ? <>, leader {leader}</> : null}.
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <div className="rounded border border-neutral-200 px-3 py-2 dark:border-neutral-700">
          <dt className={MUTED}>
            Total lag
            <InfoTip label="What is lag?">
              Records the group still has to read: for each partition, log end offset minus committed offset, summed over the partitions.
            </InfoTip>
          </dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="group-total-lag">
            {plural(totalLag, "record")}
          </dd>
        </div>
        <div className="rounded border border-neutral-200 px-3 py-2 dark:border-neutral-700">
          <dt className={MUTED}>
            Time lag
            <InfoTip label="What is time lag?">
              How old the oldest record the group has not yet committed is (virtual time now minus that record&apos;s timestamp). Lag in records says
              how far behind the group is; time lag says how late: 1,000 records behind can be one second or one hour, depending on the traffic. Most
              tools show only the record count.
            </InfoTip>
          </dt>
          <dd className="text-xl font-semibold tabular-nums">
            <LiveText select={timeLag} testId="group-time-lag" />
          </dd>
        </div>
      </dl>
    </div>
  );
}
