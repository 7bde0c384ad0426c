/**
 * Screenshots of the main states at a laptop, a phone and a projector size, into e2e/screenshots/ (gitignored),
 * to look at. Reduced motion, paused clock: the pictures are deterministic.
 */
import { expect, test, type Page } from "@playwright/test";
import { consumerButton, consumerNode, groupBox, menuAction, openAt } from "./playground";

const SIZES = [
  { name: "1280", width: 1280, height: 800 },
  { name: "360", width: 360, height: 740 },
  { name: "1920", width: 1920, height: 1080 },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: `e2e/screenshots/${name}.png` });
}

for (const size of SIZES) {
  test.describe(`screenshots at ${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("alive, crashed, rebalanced", async ({ page }) => {
      await openAt(page, 12);
      await page.getByRole("group", { name: "Live diagram of topics, consumer groups and consumers" }).scrollIntoViewIfNeeded();
      await shoot(page, `${size.name}-alive`);
      await menuAction(page, "consumer-2", /Crash/);
      const step = page.getByRole("button", { name: "Step to the next event" });
      for (let i = 0; i < 12; i++) await step.click();
      await consumerNode(page, "consumer-2").scrollIntoViewIfNeeded();
      await shoot(page, `${size.name}-crashed`);
      await page.getByRole("slider", { name: "Timeline: go back to any earlier moment" }).fill("0");
      await page.getByRole("button", { name: "Back to the latest moment" }).click();
      await page.getByRole("button", { name: "Play", exact: true }).click();
      await page.getByRole("slider", { name: "Speed" }).fill("7");
      await expect(groupBox(page, "service-a")).toHaveAttribute("data-generation", "2", { timeout: 20_000 });
      await page.getByRole("button", { name: "Pause", exact: true }).click();
      await consumerNode(page, "consumer-2").scrollIntoViewIfNeeded();
      await shoot(page, `${size.name}-rebalanced`);
    });

    test("menu, dialog, keyboard drag", async ({ page }) => {
      await openAt(page, 12);
      await consumerButton(page, "consumer-2").scrollIntoViewIfNeeded();
      await page.getByRole("button", { name: "Actions for consumer-2", exact: true }).click();
      await expect(page.getByRole("menu")).toBeVisible();
      await shoot(page, `${size.name}-menu`);
      await page.keyboard.press("Escape");
      await menuAction(page, "group service-a", /Change assignor/);
      const dialog = page.getByRole("dialog", { name: "Assignor of service-a" });
      await expect(dialog).toBeVisible();
      await shoot(page, `${size.name}-dialog`);
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await consumerButton(page, "consumer-3").focus();
      await page.keyboard.press("Space");
      await expect(page.getByTestId("announcement")).toContainText("Picked up consumer-3");
      await shoot(page, `${size.name}-keyboard-drag`);
      await page.keyboard.press("Escape");
    });

    test("dark, large type, a big world", async ({ page }) => {
      await openAt(page, 12, "&theme=dark");
      await shoot(page, `${size.name}-dark`);
      await openAt(page, 12, "&large=1");
      await shoot(page, `${size.name}-large`);
      await openAt(page, 20, "&demo=big");
      await shoot(page, `${size.name}-big`);
      const config = page.getByRole("region", { name: "Consumer configuration" });
      await expect(config.getByTestId("kafkajs-code")).toBeVisible();
      await config.scrollIntoViewIfNeeded();
      await shoot(page, `${size.name}-config`);
    });
  });
}

test("a mouse drag in progress", async ({ page }) => {
  await openAt(page, 12);
  const from = (await consumerButton(page, "consumer-3").boundingBox())!;
  const to = (await groupBox(page, "service-b").boundingBox())!;
  await page.mouse.move(from.x + 40, from.y + 15);
  await page.mouse.down();
  await page.mouse.move(to.x + 60, to.y + 60, { steps: 10 });
  await shoot(page, "1280-mouse-drag");
  await page.mouse.up();
  await expect(consumerNode(page, "consumer-3")).toHaveAttribute("data-group", "service-b");
});
