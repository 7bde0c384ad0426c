import { expect, test } from "@playwright/test";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

test("the rebalance timeline shows eager stop-the-world pauses beside cooperative partial pauses", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  const eager = page.getByRole("region", { name: "Timeline of group service-a" });
  const cooperative = page.getByRole("region", { name: "Timeline of group service-b" });
  await expect(eager).toContainText("eager");
  await expect(cooperative).toContainText("cooperative");
  // Text alternative of each row: the intervals in words.
  await expect(eager.getByRole("list", { name: "Timeline of a-1" })).toContainText("stopped for a rebalance (all partitions)");
  await expect(eager.getByRole("list", { name: "Timeline of a-2" })).toContainText("crashed from 00:32.500 until now");
  await expect(cooperative.getByRole("list", { name: "Timeline of b-1" })).toContainText(/paused only orders-\d \(cooperative rebalance\)/);
  await expect(cooperative.getByRole("list", { name: "Timeline of b-1" })).not.toContainText(/stopped for a rebalance \(all partitions\) (at )?00:(1|2)\d/);
  // and drawn: one hatched band for the partial pause, red for the crash
  await expect(cooperative.locator('rect[fill="url(#partial-pause)"]')).not.toHaveCount(0);
  await expect(eager.locator("rect.fill-red-600")).toHaveCount(1);
});
