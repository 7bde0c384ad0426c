import { expect, test } from "@playwright/test";
import { createSimulation } from "../engine/simulation";
import { openPaused, PANELS_SCENARIO, seekTo, virtualNow } from "./panels-harness";

test("the event log filters by text, group and type, and an entry seeks the timeline to its moment", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 40_000);
  const list = page.getByRole("list", { name: "Events" });
  const sim = createSimulation(PANELS_SCENARIO);
  sim.advanceTo(40_000);
  const all = sim.events();
  await expect(list.getByRole("listitem")).toHaveCount(Math.min(200, all.length));

  // type families
  for (const f of ["Membership", "Rebalance", "Delivery", "Producer & topics", "Other"]) await page.getByRole("checkbox", { name: new RegExp(`^${f.replace(/[&]/g, "\\$&")}`) }).uncheck();
  const commits = all.filter((e) => /^(offsetsCommitted|commitFailed|offsetReset|offsetsReset|offsetOutOfRange)$/.test(e.type));
  await expect(list.getByRole("listitem")).toHaveCount(Math.min(200, commits.length));
  await page.getByRole("checkbox", { name: /^Rebalance/ }).check();

  // group
  await page.getByRole("combobox", { name: "Group", exact: true }).selectOption("service-b");
  await expect(list.getByRole("listitem").filter({ hasText: "service-a" })).toHaveCount(0);

  // text: every word must appear
  await page.getByRole("searchbox", { name: "Filter events" }).fill("b-3 now owns");
  const owns = all.filter((e) => e.group === "service-b" && e.type === "partitionsAssigned" && e.message.startsWith("b-3 now owns"));
  await expect(list.getByRole("listitem")).toHaveCount(owns.length);
  expect(owns.length).toBeGreaterThan(0);

  // choosing an entry seeks the timeline (virtual time shown changes)
  const target = owns[0];
  const go = list.getByRole("button").first();
  await expect(go).toHaveAccessibleName(`Go to 00:${String(Math.floor(target.time / 1000)).padStart(2, "0")}.${String(target.time % 1000).padStart(3, "0")}`);
  await expect(go).toHaveAccessibleDescription(target.message);
  await go.click();
  await expect.poll(() => virtualNow(page)).toBe(target.time);
  await expect(page.getByTestId("virtual-time")).toHaveText(new RegExp(`^00:${String(Math.floor(target.time / 1000)).padStart(2, "0")}\\.`));
  // events after that moment are gone from the log: the world was replayed to it
  await page.getByRole("searchbox", { name: "Filter events" }).fill("");
  await expect(list.getByRole("listitem").last()).toContainText(/\d\d:\d\d\.\d{3}/);
  await expect(list.getByRole("listitem").last().getByRole("button")).toHaveText("Go to " + `00:${String(Math.floor(target.time / 1000)).padStart(2, "0")}.${String(target.time % 1000).padStart(3, "0")}`);
});

test("thousands of events stay fast: the list renders a capped page and offers earlier ones", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 600_000);
  const list = page.getByRole("list", { name: "Events" });
  await expect(list.getByRole("listitem")).toHaveCount(200);
  const more = page.getByRole("button", { name: /^Show 200 earlier events/ });
  await expect(more).toBeVisible();
  await more.click();
  await expect(list.getByRole("listitem")).toHaveCount(400);
  const t0 = Date.now();
  await page.getByRole("searchbox", { name: "Filter events" }).fill("committed orders-1");
  await expect(list.getByRole("listitem").first()).toContainText("orders-1");
  expect(Date.now() - t0).toBeLessThan(2000);
});

test("while the clock runs, a panel scrolled out of view rests, and catches up when it comes back into view", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 700 });
  await page.goto("./?speed=10");
  const list = page.getByRole("list", { name: "Events" });
  const newest = async () => {
    const t = (await list.getByRole("listitem").last().getByRole("button").textContent()) ?? "";
    const [m, s] = t.replace("Go to ", "").split(":");
    return Math.round((Number(m) * 60 + Number(s)) * 1000);
  };
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole("heading", { name: "Event log" })).not.toBeInViewport();
  await page.waitForTimeout(1000);
  const rested = await newest();
  await page.waitForTimeout(1500);
  expect(await newest()).toBe(rested);
  await list.scrollIntoViewIfNeeded();
  // In view again: the log shows the events of the last moments, not those of when it left the screen.
  await expect.poll(async () => (await newest()) - rested, { timeout: 3000 }).toBeGreaterThan(10_000);
});
