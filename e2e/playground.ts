/**
 * Helpers for the playground's browser tests: open the app paused at a virtual moment (the `?paused=1&at=`
 * URL options), find diagram elements by role and accessible name, and advance the clock deterministically.
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the playground paused at `seconds` of virtual time (reduced motion, so pictures do not move). */
export async function openAt(page: Page, seconds: number, query = ""): Promise<void> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`./?paused=1&at=${seconds}${query}`);
  await expect(page.getByTestId("virtual-time")).toHaveText(formatSeconds(seconds));
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeVisible();
}

export function formatSeconds(s: number): string {
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, "0")}:${String(Math.floor(s % 60)).padStart(2, "0")}.${String(Math.round((s % 1) * 1000)).padStart(3, "0")}`;
}

/** A consumer node (the element that carries its status and group). */
export const consumerNode = (page: Page, id: string): Locator => page.getByTestId(`consumer-${id}`);

/** The focusable, draggable part of a consumer node, by its accessible name. */
export const consumerButton = (page: Page, id: string): Locator => page.getByRole("button", { name: new RegExp(`^${id} .*; in group `) });

export const groupBox = (page: Page, id: string): Locator => page.getByTestId(`group-${id}`);

/** Opens the "⋯" menu of a consumer, group or topic and runs one item. */
export async function menuAction(page: Page, owner: string, item: string | RegExp): Promise<void> {
  await page.getByRole("button", { name: `Actions for ${owner}`, exact: true }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

/** Virtual time now, in ms, as the page shows it. */
export async function virtualMs(page: Page): Promise<number> {
  const t = (await page.getByTestId("virtual-time").textContent()) ?? "00:00.000";
  const [m, rest] = t.split(":");
  return Math.round((Number(m) * 60 + Number(rest)) * 1000);
}

/** Steps the paused clock, event by event, until `done` holds. */
export async function stepUntil(page: Page, done: () => Promise<boolean>, max = 400): Promise<void> {
  const step = page.getByRole("button", { name: "Step to the next event" });
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    const before = await virtualMs(page);
    await step.click();
    await expect.poll(() => virtualMs(page)).toBeGreaterThanOrEqual(before);
  }
  throw new Error(`condition not reached in ${max} steps`);
}

/** The announcement (aria-live status line). */
export const announcement = (page: Page): Locator => page.getByTestId("announcement");
