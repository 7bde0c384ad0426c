import type { ReactNode } from "react";

/** A labelled form field with an optional hint under it. */
export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-semibold">{label}</span>
      {children}
      {hint && <span className="text-xs text-neutral-600 dark:text-neutral-400">{hint}</span>}
    </label>
  );
}
