/**
 * A tooltip shown on hover and on keyboard focus, hidden with Escape (WCAG 1.4.13). It is positioned fixed so
 * scrolling table wrappers do not clip it; its text is always in the DOM, so aria-describedby reads it.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from "react";

interface Props {
  readonly content: ReactNode;
  /** Renders the trigger; give it the id as aria-describedby. */
  readonly children: (describedBy: string) => ReactElement;
}

export function Tooltip({ content, children }: Props) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  const place = useCallback(() => {
    const a = anchor.current?.getBoundingClientRect();
    const t = tip.current?.getBoundingClientRect();
    if (!a || !t) return;
    const margin = 8;
    const left = Math.min(Math.max(margin, a.left), window.innerWidth - t.width - margin);
    const below = a.bottom + 4;
    const top = below + t.height > window.innerHeight - margin && a.top - t.height - 4 > margin ? a.top - t.height - 4 : below;
    const next = { left: Math.max(margin, left), top };
    setPos((p) => (p && p.left === next.left && p.top === next.top ? p : next));
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place, content]);

  useEffect(() => {
    if (!open) return;
    const close = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", close);
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("keydown", close);
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [open, place]);

  return (
    <span
      ref={anchor}
      className="inline-block"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      {children(id)}
      <div
        ref={tip}
        id={id}
        role="tooltip"
        hidden={!open}
        style={pos && open ? { left: pos.left, top: pos.top } : { left: 0, top: 0 }}
        className="fixed z-50 w-max max-w-[min(22rem,calc(100vw-1rem))] rounded-md border border-neutral-300 bg-white px-3 py-2 text-left text-sm font-normal whitespace-normal text-neutral-900 shadow-lg dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100"
      >
        {content}
      </div>
    </span>
  );
}
