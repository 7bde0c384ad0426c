import { useState } from "react";
import type { KeyDistribution } from "../../engine/types";
import { act } from "../interactions/actions";
import { useTopic } from "../diagram/selectors";
import { Field } from "./Field";
import { FormDialog, intField } from "./FormDialog";

/** The topic's producer: records per second and how it picks keys (none, N distinct keys, one hot key). */
export function ProducerRateDialog({ topic }: { topic: string }) {
  const producer = useTopic(topic)?.producer ?? null;
  const [kind, setKind] = useState<KeyDistribution["kind"]>(producer?.keys.kind ?? "distinct");
  const count = producer && producer.keys.kind !== "none" ? producer.keys.count : 12;
  const share = producer?.keys.kind === "hot" ? Math.round((producer.keys.hotShare ?? 0.5) * 100) : 50;
  return (
    <FormDialog
      title={`Producer of ${topic}`}
      submitLabel="Apply"
      onSubmit={async (form) => {
        const rate = intField(form, "rate", "Rate", 0, 1000);
        if (typeof rate === "string") return rate;
        let keys: KeyDistribution = { kind: "none" };
        if (kind !== "none") {
          const n = intField(form, "count", "Number of keys", 1, 10_000);
          if (typeof n === "string") return n;
          if (kind === "distinct") keys = { kind, count: n ?? 1 };
          else {
            const pct = intField(form, "share", "Hot key share", 1, 100);
            if (typeof pct === "string") return pct;
            keys = { kind, count: n ?? 1, hotShare: (pct ?? 50) / 100 };
          }
        }
        const r = await act({ type: "setProducerRate", topic, perSecond: rate ?? 0, keys });
        return r.ok ? null : r.error;
      }}
    >
      <Field label="Records per second" hint="0 stops the producer (0 to 1000).">
        <input name="rate" className="field w-28" inputMode="numeric" defaultValue={producer?.perSecond ?? 0} />
      </Field>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-semibold">Keys</legend>
        {(
          [
            ["none", "No keys: records are spread over the partitions"],
            ["distinct", "Distinct keys, chosen at random"],
            ["hot", "One hot key takes a share of the records (the rest use distinct keys)"],
          ] as const
        ).map(([k, text]) => (
          <label key={k} className="flex items-center gap-2">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {text}
          </label>
        ))}
      </fieldset>
      {kind !== "none" && (
        <Field label="Number of keys">
          <input name="count" className="field w-28" inputMode="numeric" defaultValue={count} />
        </Field>
      )}
      {kind === "hot" && (
        <Field label="Hot key share (%)" hint="A hot key makes one partition, and so one consumer, much busier than the others.">
          <input name="share" className="field w-28" inputMode="numeric" defaultValue={share} />
        </Field>
      )}
    </FormDialog>
  );
}
