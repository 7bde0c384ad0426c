import { useTooltip } from "./tooltip";

/** The diagram's tooltip, drawn in HTML above everything (fixed position, so zoom does not matter). */
export function Tooltip() {
  const t = useTooltip();
  if (!t) return null;
  return (
    <div
      role="tooltip"
      className="pointer-events-none fixed z-40 max-w-72 rounded border border-neutral-300 bg-white px-2 py-1 text-sm text-neutral-900 shadow-lg dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100"
      style={{ left: Math.max(4, Math.min(t.x, window.innerWidth - 296)), top: t.y }}
    >
      {t.text}
    </div>
  );
}
