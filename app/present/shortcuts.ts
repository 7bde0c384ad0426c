/**
 * Presenter mode's single-key shortcuts: one table, read by the key handler and by the "?" overlay, so the list
 * shown is always the list that works.
 */
import { SPEEDS } from "../controls/SpeedControl";
import { seek, setPlaying, setSpeed, step } from "../engine/engineClient";
import { addConsumer, crashConsumer, restartConsumer, stopConsumer } from "../interactions/actions";
import { nextStep, previousStep } from "../lessons/lessonStore";
import { announce, useStore } from "../store";
import { openHelp, setPresenting } from "./presentStore";

export interface Shortcut {
  /** Keys (KeyboardEvent.key values) that run it. */
  readonly keys: readonly string[];
  /** How the overlay shows the keys. */
  readonly label: string;
  readonly does: string;
  /** Space and arrows also mean something to buttons and sliders: those keep them. */
  readonly navigation?: boolean;
  readonly run: () => void;
}

const selectedConsumer = (): string | null => {
  const sel = useStore.getState().selection;
  if (sel?.kind === "consumer") return sel.id;
  announce("Select a consumer first (click it in the diagram).", "error");
  return null;
};

const selectedGroup = (): string | null => {
  const { selection, snapshot } = useStore.getState();
  if (selection?.kind === "group") return selection.id;
  if (selection?.kind === "consumer") return snapshot?.consumers.find((c) => c.clientId === selection.id)?.groupId ?? null;
  return snapshot?.groups[0]?.groupId ?? null;
};

function changeSpeed(direction: 1 | -1): void {
  const speed = useStore.getState().speed;
  const i = SPEEDS.reduce((best, v, k) => (Math.abs(Math.log(v / speed)) < Math.abs(Math.log(SPEEDS[best] / speed)) ? k : best), 0);
  const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + direction))];
  void setSpeed(next);
  announce(`Speed ${next}x`);
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [" "], label: "Space", does: "Play / pause", navigation: true, run: () => void setPlaying(!useStore.getState().playing) },
  { keys: ["ArrowRight"], label: "→", does: "Step to the next event", navigation: true, run: () => void step() },
  { keys: ["ArrowLeft"], label: "←", does: "Back one second", navigation: true, run: () => void seek(Math.max(0, (useStore.getState().snapshot?.now ?? 0) - 1000)) },
  { keys: ["+", "="], label: "+", does: "Faster", run: () => changeSpeed(1) },
  { keys: ["-", "_"], label: "−", does: "Slower", run: () => changeSpeed(-1) },
  { keys: ["c"], label: "C", does: "Crash the selected consumer (kill -9)", run: () => { const c = selectedConsumer(); if (c) void crashConsumer(c); } },
  { keys: ["s"], label: "S", does: "Stop the selected consumer (graceful leave)", run: () => { const c = selectedConsumer(); if (c) void stopConsumer(c); } },
  { keys: ["r"], label: "R", does: "Restart the selected consumer", run: () => { const c = selectedConsumer(); if (c) void restartConsumer(c); } },
  { keys: ["a"], label: "A", does: "Add a consumer to the selected group", run: () => { const g = selectedGroup(); if (g) void addConsumer(g); } },
  { keys: ["PageDown"], label: "Page Down", does: "Next lesson step", run: nextStep },
  { keys: ["PageUp"], label: "Page Up", does: "Previous lesson step", run: previousStep },
  { keys: ["p"], label: "P", does: "Leave presenter mode", run: () => setPresenting(false) },
  { keys: ["?"], label: "?", does: "Show these shortcuts", run: openHelp },
];

const TEXT_INPUT = /^(text|search|email|url|tel|password|number|date|time|datetime-local|month|week)$/;

/** True when the key goes to something the user types into: shortcuts must never fire there. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT.test(target.type) || target.type === "";
  return (target as HTMLElement).isContentEditable === true || target.closest("[contenteditable=''],[contenteditable='true']") !== null;
}

/** True when Space or the arrows already mean something where the focus is (a button, a slider, a menu). */
export function isInteractive(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest("button, a[href], input, select, textarea, summary, [role=button], [role=slider], [role=menuitem], [role=tab], [role=option], [role=checkbox], [role=radio]") !== null;
}

/** The shortcut a key press runs, or undefined. */
export function shortcutFor(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target" | "defaultPrevented">): Shortcut | undefined {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return undefined;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const s = SHORTCUTS.find((x) => x.keys.includes(key) || x.keys.includes(e.key));
  if (!s || (s.navigation && isInteractive(e.target))) return undefined;
  return s;
}
