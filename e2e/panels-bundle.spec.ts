import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { openPaused, PANELS_SCENARIO } from "./panels-harness";

const DIST = "dist";
const BUDGET = 160 * 1024;
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

test("the first load (page, scripts, styles and the engine's worker) stays within 160 KB gzip; every panel is a separate chunk", async () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const assets = readdirSync(join(DIST, "assets"));
  const worker = assets.filter((f) => f.startsWith("worker-")).map((f) => `assets/${f}`);
  const page = initial.reduce((n, f) => n + gz(f), 0);
  const workerBytes = worker.reduce((n, f) => n + gz(f), 0);
  test.info().annotations.push({ type: "bundle", description: `page ${(page / 1024).toFixed(1)} KB + worker ${(workerBytes / 1024).toFixed(1)} KB gzip` });
  console.log(`first load: page ${(page / 1024).toFixed(1)} KB gzip (${initial.join(", ")}), worker ${(workerBytes / 1024).toFixed(1)} KB gzip`);
  expect(page + workerBytes).toBeLessThanOrEqual(BUDGET);
  for (const lazy of ["GroupPanel", "DeliveryPanel", "EventLog", "LagChart", "TerminalPanel", "RebalanceTimeline", "OffsetsViewer", "ContextMenu", "PartitionCanvas"]) {
    expect(assets.some((f) => f.startsWith(`${lazy}-`)), `${lazy} is its own chunk`).toBe(true);
    expect(initial.some((f) => f.includes(`${lazy}-`)), `${lazy} is not in the first load`).toBe(false);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a heavy panel's code is fetched only when its tab is opened", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await openPaused(page, PANELS_SCENARIO);
    await expect(page.getByRole("tab", { name: "Group" })).toHaveAttribute("aria-selected", "true");
    expect(requested.some((p) => p.includes("/TerminalPanel-"))).toBe(false);
    expect(requested.some((p) => p.includes("/OffsetsViewer-"))).toBe(false);
    await page.getByRole("tab", { name: "Terminal" }).click();
    await expect(page.getByRole("textbox", { name: "Command line" })).toBeVisible();
    expect(requested.some((p) => p.includes("/TerminalPanel-"))).toBe(true);
  });

  test("a panel whose code fails to load says so, and the others keep working", async ({ page }) => {
    await page.route(/\/TerminalPanel-[^/]*\.js$/, (route) => route.abort());
    await openPaused(page, PANELS_SCENARIO);
    await page.getByRole("tab", { name: "Terminal" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The Terminal panel could not be loaded" })).toBeVisible();
    await page.getByRole("tab", { name: "Delivery" }).click();
    await expect(page.getByRole("table", { name: "Delivery counters per group" })).toBeVisible();
  });
});
