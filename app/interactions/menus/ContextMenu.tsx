import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { closeMenu, selectMenu, useStore } from "../../store";
import { menuItems, menuTitle } from "./menuItems";
import { takeReturnFocus } from "./openMenuFor";

/**
 * The context menu of a consumer, group or topic (WAI-ARIA menu pattern): arrow keys, Home and End move,
 * Enter runs an item, Escape or Tab closes and focus goes back to what opened it.
 */
export function ContextMenu() {
  const menu = useStore(selectMenu);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  // The items are taken when the menu opens, so they do not change under the pointer.
  const [items, setItems] = useState<ReturnType<typeof menuItems>>([]);

  useLayoutEffect(() => {
    if (!menu) return;
    setItems(menuItems(menu.target, useStore.getState().snapshot));
  }, [menu]);

  useLayoutEffect(() => {
    if (!menu || !ref.current) return setPos(null);
    const r = ref.current.getBoundingClientRect();
    setPos({ left: Math.max(4, Math.min(menu.x, window.innerWidth - r.width - 4)), top: Math.max(4, Math.min(menu.y, window.innerHeight - r.height - 4)) });
    ref.current.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [menu, items]);

  useEffect(() => {
    if (!menu) return;
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener("pointerdown", onDown, true);
    return () => document.removeEventListener("pointerdown", onDown, true);
  }, [menu]);

  if (!menu) return null;

  function close(restore = true) {
    closeMenu();
    const el = takeReturnFocus();
    if (restore && el instanceof HTMLElement) el.focus();
    else if (restore && el instanceof SVGElement) el.focus();
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    const go = (j: number) => all[(j + all.length) % all.length]?.focus();
    if (e.key === "ArrowDown") go(i + 1);
    else if (e.key === "ArrowUp") go(i - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(all.length - 1);
    else if (e.key === "Escape") close();
    else if (e.key === "Tab") return close(false);
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={menuTitle(menu.target)}
      className="fixed z-50 min-w-60 rounded-md border border-neutral-300 bg-white py-1 text-sm text-neutral-900 shadow-xl dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100"
      style={pos ?? { left: menu.x, top: menu.y, visibility: "hidden" }}
      onKeyDown={onKeyDown}
    >
      <div className="px-3 py-1 text-xs font-semibold text-neutral-500 dark:text-neutral-400" aria-hidden="true">
        {menuTitle(menu.target)}
      </div>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.disabled || undefined}
          className={`flex w-full items-baseline justify-between gap-4 px-3 py-1.5 text-left hover:bg-neutral-100 focus:bg-blue-50 focus:outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 aria-disabled:cursor-not-allowed aria-disabled:opacity-55 dark:hover:bg-neutral-700 dark:focus:bg-neutral-700 ${item.danger ? "text-red-700 dark:text-red-300" : ""}`}
          onClick={() => {
            if (item.disabled) return;
            close();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.detail && <span className="text-xs text-neutral-600 dark:text-neutral-300">{item.detail}</span>}
        </button>
      ))}
    </div>
  );
}
