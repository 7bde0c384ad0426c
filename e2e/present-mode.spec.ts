import { expect, test } from "@playwright/test";
import { consumerButton, consumerNode, menuAction } from "./playground";

test.use({ viewport: { width: 1920, height: 1080 } });

test("presenter mode: large type, no chrome, lesson steps with Page Up / Page Down", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?present=1&lesson=crash-session-timeout");
  await expect(page.getByTestId("presenter")).toBeVisible();
  await expect(page.getByRole("toolbar", { name: "Scenarios, lessons and sharing" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "A crash, and the session timeout" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Nobody tells the coordinator/ })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/large-type/);
  await expect(consumerNode(page, "consumer-1")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/present-1920x1080.png" });
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("heading", { name: /Your turn: crash one/ })).toBeVisible();
  await page.keyboard.press("PageUp");
  await expect(page.getByRole("heading", { name: /Nobody tells the coordinator/ })).toBeVisible();
  await page.keyboard.press("p");
  await expect(page.getByTestId("presenter")).toHaveCount(0);
  await expect(page.getByRole("toolbar", { name: "Scenarios, lessons and sharing" })).toBeVisible();
  await page.getByRole("button", { name: "Present" }).click();
  await expect(page.getByTestId("presenter")).toBeVisible();
});

test("single-key shortcuts drive the simulation; the ? overlay lists them in a focus-trapped dialog", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?present=1&scenario=first-picture");
  await expect(consumerNode(page, "consumer-1")).toHaveAttribute("data-status", "consuming", { timeout: 15_000 });
  // Space: play / pause.
  await page.keyboard.press(" ");
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeVisible();
  await page.keyboard.press(" ");
  await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
  // + / -: speed.
  await page.keyboard.press("+");
  await expect(page.getByText("2x", { exact: true })).toBeVisible();
  await page.keyboard.press("-");
  await expect(page.getByText("1x", { exact: true })).toBeVisible();
  // c crashes the selected consumer, r restarts it, s stops one.
  await consumerButton(page, "consumer-1").click();
  await expect(consumerButton(page, "consumer-1")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("c");
  await expect(consumerNode(page, "consumer-1")).toHaveAttribute("data-status", "crashed");
  await page.keyboard.press("r");
  await expect(consumerNode(page, "consumer-1")).not.toHaveAttribute("data-status", "crashed");
  await consumerButton(page, "consumer-2").click();
  await page.keyboard.press("s");
  await expect(consumerNode(page, "consumer-2")).toHaveAttribute("data-status", "stopped");
  // a adds a consumer to the selected consumer's group.
  await page.keyboard.press("a");
  await expect(consumerNode(page, "consumer-4")).toBeVisible();

  // The ? overlay: a modal dialog, focus inside, Tab stays inside, Escape closes.
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: /Crash the selected consumer/ })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close", exact: true })).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog") || document.activeElement === document.body)).toBe(true);
  }
  await page.keyboard.press("c"); // no shortcut while the dialog is open
  await expect(consumerNode(page, "consumer-3")).not.toHaveAttribute("data-status", "crashed");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.screenshot({ path: "e2e/screenshots/present-shortcuts-used.png" });
});

test("shortcuts never fire while typing in a field", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?present=1&scenario=first-picture");
  await expect(consumerNode(page, "consumer-3")).toHaveAttribute("data-status", "consuming", { timeout: 15_000 });
  await consumerButton(page, "consumer-3").click();
  await menuAction(page, "topic orders", /^Produce…/);
  const key = page.getByRole("dialog", { name: "Produce to orders" }).getByRole("textbox", { name: /^Key/ });
  await key.fill("");
  await key.type("crash + stop - a ?");
  await expect(key).toHaveValue("crash + stop - a ?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await expect(consumerNode(page, "consumer-3")).toHaveAttribute("data-status", "consuming");
  await expect(page.getByText("1x", { exact: true })).toBeVisible();
});
