/**
 * Helpers for the teach/share/embed browser tests: payloads that must never run, and a guard that fails the test
 * if one does (a dialog opens or a global flag is set).
 */
import { expect, type Frame, type Page } from "@playwright/test";

/** Names that would run script if any were ever rendered as HTML. */
export const HOSTILE = {
  img: "<img src=x onerror=window.__pwned=1>",
  script: "<script>window.__pwned=1</script>",
  svg: "<svg onload=window.__pwned=1>",
};

/** Fails on any alert/confirm/prompt; check `expectNothingRan` at the end. */
export function guard(page: Page): void {
  page.on("dialog", async (d) => {
    await d.dismiss();
    throw new Error(`a dialog opened: ${d.message()}`);
  });
}

export async function expectNothingRan(target: Page | Frame): Promise<void> {
  expect(await target.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

/** A scenario whose group, consumer and key names are markup (all valid: group ids and client ids are free text). */
export const HOSTILE_SCENARIO = {
  version: 1,
  name: "hostile",
  title: HOSTILE.svg,
  narrative: `${HOSTILE.script} and ${HOSTILE.img}`,
  topics: [{ name: "orders", partitions: 2 }],
  producers: [{ topic: "orders", perSecond: 2, keys: { kind: "hot", count: 3, hotKey: HOSTILE.img } }],
  groups: [{ groupId: HOSTILE.img, topics: ["orders"], config: { sessionTimeout: 10000 }, consumers: [{ clientId: HOSTILE.script }] }],
};
