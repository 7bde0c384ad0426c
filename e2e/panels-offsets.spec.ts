import { expect, test } from "@playwright/test";
import { createSimulation } from "../engine/simulation";
import { offsetsPartitionFor } from "../engine/partitioner";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

test("the __consumer_offsets viewer shows the group's commit records from its partition", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 30_000);
  await page.getByRole("combobox", { name: "Consumer group" }).selectOption("service-b");
  const p = offsetsPartitionFor("service-b");
  const panels = page.getByRole("region", { name: "Panels" });
  await expect(panels.getByText(`Group service-b commits to __consumer_offsets-${p}:`)).toBeVisible();
  await expect(panels.getByText(`abs("service-b".hashCode()) % 50`)).toBeVisible();

  const sim = createSimulation(PANELS_SCENARIO);
  sim.advanceTo(30_000);
  const records = sim.offsetsLog("service-b");
  const newest = records.at(-1)!;
  const table = page.getByRole("table", { name: /Records of group service-b in __consumer_offsets/ });
  const row = table.getByRole("row", { name: new RegExp(`^${newest.offset} `) });
  await expect(row).toBeVisible();
  if (newest.key.kind === "offset" && newest.value && "offset" in newest.value) {
    await expect(row).toContainText(`service-b, ${newest.key.topic}, ${newest.key.partition}`);
    await expect(row).toContainText(`${newest.value.offset}, 00:`);
  }
  const part = sim.snapshot().topics.find((t) => t.name === "__consumer_offsets")!.partitions[p];
  await expect(page.getByTestId("offsets-log-end")).toHaveText(String(part.logEndOffset));
  await expect(page.getByTestId("offsets-log-start")).toHaveText(String(part.logStartOffset));

  // commits keep arriving as time passes
  await seekTo(page, 40_000);
  sim.advanceTo(40_000);
  const later = sim.offsetsLog("service-b").at(-1)!;
  expect(later.offset).toBeGreaterThan(newest.offset);
  await expect(table.getByRole("row", { name: new RegExp(`^${later.offset} `) })).toBeVisible();
});

test("compaction shows as superseded commits disappearing, leaving gaps", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  const table = page.getByRole("table", { name: /Records of group service-a in __consumer_offsets/ });
  await expect(table.getByRole("row", { name: /^32 / })).toBeVisible();
  await seekTo(page, 200_000);
  const sim = createSimulation(PANELS_SCENARIO);
  sim.advanceTo(200_000);
  const records = sim.offsetsLog("service-a");
  // the cleaner kept only the newest record per key: far fewer records than commits made
  expect(records.length).toBeLessThan(records.at(-1)!.offset);
  await expect(page.getByRole("status").filter({ hasText: /^Compaction at/ })).toContainText("the cleaner removed");
  await expect(table.getByRole("row", { name: /^32 / })).toHaveCount(records.some((r) => r.offset === 32) ? 1 : 0);
  await expect(table.getByRole("cell", { name: /compacted away/ }).first()).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`^${records.at(-1)!.offset} `) })).toBeVisible();
  await page.getByRole("region", { name: /Records of service-a in __consumer_offsets/ }).screenshot({ path: "e2e/screenshots/panels-offsets-compacted.png" });
});
