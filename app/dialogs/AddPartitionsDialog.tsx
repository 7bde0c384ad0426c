import { act } from "../interactions/actions";
import { useTopic } from "../diagram/selectors";
import { Field } from "./Field";
import { FormDialog, intField } from "./FormDialog";

/** Grow a topic (Kafka never shrinks one): groups rebalance once their leader sees the new partitions. */
export function AddPartitionsDialog({ topic }: { topic: string }) {
  const current = useTopic(topic)?.partitions.length ?? 1;
  return (
    <FormDialog
      title={`Add partitions to ${topic}`}
      description={<>Kafka can only add partitions. Keys may then map to other partitions, and each group rebalances when its leader's metadata (metadata.max.age.ms) shows the new ones.</>}
      submitLabel="Add partitions"
      onSubmit={async (form) => {
        const n = intField(form, "partitions", "Total partitions", current + 1, 256);
        if (typeof n === "string") return n;
        const r = await act({ type: "addPartitions", topic, partitions: n ?? current + 1 });
        return r.ok ? null : r.error;
      }}
    >
      <Field label="Total partitions" hint={`Now ${current}; the new total must be higher.`}>
        <input name="partitions" className="field w-28" inputMode="numeric" defaultValue={current + 1} />
      </Field>
    </FormDialog>
  );
}
