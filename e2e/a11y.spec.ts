import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { consumerButton, menuAction, openAt } from "./playground";

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

test.describe("accessibility", () => {
  // axe reads the whole page (diagram and panels): give it time on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  for (const theme of ["light", "dark"]) {
    test(`no serious or critical axe violations (${theme})`, async ({ page }) => {
      await openAt(page, 12, `&theme=${theme}`);
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("no serious or critical violations with a menu, a dialog, large type, and after a crash", async ({ page }) => {
    await openAt(page, 12, "&large=1");
    await expect(page.locator("html")).toHaveClass(/large-type/);
    await page.getByRole("button", { name: "Actions for consumer-2", exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await menuAction(page, "group service-a", /Change assignor/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await menuAction(page, "consumer-2", /Crash/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the whole playground is reachable by keyboard, with a visible focus", async ({ page }) => {
    await openAt(page, 12);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40)}` : "";
      });
      seen.add(name);
    }
    const all = [...seen].join("\n");
    for (const expected of ["Play", "Step to the next event", "Speed", "Timeline", "New consumer", "Actions for topic orders", "the producer of orders", "Actions for group service-a", "Stable (group state)", "consumer-1 leader consuming · P0; in group service-a", "Actions for consumer-1"]) {
      expect(all).toContain(expected);
    }
    // The focus ring of an SVG control is drawn.
    await consumerButton(page, "consumer-1").focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(consumerButton(page, "consumer-1").locator(".focus-ring")).toBeVisible();
  });

  test("follows the system theme unless the URL forces one", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await page.goto("./?paused=1");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.goto("./?paused=1&theme=light");
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await page.getByLabel("Theme").selectOption("dark");
    await expect(page.locator("html")).toHaveClass(/dark/);
  });

  test("large type can be switched on and off", async ({ page }) => {
    await openAt(page, 5);
    const toggle = page.getByRole("button", { name: "Large type" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveClass(/large-type/);
  });
});
