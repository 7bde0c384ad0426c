import { partitionForKey } from "../../engine/partitioner";
import { act } from "../interactions/actions";
import { useTopic } from "../diagram/selectors";
import { Field } from "./Field";
import { FormDialog, intField } from "./FormDialog";

/** Produce records with a key (the partitioner picks the partition), or without one. */
export function ProduceDialog({ topic }: { topic: string }) {
  const partitions = useTopic(topic)?.partitions.length ?? 1;
  return (
    <FormDialog
      title={`Produce to ${topic}`}
      description={<>A record with a key always goes to partition murmur2(key) mod {partitions}; without a key, the producer spreads records.</>}
      submitLabel="Produce"
      onSubmit={async (form) => {
        const key = String(form.get("key") ?? "");
        const value = String(form.get("value") ?? "");
        const count = intField(form, "count", "Count", 1, 1000);
        if (typeof count === "string") return count;
        if (key.length > 200) return "The key must be at most 200 characters.";
        const r = await act({ type: "produce", topic, key: key === "" ? null : key, value: value === "" ? null : value, count: count ?? 1 });
        return r.ok ? null : r.error;
      }}
    >
      <Field label="Key" hint="Leave empty for no key. The same key always lands in the same partition.">
        <input name="key" className="field" maxLength={200} autoComplete="off" placeholder="e.g. alice" />
      </Field>
      <Field label="Value">
        <input name="value" className="field" maxLength={200} autoComplete="off" placeholder="e.g. order 1" />
      </Field>
      <Field label="Count" hint="How many records to send (1 to 1000).">
        <input name="count" className="field w-28" inputMode="numeric" defaultValue={1} />
      </Field>
      <KeyPreview partitions={partitions} />
    </FormDialog>
  );
}

function KeyPreview({ partitions }: { partitions: number }) {
  const examples = ["alice", "bob", "carol"];
  return (
    <p className="text-xs text-neutral-600 dark:text-neutral-400">
      For example: {examples.map((k) => `${k} → P${partitionForKey(k, partitions)}`).join(", ")}.
    </p>
  );
}
