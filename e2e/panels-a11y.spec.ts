import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

/** Serious and critical axe findings inside the panels (the rest of the page has its own checks). */
async function panelViolations(page: Page) {
  const r = await new AxeBuilder({ page }).include('section[aria-label="Panels"]').analyze();
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

async function exercise(page: Page) {
  const input = page.getByRole("textbox", { name: "Command line" });
  await input.fill("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group service-a");
  await input.press("Enter");
  await input.fill("kafka-nope.sh");
  await input.press("Enter");
  await expect(page.getByRole("log", { name: "Terminal output" }).locator('[data-stream="stderr"]')).toHaveCount(1);
  await page.getByRole("button", { name: /duplicates in service-a$/ }).focus();
  await expect(page.getByRole("tooltip").filter({ hasText: "duplicates in service-a" })).toBeVisible();
}

// axe is slow on a busy two-core machine: these tests get more time than the default 30 s.
test.describe.configure({ timeout: 90_000 });

for (const query of ["?theme=light", "?theme=dark", "?theme=dark&large=1"]) {
  test(`the panels have no serious or critical axe violations (${query})`, async ({ page }) => {
    await openPaused(page, PANELS_SCENARIO, query);
    await seekTo(page, 60_000);
    await exercise(page);
    expect(await panelViolations(page)).toEqual([]);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the tabs have no serious or critical axe violations", async ({ page }) => {
    await openPaused(page, PANELS_SCENARIO, "?theme=dark");
    await seekTo(page, 60_000);
    for (const tab of ["Group", "Delivery", "Timeline", "Events", "Offsets", "Terminal"]) {
      await page.getByRole("tab", { name: tab }).click();
      expect(await panelViolations(page), tab).toEqual([]);
    }
  });
});
