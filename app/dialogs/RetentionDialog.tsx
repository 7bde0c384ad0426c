import { act } from "../interactions/actions";
import { useTopic } from "../diagram/selectors";
import { Field } from "./Field";
import { FormDialog, intField } from "./FormDialog";

/** retention.ms and a size limit (counted in records here): old segments are deleted, logStartOffset moves. */
export function RetentionDialog({ topic }: { topic: string }) {
  const config = useTopic(topic)?.config ?? null;
  return (
    <FormDialog
      title={`Retention of ${topic}`}
      description={<>The broker deletes whole closed segments ({config?.segmentRecords ?? "?"} records each here) that are too old or beyond the size limit. A group whose committed offset falls behind the log start is reset by auto.offset.reset.</>}
      submitLabel="Apply"
      onSubmit={async (form) => {
        const seconds = intField(form, "seconds", "Retention (seconds)", 1, 10_000_000, true);
        if (typeof seconds === "string") return seconds;
        const records = intField(form, "records", "Retention (records)", 1, 1_000_000_000, true);
        if (typeof records === "string") return records;
        const r = await act({ type: "setRetention", topic, ms: seconds === null ? null : seconds * 1000, records });
        return r.ok ? null : r.error;
      }}
    >
      <Field label="Retention (seconds)" hint="Empty: keep forever (retention.ms = -1).">
        <input name="seconds" className="field w-36" inputMode="numeric" defaultValue={config?.retentionMs != null ? config.retentionMs / 1000 : ""} />
      </Field>
      <Field label="Retention (records)" hint="Empty: no size limit (retention.bytes = -1; counted in records here).">
        <input name="records" className="field w-36" inputMode="numeric" defaultValue={config?.retentionRecords ?? ""} />
      </Field>
    </FormDialog>
  );
}
