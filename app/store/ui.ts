/**
 * The UI slice of the store: what is selected, which menu or dialog is open, what the screen reader was last
 * told, and the view settings (theme, large type). Simulation data lives in the engine slice (index.ts).
 */
export type Selection =
  | { readonly kind: "consumer"; readonly id: string }
  | { readonly kind: "group"; readonly id: string }
  | { readonly kind: "topic"; readonly id: string };

/** An open context menu, anchored at client coordinates (keyboard-opened menus anchor at the element). */
export interface MenuState {
  readonly target: Selection;
  readonly x: number;
  readonly y: number;
}

export type DialogState =
  | { readonly kind: "produce"; readonly topic: string }
  | { readonly kind: "producerRate"; readonly topic: string }
  | { readonly kind: "addPartitions"; readonly topic: string }
  | { readonly kind: "retention"; readonly topic: string }
  | { readonly kind: "assignor"; readonly group: string }
  | { readonly kind: "resetOffsets"; readonly group: string }
  | { readonly kind: "addConsumer"; readonly group: string | null }
  | { readonly kind: "moveConsumer"; readonly consumer: string };

/** What a drag shows while it runs (the pointer position itself goes through refs, not the store). */
export interface DragVisual {
  readonly label: string;
  /** The consumer being dragged (null for a new one from the palette). */
  readonly clientId: string | null;
  /** "group:<id>", "newGroup", "outside" or null. */
  readonly over: string | null;
  readonly mode: "pointer" | "keyboard";
}

export type ThemeChoice = "system" | "light" | "dark";

export interface UiState {
  selection: Selection | null;
  menu: MenuState | null;
  dialog: DialogState | null;
  /** The last thing said to screen readers (and shown as a status line). */
  announcement: { readonly text: string; readonly tone: "info" | "error"; readonly n: number } | null;
  drag: DragVisual | null;
  theme: ThemeChoice;
  largeType: boolean;
}

export const initialUi: UiState = {
  selection: null,
  menu: null,
  dialog: null,
  announcement: null,
  drag: null,
  theme: "system",
  largeType: false,
};
