import { useEffect } from "react";
import { shortcutFor } from "./shortcuts";

/** Listens for presenter shortcuts while `enabled`; never while typing, never with a dialog open. */
export function usePresenterShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector("dialog[open]")) return;
      const s = shortcutFor(e);
      if (!s) return;
      e.preventDefault();
      s.run();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
