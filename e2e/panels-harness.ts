/**
 * Test seam for the panels' browser tests, with no test code in the app: an init script wraps the page's
 * Worker.postMessage so that
 *  - the app's Comlink `load(scenario)` call loads the test's scenario instead of the default one;
 *  - setting `seekTo` turns the app's next `frame` request into `seek(t)` (same Comlink id, so the app applies
 *    the answer as its own frame: store, events and decoder stay consistent);
 *  - `now` follows the virtual time of every frame the worker answers.
 * The engine is deterministic, so the state after seek(t) is what createSimulation(scenario).advanceTo(t) gives.
 */
import { expect, type Page } from "@playwright/test";
import type { Scenario } from "../engine/scenario";

interface Harness {
  scenario: unknown;
  seekTo: number | null;
  now: number;
}

declare global {
  interface Window {
    __panelsHarness?: Harness;
  }
}

function install(scenario: unknown): void {
  const h: Harness = { scenario, seekTo: null, now: -1 };
  window.__panelsHarness = h;
  const listening = new WeakSet<Worker>();
  const original = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    if (!listening.has(this)) {
      listening.add(this);
      this.addEventListener("message", (e: MessageEvent) => {
        const now = (e.data as { value?: { snapshot?: { now?: unknown } } } | null)?.value?.snapshot?.now;
        if (typeof now === "number") h.now = now;
      });
    }
    let m = message as { type?: string; path?: string[]; argumentList?: unknown[] } | null;
    if (m && m.type === "APPLY" && Array.isArray(m.path)) {
      if (m.path[0] === "load" && h.scenario) m = { ...m, argumentList: [{ type: "RAW", value: h.scenario }, { type: "RAW", value: undefined }] };
      else if (m.path[0] === "frame" && h.seekTo !== null) {
        m = { ...m, path: ["seek"], argumentList: [{ type: "RAW", value: h.seekTo }] };
        h.seekTo = null;
      }
    }
    return (original as (this: Worker, ...a: unknown[]) => void).call(this, m, ...rest);
  } as typeof Worker.prototype.postMessage;
}

/** Opens the app (with URL options such as "?theme=dark") with `scenario` loaded, and pauses the clock with the Play/Pause button. */
export async function openPaused(page: Page, scenario: Scenario, query = ""): Promise<void> {
  await page.addInitScript(install, scenario);
  await page.goto(`./${query}`);
  const pause = page.getByRole("button", { name: "Pause", exact: true });
  await expect(pause).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => window.__panelsHarness?.now ?? -1)).toBeGreaterThanOrEqual(0);
  await pause.click();
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeVisible();
}

/** Moves the paused clock to `t` (virtual ms) and waits for the frame to arrive. */
export async function seekTo(page: Page, t: number): Promise<void> {
  await page.evaluate((at) => {
    window.__panelsHarness!.seekTo = at;
  }, t);
  await expect.poll(() => page.evaluate(() => window.__panelsHarness?.now)).toBe(t);
}

export async function virtualNow(page: Page): Promise<number> {
  return page.evaluate(() => window.__panelsHarness?.now ?? -1);
}

const a = { autoOffsetReset: "earliest", sessionTimeout: 10_000, processingTime: 50 } as const;
const b = { autoOffsetReset: "earliest", sessionTimeout: 10_000, processingTime: 50, partitionAssigners: ["cooperative-sticky"], asyncProcessing: true, idempotent: true } as const;
const c = { autoOffsetReset: "earliest", sessionTimeout: 10_000, processingTime: 300, maxPollRecords: 20, commitStrategy: "before-processing" } as const;

/**
 * Three groups on orders (3 partitions, 5 records/s): service-a eager (range) with auto commit, service-b
 * cooperative-sticky with idempotent processing, service-c committing before processing. At 15 s a third
 * consumer joins a and b (eager stop-the-world vs cooperative partial pause); at 32.5 s a-2 and b-2 crash
 * (redelivered records) and c-1 crashes, to restart at 35 s (lost records).
 */
export const PANELS_SCENARIO: Scenario = {
  version: 1,
  seed: 1,
  topics: [{ name: "orders", partitions: 3 }],
  producers: [{ topic: "orders", perSecond: 5, keys: { kind: "distinct", count: 12 } }],
  groups: [
    { groupId: "service-a", topics: ["orders"], config: a, consumers: [{ clientId: "a-1" }, { clientId: "a-2" }] },
    { groupId: "service-b", topics: ["orders"], config: b, consumers: [{ clientId: "b-1" }, { clientId: "b-2" }] },
    { groupId: "service-c", topics: ["orders"], config: c, consumers: [{ clientId: "c-1" }] },
  ],
  script: [
    { at: 15_000, command: { type: "addConsumer", group: "service-a", topics: ["orders"], consumer: "a-3", config: a } },
    { at: 15_000, command: { type: "addConsumer", group: "service-b", topics: ["orders"], consumer: "b-3", config: b } },
    { at: 32_500, command: { type: "crashConsumer", consumer: "a-2" } },
    { at: 32_500, command: { type: "crashConsumer", consumer: "b-2" } },
    { at: 30_000, command: { type: "crashConsumer", consumer: "c-1" } },
    { at: 35_000, command: { type: "restartConsumer", consumer: "c-1" } },
  ],
};
