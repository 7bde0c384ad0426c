import { useState } from "react";
import type { ResetTarget } from "../../engine/types";
import { act } from "../interactions/actions";
import { useGroup } from "../diagram/selectors";
import { Field } from "./Field";
import { FormDialog, intField } from "./FormDialog";

type Kind = "earliest" | "latest" | "offset" | "shiftBy" | "duration";

/** kafka-consumer-groups.sh --reset-offsets: only for a group with no running member (state Empty). */
export function ResetOffsetsDialog({ group }: { group: string }) {
  const g = useGroup(group);
  const [kind, setKind] = useState<Kind>("earliest");
  const topics = [...new Set(g?.offsets.map((o) => o.topic) ?? [])];
  const state = g?.state ?? "Empty";
  return (
    <FormDialog
      title={`Reset offsets of ${group}`}
      description={
        <>
          Moves the group's committed offsets. Kafka refuses while the group has members: its state must be Empty (now <strong>{state}</strong>). Stop its consumers first.
        </>
      }
      submitLabel="Reset offsets"
      onSubmit={async (form) => {
        let to: ResetTarget;
        if (kind === "offset") {
          const n = intField(form, "n", "Offset", 0, 1e12);
          if (typeof n === "string") return n;
          to = { kind, offset: n ?? 0 };
        } else if (kind === "shiftBy") {
          const n = intField(form, "n", "Shift", -1e9, 1e9);
          if (typeof n === "string") return n;
          to = { kind, by: n ?? 0 };
        } else if (kind === "duration") {
          const n = intField(form, "n", "Seconds ago", 0, 1e9);
          if (typeof n === "string") return n;
          to = { kind, ms: (n ?? 0) * 1000 };
        } else to = { kind };
        const topic = String(form.get("topic") ?? "");
        const execute = form.get("dryRun") !== "on";
        const r = await act({ type: "resetOffsets", group, ...(topic ? { topic } : {}), to, execute });
        return r.ok ? null : r.error;
      }}
    >
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 font-semibold">Reset to</legend>
        {(
          [
            ["earliest", "--to-earliest"],
            ["latest", "--to-latest"],
            ["offset", "--to-offset"],
            ["shiftBy", "--shift-by"],
            ["duration", "--by-duration"],
          ] as const
        ).map(([k, flag]) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />
            <code>{flag}</code>
          </label>
        ))}
      </fieldset>
      {(kind === "offset" || kind === "shiftBy" || kind === "duration") && (
        <Field label={kind === "offset" ? "Offset" : kind === "shiftBy" ? "Shift by (negative goes back)" : "Seconds ago"}>
          <input name="n" className="field w-36" inputMode="numeric" defaultValue={kind === "offset" ? 0 : kind === "shiftBy" ? -10 : 60} />
        </Field>
      )}
      <Field label="Topic">
        <select name="topic" className="field">
          <option value="">all topics of the group</option>
          {topics.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="dryRun" /> Dry run (show the plan, change nothing; the CLI's default without --execute)
      </label>
    </FormDialog>
  );
}
