import { expect, test, type Page } from "@playwright/test";
import { expectNothingRan, guard, HOSTILE, HOSTILE_SCENARIO } from "./teach";

/** Posts a request from the host page to the first playground and answers its reply (or null after a while). */
async function ask(page: Page, frameId: string, request: unknown, wait = 3000): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ({ frameId, request, wait }) =>
      new Promise<Record<string, unknown> | null>((resolve) => {
        const frame = document.getElementById(frameId) as HTMLIFrameElement;
        const id = `t${Math.random()}`;
        const body = typeof request === "object" && request !== null && !Array.isArray(request) ? { ...request, id } : request;
        const done = setTimeout(() => resolve(null), wait);
        addEventListener("message", function on(e) {
          const d = e.data as { source?: string; id?: unknown; type?: string };
          if (e.source !== frame.contentWindow || d?.source !== "consumer-groups-playground" || (d.type !== "result" && d.type !== "error")) return;
          if (typeof body === "object" && d.id !== id) return;
          clearTimeout(done);
          removeEventListener("message", on);
          resolve(d as Record<string, unknown>);
        });
        frame.contentWindow!.postMessage(body, new URL(frame.src).origin);
      }),
    { frameId, request, wait },
  );
}

test("the example documentation page drives an embedded playground step by step", async ({ page }) => {
  guard(page);
  await page.goto("./embed-example.html");
  await expect(page.getByRole("button", { name: "Crash consumer-2" })).toBeEnabled({ timeout: 15_000 });
  const log = page.getByTestId("host-log");
  await page.getByRole("button", { name: "Crash consumer-2" }).click();
  await expect(log).toContainText("You crashed consumer-2");
  await expect(log).toContainText("consumer-2 crashed (kill -9)");
  await page.getByRole("button", { name: "Wait for the rebalance" }).click();
  await expect(log).toContainText("missed its session timeout", { timeout: 20_000 });
  await expect(log).toContainText("The group is Stable again without consumer-2.", { timeout: 20_000 });
  await expect(page.locator("#status")).toContainText("service-a is Stable");
  await page.getByRole("button", { name: "Describe the group" }).click();
  await expect(log).toContainText("CURRENT-OFFSET");
  await page.getByRole("button", { name: "Restart consumer-2" }).click();
  await expect(log).toContainText("consumer-2 restarts");
  // The second playground runs on its own, without controls.
  const coop = page.frameLocator("#coop");
  await expect(coop.getByTestId("consumer-coop-1")).toBeVisible();
  await expect(coop.getByRole("button", { name: "Play", exact: true })).toHaveCount(0);
  await page.screenshot({ path: "e2e/screenshots/embed-example-page.png", fullPage: true });
});

test("hostile messages get an error reply, names are shown as text, nothing runs", async ({ page }) => {
  guard(page);
  await page.goto("./embed-example.html");
  await expect(page.getByRole("button", { name: "Crash consumer-2" })).toBeEnabled({ timeout: 15_000 });
  const frame = page.frame({ url: /embed=1.*first-picture/ })!;
  expect(await ask(page, "crash", { type: HOSTILE.img })).toMatchObject({ type: "error", error: expect.stringContaining("Unknown request type") });
  expect(await ask(page, "crash", "<script>alert(1)</script>")).toMatchObject({ type: "error", error: expect.stringContaining("must be an object") });
  expect(await ask(page, "crash", { type: "seek", t: "soon" })).toMatchObject({ type: "error" });
  expect(await ask(page, "crash", { type: "crashConsumer", consumer: HOSTILE.svg })).toMatchObject({ type: "result", ok: false });
  expect(await ask(page, "crash", { type: "addConsumer", group: HOSTILE.img, topics: ["orders"], consumer: HOSTILE.script })).toMatchObject({ type: "result", ok: true });
  await expect(page.frameLocator("#crash").getByText(HOSTILE.script).first()).toBeVisible();
  expect(await ask(page, "crash", { type: "loadScenario", scenario: HOSTILE_SCENARIO })).toMatchObject({ type: "result", ok: true });
  await expect(page.frameLocator("#crash").getByText(HOSTILE.img).first()).toBeVisible();
  expect(await ask(page, "crash", { type: "loadScenario", scenario: { version: 1, topics: [{ name: HOSTILE.script, partitions: 1 }] } })).toMatchObject({ ok: false });
  // Still working.
  const state = await ask(page, "crash", { type: "getState" });
  expect(state).toMatchObject({ type: "result", ok: true });
  expect(JSON.stringify(state)).toContain(HOSTILE.script);
  await expectNothingRan(frame);
  await expectNothingRan(page);
});

test("with an origin allow-list, other origins are ignored", async ({ page }) => {
  await page.goto("./embed-example.html");
  await expect(page.getByRole("button", { name: "Crash consumer-2" })).toBeEnabled({ timeout: 15_000 });
  await page.evaluate(() => {
    const f = document.getElementById("coop") as HTMLIFrameElement;
    const u = new URL(f.src);
    u.searchParams.set("origins", "https://docs.example");
    f.src = u.toString();
  });
  await expect(page.frameLocator("#coop").getByTestId("consumer-coop-1")).toBeVisible();
  expect(await ask(page, "coop", { type: "getState" }, 1500)).toBeNull();
  expect(await ask(page, "crash", { type: "getState" })).toMatchObject({ ok: true });
});

test.describe("embedded at 600x400", () => {
  test.use({ viewport: { width: 600, height: 400 } });

  test("chromeless, fills the frame, and nothing shifts as it runs", async ({ page }) => {
    await page.goto("./?embed=1&scenario=first-picture");
    const svg = page.getByRole("group", { name: "Live diagram of topics, consumer groups and consumers" });
    await expect(page.getByTestId("consumer-consumer-1")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Consumer Groups Playground", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Pause|Play/ }).first()).toBeVisible();
    const first = await svg.boundingBox();
    await page.waitForTimeout(1500);
    expect(await svg.boundingBox()).toEqual(first);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
    await page.screenshot({ path: "e2e/screenshots/embed-600x400.png" });
    await page.goto("./?embed=1&scenario=first-picture&controls=0");
    await expect(page.getByTestId("consumer-consumer-1")).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Pause|Play)$/ })).toHaveCount(0);
    await page.screenshot({ path: "e2e/screenshots/embed-600x400-no-controls.png" });
  });
});
