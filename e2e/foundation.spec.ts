import { expect, test } from "@playwright/test";
import { partitionForKey } from "../engine/partitioner";

test("the built site loads from a sub-path, worker included, and draws the orders topic", async ({ page }) => {
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Consumer Groups Playground" })).toBeVisible();
  await expect(page.getByTestId("topic-orders")).toBeVisible();
  for (const p of [0, 1, 2]) await expect(page.getByTestId(`partition-orders-${p}`)).toBeVisible();
  // The producer runs, so virtual time moves and records arrive (this needs the worker).
  await expect.poll(async () => totalEnd(page)).toBeGreaterThan(0);
  expect(failed).toEqual([]);
});

async function totalEnd(page: import("@playwright/test").Page): Promise<number> {
  let total = 0;
  for (const p of [0, 1, 2]) total += Number(await page.getByTestId(`partition-orders-${p}`).getAttribute("data-log-end-offset"));
  return total;
}

test("keyed records land in the partition Kafka would choose", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("topic-orders")).toBeVisible();
  // Stop the producer and the clock so only our records arrive.
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Producer rate (records per second)").fill("0");
  for (const key of ["alice", "bob", "carol", "dave", "erin"]) {
    const p = partitionForKey(key, 3);
    const before = Number(await page.getByTestId(`partition-orders-${p}`).getAttribute("data-log-end-offset"));
    const othersBefore = await Promise.all([0, 1, 2].filter((q) => q !== p).map((q) => page.getByTestId(`partition-orders-${q}`).getAttribute("data-log-end-offset")));
    await page.getByLabel("Key").fill(key);
    await page.getByRole("button", { name: "Produce", exact: true }).click();
    await expect(page.getByTestId(`partition-orders-${p}`)).toHaveAttribute("data-log-end-offset", String(before + 1));
    const othersAfter = await Promise.all([0, 1, 2].filter((q) => q !== p).map((q) => page.getByTestId(`partition-orders-${q}`).getAttribute("data-log-end-offset")));
    expect(othersAfter).toEqual(othersBefore);
  }
  await page.screenshot({ path: "e2e/screenshots/foundation-produce.png", fullPage: true });
});
