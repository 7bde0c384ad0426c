import { expect, test } from "@playwright/test";
import { consumerNode, menuAction, openAt, virtualMs } from "./playground";

test.describe("virtual time", () => {
  test("pause stops the clock; play runs it; step jumps to the next event", async ({ page }) => {
    await openAt(page, 10);
    const t0 = await virtualMs(page);
    expect(t0).toBe(10_000);
    // Paused: frames keep coming, time does not move.
    await expect.poll(() => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))).then(() => 1))).toBe(1);
    expect(await virtualMs(page)).toBe(t0);
    await page.getByRole("button", { name: "Step to the next event" }).click();
    await expect.poll(() => virtualMs(page)).toBeGreaterThan(t0);
    const t1 = await virtualMs(page);
    expect(t1 - t0).toBeLessThan(1000); // the producer alone fires every 333 ms
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => virtualMs(page)).toBeGreaterThan(t1 + 200);
  });

  test("speed runs on a log scale from 0.1x to 1000x", async ({ page }) => {
    await openAt(page, 2);
    const speed = page.getByRole("slider", { name: "Speed" });
    await speed.focus();
    await page.keyboard.press("Home");
    await expect(page.getByText("0.1x")).toBeVisible();
    await page.keyboard.press("End");
    await expect(page.getByText("1000x")).toBeVisible();
    await expect(speed).toHaveAttribute("aria-valuetext", "1000 times real time");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => virtualMs(page)).toBeGreaterThan(60_000);
  });

  test("the timeline goes back to any earlier moment; acting there forks a new future", async ({ page }) => {
    await openAt(page, 30);
    const timeline = page.getByRole("slider", { name: "Timeline: go back to any earlier moment" });
    await expect(timeline).toHaveAttribute("max", "30000");
    await timeline.fill("8000");
    await expect.poll(() => virtualMs(page)).toBe(8000);
    await expect(page.getByText("In the past: acting now forks a new future.")).toBeVisible();
    // Deterministic replay: the same world as before at 8 s.
    const end = await page.getByTestId("partition-orders-2").getAttribute("data-log-end-offset");
    await timeline.fill("20000");
    await expect.poll(() => virtualMs(page)).toBe(20_000);
    await timeline.fill("8000");
    await expect.poll(() => virtualMs(page)).toBe(8000);
    await expect(page.getByTestId("partition-orders-2")).toHaveAttribute("data-log-end-offset", end!);
    // Acting in the past: the rest of the timeline is dropped.
    await menuAction(page, "consumer-1", /Crash/);
    await expect(consumerNode(page, "consumer-1")).toHaveAttribute("data-status", "crashed");
    await expect(page.getByText("In the past: acting now forks a new future.")).toBeHidden();
    await expect(timeline).toHaveAttribute("max", "8000");
  });

  test("back to the latest moment", async ({ page }) => {
    await openAt(page, 20);
    const timeline = page.getByRole("slider", { name: "Timeline: go back to any earlier moment" });
    await timeline.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => virtualMs(page)).toBe(0);
    await page.getByRole("button", { name: "Back to the latest moment" }).click();
    await expect.poll(() => virtualMs(page)).toBe(20_000);
  });
});
