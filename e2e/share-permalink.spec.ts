import { expect, test } from "@playwright/test";
import { consumerNode, menuAction, virtualMs } from "./playground";
import { expectNothingRan, guard, HOSTILE, HOSTILE_SCENARIO } from "./teach";

const stateOf = async (page: import("@playwright/test").Page) => ({
  t: await virtualMs(page),
  statuses: await Promise.all(["consumer-1", "consumer-2", "consumer-3"].map((c) => consumerNode(page, c).getAttribute("data-status"))),
  ends: await Promise.all([0, 1, 2].map((p) => page.getByTestId(`partition-orders-${p}`).getAttribute("data-log-end-offset"))),
});

test("a permalink reopens at the same moment with the same state", async ({ page, context }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?scenario=crash-session-timeout&paused=1&at=6");
  await expect(page.getByRole("region", { name: "Scenario introduction" })).toContainText("A crash, detected by the session timeout");
  await expect(page.getByTestId("virtual-time")).toHaveText("00:06.000");
  await menuAction(page, "consumer-1", /Crash/);
  await expect(consumerNode(page, "consumer-1")).toHaveAttribute("data-status", "crashed");
  const timeline = page.getByRole("slider", { name: "Timeline: go back to any earlier moment" });
  // Run on a little (Step jumps event by event), then take the link.
  for (let i = 0; i < 5; i++) await page.getByRole("button", { name: "Step to the next event" }).click();
  await expect.poll(() => virtualMs(page)).toBeGreaterThan(6000);
  // The steps answer one by one: wait until the clock stands still.
  await expect
    .poll(async () => {
      const t = await virtualMs(page);
      await page.waitForTimeout(200);
      return t === (await virtualMs(page));
    })
    .toBe(true);
  const before = await stateOf(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByTestId("permalink").inputValue();
  expect(link).toMatch(/\?scenario=crash-session-timeout&log=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(400);
  expect(timeline).toBeTruthy();

  const again = await context.newPage();
  await again.emulateMedia({ reducedMotion: "reduce" });
  await again.goto(link);
  await expect(again.getByRole("button", { name: "Play", exact: true })).toBeVisible();
  await expect.poll(() => virtualMs(again)).toBe(before.t);
  expect(await stateOf(again)).toEqual(before);
  // Still alive: it plays on from there.
  await again.getByRole("button", { name: "Play", exact: true }).click();
  await expect.poll(() => virtualMs(again)).toBeGreaterThan(before.t);
});

test.describe("hostile and broken permalinks", () => {
  for (const [what, query, message] of [
    ["garbage", "?log=%%%not-a-link", /damaged/],
    ["truncated", "?scenario=first-picture&log=q1ZKzs8tyM", /damaged|wrong shape/],
    ["unknown scenario", `?scenario=${encodeURIComponent(HOSTILE.img)}`, /There is no built-in scenario named/],
    // Static hosts refuse long queries: long payloads travel in the fragment, which is capped too.
    ["oversized", `#log=${"A".repeat(1_600_000)}`, /too long/],
  ] as const) {
    test(`${what}: a clear message, the default scenario, nothing executed`, async ({ page }) => {
      guard(page);
      await page.goto(`./${query}`);
      await expect(page.getByTestId("notice")).toContainText(message);
      await expect(page.getByTestId("notice")).toContainText("The default scenario is open instead.");
      await expect(page.getByTestId("topic-orders")).toBeVisible();
      const t = await virtualMs(page);
      await expect.poll(() => virtualMs(page)).toBeGreaterThan(t);
      await expectNothingRan(page);
    });
  }

  test("a link whose commands the engine refuses, and one carrying a hostile scenario", async ({ page }) => {
    guard(page);
    // Made with the app's own encoder: a crash of a consumer that does not exist.
    const refused = await page.evaluate(async () => {
      const json = JSON.stringify({ v: 1, at: 2000, log: [[1000, { type: "crashConsumer", consumer: "<img src=x onerror=window.__pwned=1>" }]] });
      const stream = new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    });
    await page.goto(`./?scenario=first-picture&log=${refused}`);
    await expect(page.getByTestId("notice")).toContainText("Command 1 of the log (at 1.000 s) was refused");
    await expect(page.getByTestId("notice")).toContainText("<img src=x onerror=window.__pwned=1>");
    await expect(page.getByTestId("topic-orders")).toBeVisible();
    await expectNothingRan(page);
  });
});

test("a custom scenario with markup in its names travels in a link and is shown as text", async ({ page, context }) => {
  guard(page);
  await page.goto("./?paused=1");
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeVisible();
  await page.getByTestId("scenario-file").setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(HOSTILE_SCENARIO)) });
  await expect(page.getByRole("region", { name: "Scenario introduction" })).toContainText(HOSTILE.script);
  await expect(page.getByText(HOSTILE.img, { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByTestId("permalink").inputValue();
  expect(link).toMatch(/\?log=/);
  const again = await context.newPage();
  guard(again);
  await again.goto(link);
  await expect(again.getByRole("region", { name: "Scenario introduction" })).toContainText(HOSTILE.svg);
  await expectNothingRan(again);
  await expectNothingRan(page);
});

test("a bad scenario file gives a message and keeps the current state", async ({ page }) => {
  guard(page);
  await page.goto("./?scenario=first-picture");
  await expect(page.getByTestId("topic-orders")).toBeVisible();
  for (const [name, text, message] of [
    ["broken.json", "{ not json", /not valid JSON/],
    ["future.json", JSON.stringify({ version: 2 }), /version 2/],
    ["bad-topic.json", JSON.stringify({ version: 1, topics: [{ name: HOSTILE.script, partitions: 1 }] }), /Scenario could not be loaded|Topic name|topic name/],
  ] as const) {
    await page.getByTestId("scenario-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.getByTestId("notice")).toContainText(message);
    await expect(page.getByTestId("notice")).toContainText("The playground is unchanged.");
    await expect(page.getByTestId("consumer-consumer-1")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Scenario" })).toHaveValue("first-picture");
  }
  await expectNothingRan(page);
});
