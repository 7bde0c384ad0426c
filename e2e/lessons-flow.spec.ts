import { expect, test } from "@playwright/test";
import { menuAction } from "./playground";

test.describe("a lesson on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a step's check turns green after the learner acts, and progress survives a reload", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("./?lesson=crash-session-timeout");
    const panel = page.getByRole("complementary", { name: "Lesson" });
    await expect(panel.getByRole("heading", { name: "A crash, and the session timeout" })).toBeVisible();
    await expect(panel.getByText("Check yourself · Q4.")).toBeVisible();
    await panel.getByText("Check yourself · Q4.").click();
    await expect(panel.getByText(/“Remaining consumers pause” is true only for eager assignors/)).toBeVisible();
    const task = panel.getByTestId("lesson-task");
    await expect(task).toHaveAttribute("data-done", "false");
    await panel.screenshot({ path: "e2e/screenshots/lesson-panel-360.png" });
    await page.screenshot({ path: "e2e/screenshots/lesson-page-360.png", fullPage: true });
    // Step 1 asks to let it run until the coordinator notices the scripted crash.
    await page.getByRole("slider", { name: "Speed" }).fill("7"); // 20x
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(task).toHaveAttribute("data-done", "true", { timeout: 20_000 });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await panel.getByRole("button", { name: "Next →" }).click();
    await expect(panel.getByRole("heading", { name: /Your turn: crash one/ })).toBeVisible();
    await expect(task).toHaveAttribute("data-done", "false");
    // The learner acts: crash consumer-1, then lets the clock run until the group is Stable again.
    await menuAction(page, "consumer-1", /Crash/);
    await expect(task).toHaveAttribute("data-done", "false");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(task).toHaveAttribute("data-done", "true", { timeout: 20_000 });
    await expect(task.getByRole("status")).toHaveText("✓ Done: the simulation shows it.");
    await panel.screenshot({ path: "e2e/screenshots/lesson-panel-360-done.png" });
    await page.reload();
    await expect(panel.getByRole("heading", { name: /Your turn: crash one/ })).toBeVisible();
    await expect(panel.getByTestId("lesson-task")).toHaveAttribute("data-done", "true");
  });
});

test("the lesson list, and corrupted progress in local storage", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("cgp.lessons.v1", '{"first-picture":{"step":"<img src=x onerror=window.__pwned=1>"'));
  await page.goto("./");
  await page.getByRole("button", { name: "Lessons" }).click();
  const panel = page.getByRole("complementary", { name: "Lesson" });
  await expect(panel.getByRole("button", { name: /Two groups, one topic/ })).toBeVisible();
  await expect(panel.getByRole("listitem")).toHaveCount(14);
  await panel.getByRole("button", { name: /RoundRobin versus Range/ }).click();
  await expect(panel.getByRole("heading", { name: "RoundRobin versus Range over two topics" })).toBeVisible();
  await expect(page.getByTestId("consumer-rr-1")).toBeVisible();
  expect(page.url()).toContain("lesson=roundrobin-vs-range");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
