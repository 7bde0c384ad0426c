import type { ReactNode } from "react";
import { DEFAULT_CONSUMER_CONFIG } from "../../engine/group/config";
import { formValue, type FieldSpec } from "./configFields";

interface Props {
  spec: FieldSpec;
  value: string | boolean;
  onChange: (v: string | boolean) => void;
  children?: ReactNode;
}

/** One setting: its KafkaJS and Java names, its input, its default, and a mark when it differs. */
export function ConfigRow({ spec, value, onChange, children }: Props) {
  const def = formValue(DEFAULT_CONSUMER_CONFIG, spec.key);
  const differs = String(value) !== String(def);
  const id = `cfg-${spec.key}`;
  const defText = spec.options?.find((o) => o.value === def)?.label ?? (typeof def === "boolean" ? String(def) : `${def}${spec.unit === "ms" ? " ms" : ""}`);
  return (
    <div className="grid grid-cols-1 items-start gap-x-2 sm:grid-cols-[minmax(0,1fr)_auto] gap-y-0.5 border-b border-neutral-200 py-1.5 last:border-0 dark:border-neutral-800" data-testid={`config-${spec.key}`} data-differs={differs}>
      <label htmlFor={id} className="min-w-0 text-sm">
        <code className="font-semibold">{spec.key}</code> <span className="text-xs text-neutral-600 dark:text-neutral-400">{spec.java}</span>
        <span className="block text-xs text-neutral-600 dark:text-neutral-400">{spec.help}</span>
      </label>
      <div className="flex flex-col items-start gap-0.5 sm:items-end">
        {spec.kind === "boolean" ? (
          <input id={id} type="checkbox" className="size-5 accent-blue-700" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        ) : spec.kind === "number" ? (
          <span className="flex items-center gap-1">
            <input id={id} className="field w-28 text-right tabular-nums" inputMode="numeric" value={String(value)} onChange={(e) => onChange(e.target.value)} />
            <span className="w-12 text-xs text-neutral-600 dark:text-neutral-400">{spec.unit}</span>
          </span>
        ) : (
          <select id={id} className="field max-w-64" value={String(value)} onChange={(e) => onChange(e.target.value)}>
            {spec.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
        <span className="text-xs text-neutral-600 dark:text-neutral-400">
          {differs ? (
            <strong className="rounded bg-amber-100 px-1 text-amber-950 dark:bg-amber-900 dark:text-amber-50">≠ default</strong>
          ) : (
            "default"
          )}{" "}
          {differs && <span>(Java default {defText})</span>}
        </span>
      </div>
      {children && <div className="sm:col-span-2">{children}</div>}
    </div>
  );
}
