import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

const virtualTime = async (page: import("@playwright/test").Page) => (await page.getByTestId("virtual-time").first().textContent()) ?? "";

test("the built page ships a Content-Security-Policy without unsafe-eval, and runs under it", async ({ page }) => {
  const html = readFileSync("dist/index.html", "utf8");
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(csp).toContain("script-src &#39;self&#39;");
  expect(csp).not.toContain("unsafe-eval");
  const violations: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  await page.goto("./");
  await expect(page.getByTestId("partition-orders-0")).toBeVisible();
  await expect.poll(() => virtualTime(page)).not.toBe("00:00.000");
  expect(violations).toEqual([]);
});

test("when the worker throws, the UI says so and restores the last good moment", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("partition-orders-0")).toBeVisible();
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  await page.waitForTimeout(2500); // a checkpoint of the last good moment is taken every 2 s
  await page.workers()[0].evaluate(() => setTimeout(() => {
    throw new Error("boom");
  }, 0));
  const alert = page.getByRole("alert").filter({ hasText: "The simulation stopped" });
  await expect(alert).toBeVisible();
  // Nothing on screen is lost meanwhile; the clock shown stopped at the failure.
  await expect(page.getByTestId("partition-orders-0")).toBeVisible();
  const atFailure = await virtualTime(page);
  await alert.getByRole("button", { name: /Restore the last good moment/ }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByTestId("partition-orders-0")).toBeVisible();
  // Restored paused at the checkpoint (a moment after the start, at or before the failure); playing moves time on.
  await expect.poll(() => virtualTime(page)).not.toBe("00:00.000");
  expect((await virtualTime(page)).localeCompare(atFailure)).toBeLessThanOrEqual(0);
  await page.getByRole("button", { name: "Play" }).first().click();
  const t = await virtualTime(page);
  await expect.poll(() => virtualTime(page)).not.toBe(t);
});

test("when the worker dies, the watchdog notices", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("partition-orders-0")).toBeVisible();
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  await page.workers()[0].evaluate(() => (self as unknown as { close(): void }).close());
  await expect(page.getByRole("alert").filter({ hasText: "stopped answering" })).toBeVisible({ timeout: 15_000 });
});

test("a long run at 1000x does not degrade: frames come as often late in the run as early", async ({ page }) => {
  // The median gap between animation frames over 60 frames (a single slow frame on a shared CI machine says little).
  const medianGap = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const gaps: number[] = [];
          let last = performance.now();
          const tick = (now: number): void => {
            gaps.push(now - last);
            last = now;
            if (gaps.length < 60) requestAnimationFrame(tick);
            else resolve(gaps.sort((a, b) => a - b)[30]);
          };
          requestAnimationFrame(tick);
        }),
    );
  await page.goto("./?speed=1000");
  await expect(page.getByTestId("partition-orders-0")).toBeVisible();
  const early = await medianGap();
  await page.waitForTimeout(8000);
  // Eight wall seconds at 1000x is more than an hour of virtual time (at most 250 ms of wall time per frame).
  expect(await virtualTime(page)).toMatch(/^\d+:\d\d:\d\d\.\d{3}$/);
  const late = await medianGap();
  expect(late).toBeLessThan(100);
  expect(late).toBeLessThan(early * 2 + 50);
  await expect(page.getByRole("alert").filter({ hasText: "The simulation stopped" })).toHaveCount(0);
});
