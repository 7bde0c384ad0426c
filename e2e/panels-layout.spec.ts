import { expect, test } from "@playwright/test";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

test.describe("narrow screens (360 px)", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the panels collapse into keyboard-operable tabs", async ({ page }) => {
    await openPaused(page, PANELS_SCENARIO);
    await seekTo(page, 60_000);
    const tabs = page.getByRole("tablist", { name: "Panels" });
    await expect(tabs.getByRole("tab")).toHaveText(["Group", "Delivery", "Timeline", "Events", "Offsets", "Terminal"]);
    const group = tabs.getByRole("tab", { name: "Group" });
    await expect(group).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("table", { name: "Partitions of group service-a" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Lag over time" })).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/panels-narrow-page.png", fullPage: true });
    await page.getByRole("region", { name: "Panels" }).screenshot({ path: "e2e/screenshots/panels-narrow-group.png" });

    await group.focus();
    await page.keyboard.press("ArrowRight");
    await expect(tabs.getByRole("tab", { name: "Delivery" })).toBeFocused();
    await expect(tabs.getByRole("tab", { name: "Delivery" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("table", { name: "Delivery counters per group" })).toBeVisible();
    await page.getByRole("tabpanel").screenshot({ path: "e2e/screenshots/panels-narrow-delivery.png" });

    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("region", { name: "Timeline of group service-b" })).toBeVisible();
    await page.getByRole("tabpanel").screenshot({ path: "e2e/screenshots/panels-narrow-timeline.png" });

    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("list", { name: "Events" })).toBeVisible();
    await page.getByRole("tabpanel").screenshot({ path: "e2e/screenshots/panels-narrow-events.png" });

    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("table", { name: /Records of group service-a in __consumer_offsets/ })).toBeVisible();
    await page.getByRole("tabpanel").screenshot({ path: "e2e/screenshots/panels-narrow-offsets.png" });

    // nothing of the panels overflows the screen sideways: wide tables scroll inside their own region
    for (const tab of ["Group", "Delivery", "Timeline", "Events", "Offsets", "Terminal"]) {
      await tabs.getByRole("tab", { name: tab }).click();
      const right = await page.getByRole("tabpanel").evaluate((el) => Math.max(el.getBoundingClientRect().right, el.scrollWidth + el.getBoundingClientRect().left));
      expect(right, tab).toBeLessThanOrEqual(360);
    }
  });
});

test("wide screens: a column of panels that collapse, in light and dark themes", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  await expect(page.getByRole("tablist", { name: "Panels" })).toHaveCount(0);
  const toggle = page.getByRole("button", { name: "Delivery", exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await toggle.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("table", { name: "Delivery counters per group" })).toBeHidden();
  await toggle.press("Enter");
  await expect(page.getByRole("table", { name: "Delivery counters per group" })).toBeVisible();

  await expect(page.getByRole("img", { name: "Lag over time" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/panels-wide.png", fullPage: true });
});

test("dark theme", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO, "?theme=dark");
  await seekTo(page, 60_000);
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByRole("img", { name: "Lag over time" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/panels-wide-dark.png", fullPage: true });
  await page.getByRole("region", { name: "Panels" }).screenshot({ path: "e2e/screenshots/panels-column-dark.png" });
});

test("large type: text and charts scale with the root font size", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  const chart = page.getByRole("img", { name: "Lag over time" });
  await expect(chart).toBeVisible();
  const normal = Number(await chart.getAttribute("height"));
  await page.goto("./?large=1");
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect.poll(async () => Number(await chart.getAttribute("height"))).toBeGreaterThan(normal);
  await page.screenshot({ path: "e2e/screenshots/panels-large-type.png", fullPage: true });
});

test("every control of the panels is reachable with the keyboard and shows its focus", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  const panels = page.getByRole("region", { name: "Panels" });
  const reached = new Set<string>();
  await page.getByRole("combobox", { name: "Consumer group" }).focus();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest('[aria-label="Panels"]')) return null;
      const style = getComputedStyle(el);
      const label = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? el.tagName;
      return { name: label.replace("▸", "").trim().slice(0, 40), outline: style.outlineStyle !== "none" && style.outlineWidth !== "0px" };
    });
    if (info) {
      expect(info.outline, `focus ring on ${info.name}`).toBe(true);
      reached.add(info.name);
    }
  }
  await expect(panels).toBeVisible();
  for (const name of ["What is time lag?", "Delivery", "Rebalance timeline", "Event log", "Filter events", "__consumer_offsets", "Terminal", "Command line"]) {
    expect([...reached]).toContain(name);
  }
});
