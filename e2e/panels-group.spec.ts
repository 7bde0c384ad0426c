import { expect, test, type Page } from "@playwright/test";
import { createSimulation } from "../engine/simulation";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

/** What the engine says about a group at virtual time t, computed here in Node from the same scenario. */
function expected(groupId: string, t: number) {
  const sim = createSimulation(PANELS_SCENARIO);
  sim.advanceTo(t);
  const g = sim.snapshot().groups.find((x) => x.groupId === groupId);
  if (!g) throw new Error(`no group ${groupId}`);
  return g;
}

async function tableNumbers(page: Page, groupId: string) {
  const table = page.getByRole("table", { name: `Partitions of group ${groupId}` });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())));
}

test("the group table shows the partitions, owners and offsets the engine has", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  const selector = page.getByRole("combobox", { name: "Consumer group" });
  for (const groupId of ["service-a", "service-b", "service-c"]) {
    await selector.selectOption(groupId);
    const g = expected(groupId, 60_000);
    const hostOf = (memberId: string | null) => g.members.find((m) => m.memberId === memberId)?.host;
    // Kafka's column order: partition, committed (CURRENT-OFFSET), LOG-END-OFFSET, LAG, then the member
    const want = g.offsets.map((o) => [
      `${o.topic}-${o.partition}`,
      String(o.committed ?? "-"),
      String(o.logEndOffset),
      String(o.lag ?? "-"),
      o.ownerClientId ? `${o.ownerClientId} ${hostOf(o.ownerMemberId)}` : "none",
    ]);
    expect(want.length).toBeGreaterThan(0);
    await expect.poll(() => tableNumbers(page, groupId)).toEqual(want);
    const table = page.getByRole("table", { name: `Partitions of group ${groupId}` });
    await expect(table.getByRole("columnheader")).toHaveText(["Partition", "Committed offset", "Log end offset", "Lag", "Assigned member (host)"]);
    await expect(table.getByRole("row", { name: /Total lag/ })).toContainText(String(g.totalLag));
    await expect(page.getByTestId("group-total-lag")).toHaveText(`${g.totalLag} record${g.totalLag === 1 ? "" : "s"}`);
  }
});

test("time lag is explained in a tooltip, on hover and on keyboard focus", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  await page.getByRole("combobox", { name: "Consumer group" }).selectOption("service-c");
  const g = expected("service-c", 60_000);
  await expect(page.getByTestId("group-time-lag")).toHaveText(`${+(g.timeLag / 1000).toFixed(1)} s`);
  const help = page.getByRole("button", { name: "What is time lag?" });
  await help.focus();
  await expect(page.getByRole("tooltip").filter({ hasText: "oldest record" })).toBeVisible();
  await expect(help).toHaveAccessibleDescription(/How old the oldest record the group has not yet committed is/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip").filter({ hasText: "oldest record" })).toBeHidden();
});

test("the lag chart draws the group's total and each partition, with a text alternative", async ({ page }) => {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  await page.getByRole("combobox", { name: "Consumer group" }).selectOption("service-c");
  const g = expected("service-c", 60_000);
  const chart = page.getByRole("img", { name: "Lag over time" });
  await expect(chart).toBeVisible();
  // one path per partition plus the total
  await expect(chart.locator("path")).toHaveCount(g.offsets.length + 1);
  const d = await chart.locator("path").last().getAttribute("d");
  expect(d?.split(/[ML]/).filter(Boolean).length).toBe(g.lagHistory.length);
  const last = g.lagHistory.at(-1)!;
  await expect(chart).toHaveAccessibleDescription(new RegExp(`Lag of group service-c: ${last.totalLag} records now`));
  await page.getByRole("checkbox", { name: "Each partition" }).uncheck();
  await expect(chart.locator("path")).toHaveCount(1);
});
