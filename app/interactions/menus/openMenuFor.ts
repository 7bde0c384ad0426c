/**
 * Opens the context menu of a consumer, group or topic: at the pointer for a right click, below the element
 * for a keyboard or button activation. The menu returns focus to `returnFocus` when it closes.
 */
import type { KeyboardEvent, MouseEvent } from "react";
import { openMenu, type Selection } from "../../store";

let returnFocus: Element | null = null;

export function openMenuFor(target: Selection, e: MouseEvent | KeyboardEvent | Element): void {
  let x: number;
  let y: number;
  if (e instanceof Element) {
    const r = e.getBoundingClientRect();
    x = r.left;
    y = r.bottom + 4;
    returnFocus = e;
  } else if ("clientX" in e && (e.clientX !== 0 || e.clientY !== 0)) {
    x = e.clientX;
    y = e.clientY;
    returnFocus = e.currentTarget as Element;
  } else {
    const r = (e.currentTarget as Element).getBoundingClientRect();
    x = r.left;
    y = r.bottom + 4;
    returnFocus = e.currentTarget as Element;
  }
  openMenu({ target, x, y });
}

/** Where focus goes back when the menu closes (the element that opened it). */
export function takeReturnFocus(): Element | null {
  const el = returnFocus;
  returnFocus = null;
  return el;
}
