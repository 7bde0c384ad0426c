import { expect, test } from "@playwright/test";
import { partitionForKey } from "../engine/partitioner";
import { announcement, consumerButton, consumerNode, groupBox, menuAction, openAt } from "./playground";

test.describe("context menus", () => {
  test("a consumer's menu: right click, or the ⋯ button; Escape closes it and focus comes back", async ({ page }) => {
    await openAt(page, 12);
    await consumerButton(page, "consumer-1").click({ button: "right" });
    const menu = page.getByRole("menu", { name: "Actions for consumer-1" });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("menuitem")).toHaveText([/Crash \(kill -9\)/, /Stop \(graceful leave\)/, /Restart/, /Slow down processing/, /Speed up processing/, /Move to another group/, /Configure/, /Remove from the playground/]);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();

    const more = page.getByRole("button", { name: "Actions for consumer-1", exact: true });
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("menuitem", { name: /Crash/ })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(more).toBeFocused();
  });

  test("keyboard only: Enter on a consumer opens its menu, arrows move, Enter stops it; then restart", async ({ page }) => {
    await openAt(page, 12);
    await consumerButton(page, "consumer-3").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: /Stop \(graceful leave\)/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(consumerNode(page, "consumer-3")).toHaveAttribute("data-status", "stopped");
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await menuAction(page, "consumer-3", /Restart/);
    await expect(announcement(page)).toContainText("consumer-3 restarted");
  });

  test("crash, slow down and speed up", async ({ page }) => {
    await openAt(page, 12);
    await menuAction(page, "consumer-2", /Slow down processing/);
    await expect(announcement(page)).toContainText("consumer-2 now spends 100 ms on each record");
    await menuAction(page, "consumer-2", /Speed up processing/);
    await expect(announcement(page)).toContainText("consumer-2 now spends 10 ms on each record");
    await menuAction(page, "consumer-2", /Crash/);
    await expect(consumerNode(page, "consumer-2")).toHaveAttribute("data-status", "crashed");
    // A crashed consumer cannot crash again: the item says why.
    await page.getByRole("button", { name: "Actions for consumer-2", exact: true }).click();
    await expect(page.getByRole("menuitem", { name: /Crash.*not running/ })).toHaveAttribute("aria-disabled", "true");
  });

  test("a group's menu: change the assignor to cooperative-sticky", async ({ page }) => {
    await openAt(page, 12);
    await menuAction(page, "group service-a", /Change assignor/);
    const dialog = page.getByRole("dialog", { name: "Assignor of service-a" });
    await expect(dialog.getByText("cooperative", { exact: true })).toHaveCount(1);
    await dialog.getByRole("radio", { name: /\[cooperative-sticky\]/ }).check();
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(groupBox(page, "service-a")).toHaveAttribute("data-protocol", "cooperative-sticky", { timeout: 15_000 });
    await expect(groupBox(page, "service-a")).toContainText("cooperative");
  });

  test("reset offsets is refused while the group has members, with Kafka's reason; delete group too", async ({ page }) => {
    await openAt(page, 12);
    await menuAction(page, "group service-a", /Reset offsets/);
    const dialog = page.getByRole("dialog", { name: "Reset offsets of service-a" });
    await dialog.getByRole("button", { name: "Reset offsets" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(/Assignments can only be reset if the group 'service-a' is inactive, but the current state is Stable/);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await menuAction(page, "group service-b", /Delete group/);
    await expect(announcement(page)).toContainText("Refused: Group 'service-b' could not be deleted: The group is not empty.");
  });

  test("a group's menu adds a consumer", async ({ page }) => {
    await openAt(page, 12);
    await menuAction(page, "group service-b", "Add consumer");
    await expect(consumerNode(page, "analytics-2")).toHaveAttribute("data-group", "service-b");
  });

  test("a topic's menu: produce with a key, producer rate and keys, add partitions, retention (with validation)", async ({ page }) => {
    await openAt(page, 12);
    const p = partitionForKey("alice", 3);
    const before = Number(await page.getByTestId(`partition-orders-${p}`).getAttribute("data-log-end-offset"));
    await menuAction(page, "topic orders", /Produce…/);
    let dialog = page.getByRole("dialog", { name: "Produce to orders" });
    await dialog.getByLabel("Key").fill("alice");
    await dialog.getByLabel("Count").fill("0");
    await dialog.getByRole("button", { name: "Produce" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Count must be between 1 and 1000 (got 0).");
    await dialog.getByLabel("Count").fill("2");
    await dialog.getByRole("button", { name: "Produce" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId(`partition-orders-${p}`)).toHaveAttribute("data-log-end-offset", String(before + 2));

    await menuAction(page, "topic orders", /Producer rate and keys/);
    dialog = page.getByRole("dialog", { name: "Producer of orders" });
    await dialog.getByLabel("Records per second").fill("10");
    await dialog.getByRole("radio", { name: /One hot key/ }).check();
    await dialog.getByLabel("Hot key share (%)").fill("80");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("button", { name: /^producer 10\/s · hot key 80%: the producer of orders/ })).toBeVisible();

    await menuAction(page, "topic orders", /Add partitions/);
    dialog = page.getByRole("dialog", { name: "Add partitions to orders" });
    await dialog.getByLabel("Total partitions").fill("2");
    await dialog.getByRole("button", { name: "Add partitions" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Total partitions must be between 4 and 256 (got 2).");
    await dialog.getByLabel("Total partitions").fill("5");
    await dialog.getByRole("button", { name: "Add partitions" }).click();
    await expect(page.getByRole("group", { name: "Topic orders, 5 partitions" })).toBeVisible();

    await menuAction(page, "topic orders", /Retention/);
    dialog = page.getByRole("dialog", { name: "Retention of orders" });
    await dialog.getByLabel("Retention (seconds)").fill("ten");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Retention (seconds) must be a whole number (got “ten”).");
    await dialog.getByLabel("Retention (seconds)").fill("30");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(announcement(page)).toContainText("Retention of orders: retention.ms=30000");
  });

  test("the producer node opens the topic's menu", async ({ page }) => {
    await openAt(page, 12);
    await page.getByRole("button", { name: /the producer of orders/ }).click();
    await expect(page.getByRole("menu", { name: "Actions for topic orders" })).toBeVisible();
  });
});
