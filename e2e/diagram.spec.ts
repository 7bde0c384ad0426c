import { expect, test } from "@playwright/test";
import { announcement, consumerButton, consumerNode, groupBox, openAt } from "./playground";

test.describe("the diagram", () => {
  test("opens on the course's first picture, alive: orders, service-a with three consumers, service-b with one", async ({ page }) => {
    await openAt(page, 12);
    await expect(page.getByRole("group", { name: "Topic orders, 3 partitions" })).toBeVisible();
    await expect(page.getByRole("listitem", { name: /^orders partition 0: log start offset 0/ })).toBeVisible();
    for (const id of ["consumer-1", "consumer-2", "consumer-3"]) await expect(consumerNode(page, id)).toHaveAttribute("data-group", "service-a");
    await expect(consumerNode(page, "analytics-1")).toHaveAttribute("data-group", "service-b");
    // Each service-a consumer owns one partition; analytics-1 owns all three.
    await expect(groupBox(page, "service-a")).toHaveAttribute("data-state", "Stable");
    const owners = await Promise.all([0, 1, 2].map((p) => page.getByTestId(`link-service-a-orders-${p}`).getAttribute("data-owner")));
    expect(new Set(owners)).toEqual(new Set(["consumer-1", "consumer-2", "consumer-3"]));
    for (const p of [0, 1, 2]) await expect(page.getByTestId(`link-service-b-orders-${p}`)).toHaveAttribute("data-owner", "analytics-1");
    // Statuses are words, not colours alone.
    await expect(consumerButton(page, "consumer-1")).toHaveAccessibleName(/^consumer-1 leader consuming · P\d; in group service-a, the group's leader; orders-\d/);
    await expect(consumerNode(page, "consumer-1")).toContainText("consuming");
    // The producer is running.
    await expect(page.getByRole("button", { name: /^producer 3\/s · 12 keys: the producer of orders/ })).toBeVisible();
  });

  test("a group box shows its state (explained on focus), generation, assignor and rebalance protocol", async ({ page }) => {
    await openAt(page, 12);
    const box = groupBox(page, "service-a");
    await expect(box).toHaveAttribute("data-generation", "1");
    await expect(box).toContainText("gen 1 · range · eager");
    const badge = page.getByRole("button", { name: "Stable (group state)" }).first();
    await badge.focus();
    await expect(page.getByRole("tooltip")).toHaveText(/Stable: Every member has its assignment and is consuming/);
  });

  test("each group's committed offset, position and lag are drawn on every partition", async ({ page }) => {
    await openAt(page, 12);
    const lane = page.getByTestId("partition-orders-0").getByTestId("lane-service-a");
    await expect(lane).toHaveAttribute("data-committed", /\d+/);
    const end = Number(await page.getByTestId("partition-orders-0").getAttribute("data-log-end-offset"));
    const committed = Number(await lane.getAttribute("data-committed"));
    expect(Number(await lane.getAttribute("data-lag"))).toBe(end - committed);
    await expect(page.getByTestId("offsets-partition-service-a")).toContainText("__consumer_offsets-23 ← service-a");
  });

  test("a crash: the dead consumer keeps its partition until the session timeout, then it moves", async ({ page }) => {
    await openAt(page, 12);
    const link = page.getByTestId("link-service-a-orders-1");
    await expect(link).toHaveAttribute("data-owner", "consumer-2");
    await page.getByRole("button", { name: "Actions for consumer-2", exact: true }).click();
    await page.getByRole("menuitem", { name: /Crash/ }).click();
    await expect(consumerNode(page, "consumer-2")).toHaveAttribute("data-status", "crashed");
    await expect(announcement(page)).toContainText("consumer-2 crashed (kill -9)");
    // Still "owned" by the dead member: nobody reads orders-1, its lag grows.
    await expect(link).toHaveAttribute("data-owner", "consumer-2");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.getByRole("slider", { name: "Speed" }).fill("7"); // 20x
    await expect(link).toHaveAttribute("data-owner", /consumer-[13]/, { timeout: 15_000 });
    await expect(groupBox(page, "service-a")).toHaveAttribute("data-generation", "2");
  });

  test("zoom buttons and level of detail; a big world fits, its records aggregated", async ({ page }) => {
    await openAt(page, 5, "&demo=big");
    const svg = page.getByRole("group", { name: "Live diagram of topics, consumer groups and consumers" });
    await expect(page.getByRole("group", { name: "Topic clicks, 24 partitions" })).toBeVisible();
    await expect(page.getByTestId(/^consumer-/)).toHaveCount(24);
    const zoom = Number(await svg.getAttribute("data-zoom"));
    expect(zoom).toBeLessThan(1);
    await expect(svg).toHaveAttribute("data-lod", /[01]/);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => Number(await svg.getAttribute("data-zoom"))).toBeGreaterThan(zoom * 1.9);
    await page.getByRole("button", { name: "Fit" }).click();
    await expect.poll(async () => Number(await svg.getAttribute("data-zoom"))).toBeCloseTo(zoom, 2);
  });

  test("a dense world (256 partitions) is painted on a canvas, with a labelled item per partition, details on hover, and in the SVG export", async ({ page }) => {
    await openAt(page, 20, "&scenario=large");
    const svg = page.getByRole("group", { name: "Live diagram of topics, consumer groups and consumers" });
    await expect(svg).toHaveAttribute("data-dense", "true");
    await expect(page.getByTestId("dense-note")).toBeVisible();
    const canvas = page.getByTestId("partition-canvas");
    await expect(canvas).toHaveAttribute("data-at", "20000");
    expect(Number(await canvas.getAttribute("data-painted"))).toBeGreaterThan(10);
    await expect(page.getByTestId(/^consumer-/)).toHaveCount(128);
    const item = page.getByRole("listitem", { name: /^topic-0 partition 0: log start offset \d+, log end offset \d+\. group-0: committed \d+, position \d+, lag \d+, read by g0-c\d+/ });
    await expect(item).toHaveCount(1);
    await page.getByTestId("partition-topic-0-1").hover();
    await expect(page.getByRole("tooltip")).toContainText(/^topic-0 partition 1: log start offset/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(await download.path(), "utf8")).toMatch(/<image href="data:image\/png;base64,/);
  });
});
