/** Class lists shared by the panels (Tailwind scans these strings). */
export const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400";
export const MUTED = "text-neutral-600 dark:text-neutral-400";
export const CARD = "rounded-lg border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900";
export const TH = "px-1.5 py-1 align-bottom text-left font-semibold text-neutral-700 dark:text-neutral-300";
export const TD = "px-1.5 py-1 align-top";
export const NUM = "px-1.5 py-1 text-right tabular-nums align-top";
export const FIELD =
  "rounded border border-neutral-300 bg-white px-2 py-1 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100 " + FOCUS;
export const BUTTON =
  "rounded border border-neutral-300 bg-white px-2 py-1 text-sm font-medium text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800 " +
  FOCUS;
/** A region that scrolls sideways on narrow screens; focusable so the keyboard can scroll it. */
export const SCROLL_X = "overflow-x-auto " + FOCUS;
