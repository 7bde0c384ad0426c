import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { closeDialog } from "../store";

interface Props {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  /** Validates and acts; answers an error message to show (the dialog stays open), or null to close. */
  onSubmit: (form: FormData) => Promise<string | null> | string | null;
  children: ReactNode;
}

/**
 * A native modal <dialog> with a form: Escape or Cancel closes it, a refused or invalid submission shows
 * its message and keeps what was typed.
 */
export function FormDialog({ title, description, submitLabel, onSubmit, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const errorId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={error ? errorId : undefined}
      className="m-auto w-[min(34rem,calc(100vw-1.5rem))] rounded-lg border border-neutral-300 bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-black/40 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
      onClose={closeDialog}
    >
      <form
        noValidate
        className="flex flex-col gap-3 p-4"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const message = await onSubmit(new FormData(e.currentTarget));
          setBusy(false);
          if (message) setError(message);
          else closeDialog();
        }}
      >
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {description && <div className="text-sm text-neutral-700 dark:text-neutral-300">{description}</div>}
        {children}
        {error && (
          <p id={errorId} role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2 pt-1">
          <button type="button" className="btn" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Reads an integer field: the number, or a message naming the field and its range. */
export function intField(form: FormData, name: string, label: string, min: number, max: number, optional = false): number | null | string {
  const raw = String(form.get(name) ?? "").trim();
  if (raw === "") return optional ? null : `${label} is required.`;
  const n = Number(raw);
  if (!Number.isInteger(n)) return `${label} must be a whole number (got “${raw}”).`;
  if (n < min || n > max) return `${label} must be between ${min} and ${max} (got ${n}).`;
  return n;
}
