import { lazy, Suspense } from "react";
import { selectDialog, useStore } from "../store";

// Dialogs load on first use: they are not needed before someone opens one.
const ProduceDialog = lazy(() => import("./ProduceDialog").then((m) => ({ default: m.ProduceDialog })));
const ProducerRateDialog = lazy(() => import("./ProducerRateDialog").then((m) => ({ default: m.ProducerRateDialog })));
const AddPartitionsDialog = lazy(() => import("./AddPartitionsDialog").then((m) => ({ default: m.AddPartitionsDialog })));
const RetentionDialog = lazy(() => import("./RetentionDialog").then((m) => ({ default: m.RetentionDialog })));
const AssignorDialog = lazy(() => import("./AssignorDialog").then((m) => ({ default: m.AssignorDialog })));
const ResetOffsetsDialog = lazy(() => import("./ResetOffsetsDialog").then((m) => ({ default: m.ResetOffsetsDialog })));
const AddConsumerDialog = lazy(() => import("./AddConsumerDialog").then((m) => ({ default: m.AddConsumerDialog })));
const MoveConsumerDialog = lazy(() => import("./MoveConsumerDialog").then((m) => ({ default: m.MoveConsumerDialog })));

function OpenDialog() {
  const d = useStore(selectDialog);
  if (!d) return null;
  switch (d.kind) {
    case "produce":
      return <ProduceDialog topic={d.topic} />;
    case "producerRate":
      return <ProducerRateDialog topic={d.topic} />;
    case "addPartitions":
      return <AddPartitionsDialog topic={d.topic} />;
    case "retention":
      return <RetentionDialog topic={d.topic} />;
    case "assignor":
      return <AssignorDialog group={d.group} />;
    case "resetOffsets":
      return <ResetOffsetsDialog group={d.group} />;
    case "addConsumer":
      return <AddConsumerDialog group={d.group} />;
    case "moveConsumer":
      return <MoveConsumerDialog consumer={d.consumer} />;
  }
}

/** Shows the open dialog, if any (one at a time). */
export function DialogHost() {
  return (
    <Suspense fallback={null}>
      <OpenDialog />
    </Suspense>
  );
}
