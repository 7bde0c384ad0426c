import type { ReactNode } from "react";
import { Tooltip } from "./Tooltip";
import { FOCUS } from "./ui";

/** A small "?" button that explains a term on hover or focus. */
export function InfoTip({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Tooltip content={children}>
      {(describedBy) => (
        <button
          type="button"
          aria-label={label}
          aria-describedby={describedBy}
          className={`ml-1 inline-flex h-[1.25em] w-[1.25em] items-center justify-center rounded-full border border-neutral-400 align-middle text-[0.75em] leading-none font-semibold text-neutral-700 dark:border-neutral-500 dark:text-neutral-300 ${FOCUS}`}
        >
          ?
        </button>
      )}
    </Tooltip>
  );
}
