import { lazy, Suspense } from "react";
import { GroupSummary } from "./GroupSummary";
import { GroupTable } from "./GroupTable";
import { PanelErrorBoundary } from "./PanelErrorBoundary";
import { useSelectedGroup } from "./selectedGroup";
import { MUTED } from "./ui";

const LagChart = lazy(() => import("./LagChart"));

/** The selected group as Kafka's tools describe it, and its lag over time. */
export function GroupPanel() {
  const { groupId } = useSelectedGroup();
  if (groupId === null) {
    return <p className={`text-sm ${MUTED}`}>No consumer group yet. Add a consumer to a group to see its partitions, offsets and lag here.</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <GroupSummary groupId={groupId} />
      <GroupTable groupId={groupId} />
      <PanelErrorBoundary name="lag chart">
        <Suspense fallback={<p className={`text-sm ${MUTED}`}>Loading the lag chart…</p>}>
          <LagChart groupId={groupId} />
        </Suspense>
      </PanelErrorBoundary>
    </div>
  );
}
