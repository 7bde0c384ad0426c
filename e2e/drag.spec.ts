import { expect, test, type Locator, type Page } from "@playwright/test";
import { announcement, consumerButton, consumerNode, groupBox, openAt } from "./playground";

async function center(l: Locator): Promise<{ x: number; y: number }> {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** A real mouse drag, in small steps, from one element to a point. */
async function mouseDrag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const a = await center(from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 10, a.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test.describe("dragging consumers, with the mouse and with the keyboard", () => {
  test("drag a new consumer from the palette into a group", async ({ page }) => {
    await openAt(page, 12);
    await mouseDrag(page, page.getByRole("button", { name: /^New consumer: drag it into a group/ }), await center(groupBox(page, "service-b")));
    await expect(consumerNode(page, "analytics-2")).toHaveAttribute("data-group", "service-b");
    await expect(announcement(page)).toContainText("analytics-2 joins group service-b");
  });

  test("drag a consumer from one group to another", async ({ page }) => {
    await openAt(page, 12);
    await mouseDrag(page, consumerButton(page, "consumer-3"), await center(groupBox(page, "service-b")));
    await expect(consumerNode(page, "consumer-3")).toHaveAttribute("data-group", "service-b");
    await expect(announcement(page)).toContainText("consumer-3 leaves group service-a and joins group service-b");
  });

  test("drag a consumer out of its group to stop it, and back in to restart it", async ({ page }) => {
    await openAt(page, 12);
    const diagram = page.getByRole("group", { name: "Live diagram of topics, consumer groups and consumers" });
    const box = (await diagram.boundingBox())!;
    await mouseDrag(page, consumerButton(page, "consumer-1"), { x: box.x + 60, y: box.y + box.height - 30 });
    await expect(consumerNode(page, "consumer-1")).toHaveAttribute("data-status", "stopped");
    await mouseDrag(page, consumerButton(page, "consumer-1"), await center(groupBox(page, "service-a")));
    await expect(consumerNode(page, "consumer-1")).not.toHaveAttribute("data-status", "stopped");
    await expect(announcement(page)).toContainText("consumer-1 restarted");
  });

  test("drag onto “new group” starts a group", async ({ page }) => {
    await openAt(page, 12);
    await mouseDrag(page, consumerButton(page, "consumer-2"), await center(page.getByTestId("new-group-zone")));
    await expect(consumerNode(page, "consumer-2")).toHaveAttribute("data-group", "service-c");
    await expect(groupBox(page, "service-c")).toBeVisible();
  });

  test("keyboard drag: Space picks up, arrows choose, Space drops; Escape cancels", async ({ page }) => {
    await openAt(page, 12);
    const node = consumerButton(page, "consumer-2");
    await node.focus();
    await page.keyboard.press("Space");
    await expect(announcement(page)).toContainText("Picked up consumer-2");
    await expect(announcement(page)).toContainText("Over group service-b");
    await page.keyboard.press("Escape");
    await expect(announcement(page)).toContainText("cancelled; nothing changed");
    await expect(consumerNode(page, "consumer-2")).toHaveAttribute("data-group", "service-a");

    await node.focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Space");
    await expect(consumerNode(page, "consumer-2")).toHaveAttribute("data-group", "service-b");
    await expect(announcement(page)).toContainText("consumer-2 leaves group service-a and joins group service-b");
    // Focus stays on the consumer, now in its new group.
    await expect(consumerButton(page, "consumer-2")).toBeFocused();
  });

  test("keyboard drag from the palette, and out of a group", async ({ page }) => {
    await openAt(page, 12);
    await page.getByRole("button", { name: /^New consumer: drag it into a group/ }).focus();
    await page.keyboard.press("Space");
    await expect(announcement(page)).toContainText("Over group service-a");
    await page.keyboard.press("Enter");
    await expect(consumerNode(page, "consumer-4")).toHaveAttribute("data-group", "service-a");

    await consumerButton(page, "analytics-1").focus();
    await page.keyboard.press("Space");
    await expect(announcement(page)).toContainText("Over a new group");
    await page.keyboard.press("ArrowDown");
    await expect(announcement(page)).toContainText("Over out of its group (stop it)");
    await page.keyboard.press("Space");
    // It finishes the record in hand first, so the clock must run.
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(consumerNode(page, "analytics-1")).toHaveAttribute("data-status", "stopped");
  });
});
