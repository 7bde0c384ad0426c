import { expect, test, type Page } from "@playwright/test";
import { createSimulation } from "../engine/simulation";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

function deliveryAt(t: number) {
  const sim = createSimulation(PANELS_SCENARIO);
  sim.advanceTo(t);
  return Object.fromEntries(sim.snapshot().groups.map((g) => [g.groupId, g.delivery]));
}

async function countersOf(page: Page, groupId: string) {
  const group = page.getByRole("table", { name: "Delivery counters per group" }).getByRole("rowgroup", { name: groupId, exact: true });
  await expect(group.getByRole("rowheader")).toContainText(groupId);
  const cells = (await group.locator("td").allInnerTexts()).map((t) => t.trim());
  // Processed, Duplicates, Lost, Skipped duplicates
  return { processed: Number(cells[0]), duplicates: Number(cells[1]), lost: Number(cells[2]), skippedDuplicates: Number(cells[3]) };
}

test("delivery counters change after the crashes, and name the records on hover", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 25_000);
  const before = deliveryAt(25_000);
  await expect.poll(() => countersOf(page, "service-a")).toEqual(before["service-a"]);
  await expect.poll(() => countersOf(page, "service-c")).toEqual(before["service-c"]);
  expect(before["service-a"].duplicates + before["service-c"].lost).toBe(0);

  await seekTo(page, 60_000);
  const after = deliveryAt(60_000);
  for (const g of ["service-a", "service-b", "service-c"]) await expect.poll(() => countersOf(page, g)).toEqual(after[g]);
  expect(after["service-a"].duplicates).toBeGreaterThan(0); // auto commit: redelivered after a-2's crash
  expect(after["service-c"].lost).toBeGreaterThan(0); // commit before processing: lost when c-1 crashed
  expect(after["service-b"].skippedDuplicates).toBeGreaterThan(0); // idempotent: recognised and skipped

  // The records are named from the event log's recordsRedelivered / recordsLost events.
  const sim = createSimulation(PANELS_SCENARIO);
  sim.advanceTo(60_000);
  const lostEvent = sim.events().find((e) => e.type === "recordsLost" && e.group === "service-c")!;
  const [[from, to]] = lostEvent.data!.offsets as Array<[number, number]>;
  const lost = page.getByRole("button", { name: `${after["service-c"].lost} lost records in service-c` });
  await lost.hover();
  const tip = page.getByRole("tooltip").filter({ hasText: "lost records in service-c" });
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`${lostEvent.topic}-${lostEvent.partition}: offsets ${from}–${to - 1}`);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  const dup = page.getByRole("button", { name: `${after["service-a"].duplicates} duplicates in service-a` });
  await dup.focus();
  const redelivered = sim.events().find((e) => e.type === "recordsRedelivered" && e.group === "service-a")!;
  const [[topic, partition, a]] = redelivered.data!.ranges as Array<[string, number, number, number]>;
  await expect(dup).toHaveAccessibleDescription(new RegExp(`${topic}-${partition}: offsets ${a}`));
  // the line that explains what a duplicate and a loss are, and which commit strategy causes which
  await expect(page.getByText(/a record processed twice/)).toBeVisible();
  await expect(page.getByText(/Committing after processing \(auto commit, batch or per record\) causes it/)).toBeVisible();
  await expect(page.getByText(/committed before it was processed \(commit before processing/)).toBeVisible();
});
