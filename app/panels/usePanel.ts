/**
 * How panels read the store: through the panels' copy (app/store: at most every PANEL_REFRESH_MS), and, while
 * the clock runs, not at all when their panel is scrolled out of view or collapsed. A panel catches up as soon
 * as it comes back into view, and every panel follows at once while the clock is paused (then every change is
 * the user's own doing). Outside a PanelSection (the phone's tabs) a component always follows the store.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import { usePanelStore as panelStore, type PlaygroundState } from "../store";

export interface PanelVisibility {
  isOnScreen(): boolean;
  /** Calls `listener` each time the panel comes into view; answers the function that stops that. */
  onShown(listener: () => void): () => void;
}

export const PanelVisibilityContext = createContext<PanelVisibility | null>(null);

export function usePanel<T>(selector: (s: PlaygroundState) => T): T {
  const visibility = useContext(PanelVisibilityContext);
  const subscribe = useCallback(
    (notify: () => void) => {
      let missed = false;
      const stopStore = panelStore.subscribe((s) => {
        if (!visibility || visibility.isOnScreen() || !s.playing) {
          missed = false;
          notify();
        } else missed = true;
      });
      const stopShown =
        visibility?.onShown(() => {
          if (!missed) return;
          missed = false;
          notify();
        }) ?? (() => {});
      return () => {
        stopStore();
        stopShown();
      };
    },
    [visibility],
  );
  return useSyncExternalStore(subscribe, () => selector(panelStore.getState()));
}
