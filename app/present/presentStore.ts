/** Presenter mode: on or off, and whether the shortcut list is showing. */
import { create } from "zustand";
import { useStore } from "../store";

interface PresentState {
  presenting: boolean;
  helpOpen: boolean;
}

export const usePresentStore = create<PresentState>(() => ({ presenting: false, helpOpen: false }));

export const selectPresenting = (s: PresentState) => s.presenting;
export const selectHelpOpen = (s: PresentState) => s.helpOpen;

/** Presenter mode brings large type with it, and gives back the reader's choice when it ends. */
let largeBefore = false;
export function setPresenting(presenting: boolean): void {
  if (presenting === usePresentStore.getState().presenting) return;
  if (presenting) largeBefore = useStore.getState().largeType;
  useStore.setState({ largeType: presenting ? true : largeBefore });
  usePresentStore.setState({ presenting });
}

export const openHelp = (): void => usePresentStore.setState({ helpOpen: true });
export const closeHelp = (): void => usePresentStore.setState({ helpOpen: false });
