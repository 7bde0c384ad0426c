import { useState } from "react";
import type { ConsumerConfig, ConsumerConfigInput } from "../../engine/types";
import { CourseNote } from "../dialogs/CourseNote";
import { act } from "../interactions/actions";
import { COMMIT_NOTES } from "./commitNotes";
import { ConfigRow } from "./ConfigRow";
import { FIELDS, formValue, type ConfigKey } from "./configFields";
import { KafkaJsCode } from "./KafkaJsCode";
import { kafkaJsCode } from "./kafkaJsCode";

type Draft = Record<ConfigKey, string | boolean>;

function draftOf(config: ConsumerConfig): Draft {
  return Object.fromEntries(FIELDS.map((f) => [f.key, formValue(config, f.key)])) as Draft;
}

/** The draft as a config, or the first problem with it. */
function parse(draft: Draft, base: ConsumerConfig): { config: ConsumerConfig } | { error: string } {
  const out: Record<string, unknown> = { ...base };
  for (const f of FIELDS) {
    const v = draft[f.key];
    if (f.kind === "number") {
      const n = Number(String(v).trim());
      if (String(v).trim() === "" || !Number.isInteger(n)) return { error: `${f.key} must be a whole number${f.unit ? ` of ${f.unit === "ms" ? "milliseconds" : "records"}` : ""}.` };
      if (n < (f.min ?? 0) || n > (f.max ?? Infinity)) return { error: `${f.key} must be between ${f.min} and ${f.max}.` };
      out[f.key] = n;
    } else if (f.kind === "assignors") out[f.key] = String(v).split(",");
    else out[f.key] = v;
  }
  return { config: out as unknown as ConsumerConfig };
}

/** Edit a consumer's settings next to the KafkaJS code that would create it. */
interface Props {
  clientId: string;
  groupId: string;
  subscriptions: readonly string[];
  config: ConsumerConfig;
}

export function ConfigForm({ clientId, groupId, subscriptions, config }: Props) {
  const consumer = { clientId, config };
  const [draft, setDraft] = useState<Draft>(() => draftOf(config));
  const [error, setError] = useState<string | null>(null);
  const parsed = parse(draft, consumer.config);
  const preview = "config" in parsed ? parsed.config : consumer.config;
  const set = (key: ConfigKey, v: string | boolean) => {
    const next = { ...draft, [key]: v };
    // enable.auto.commit and the commit strategy describe the same choice.
    if (key === "autoCommit") next.commitStrategy = v ? "auto" : draft.commitStrategy === "auto" ? "per-record" : draft.commitStrategy;
    if (key === "commitStrategy") next.autoCommit = v === "auto";
    setDraft(next);
  };
  const strategy = preview.commitStrategy;
  const changed = FIELDS.filter((f) => String(draft[f.key]) !== String(formValue(consumer.config, f.key)));
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form
        aria-label={`Configuration of ${consumer.clientId}`}
        className="flex min-w-0 flex-col"
        onSubmit={async (e) => {
          e.preventDefault();
          if ("error" in parsed) return setError(parsed.error);
          const input: Record<string, unknown> = {};
          for (const f of changed) input[f.key] = parsed.config[f.key];
          if (changed.length === 0) return setError("Nothing changed.");
          const r = await act({ type: "configureConsumer", consumer: consumer.clientId, config: input as ConsumerConfigInput });
          setError(r.ok ? null : r.error);
        }}
      >
        {FIELDS.map((f) => (
          <ConfigRow key={f.key} spec={f} value={draft[f.key]} onChange={(v) => set(f.key, v)}>
            {f.key === "commitStrategy" && (
              <div className="mt-1 flex flex-col gap-1 text-xs" data-testid="commit-note">
                <p>{COMMIT_NOTES[strategy].guarantee}</p>
                {COMMIT_NOTES[strategy].course && <CourseNote>{COMMIT_NOTES[strategy].course}</CourseNote>}
              </div>
            )}
            {f.key === "maxPollInterval" && <CourseNote>KafkaJS has no maxPollInterval (the course's “Minimize rebalancing” example sets one); its closest is rebalanceTimeout.</CourseNote>}
            {f.key === "autoOffsetReset" && <CourseNote>In KafkaJS, fromBeginning goes to subscribe() and autoCommit to run(), not to kafka.consumer() as the course writes.</CourseNote>}
          </ConfigRow>
        ))}
        {error && (
          <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}
        <div className="bottom-0 mt-2 flex flex-wrap items-center gap-2 bg-white py-2 sm:sticky dark:bg-neutral-950">
          <button type="submit" className="btn btn-primary">
            Apply to {consumer.clientId}
          </button>
          <button type="button" className="btn" onClick={() => (setDraft(draftOf(consumer.config)), setError(null))} disabled={changed.length === 0}>
            Revert
          </button>
          <span className="text-xs text-neutral-600 dark:text-neutral-400">{changed.length === 0 ? "No unsaved changes." : `${changed.length} unsaved change${changed.length > 1 ? "s" : ""}.`} Membership settings apply at the next rejoin.</span>
        </div>
      </form>
      <KafkaJsCode code={kafkaJsCode(groupId, subscriptions, preview)} />
    </div>
  );
}
