import { expect, test, type Page } from "@playwright/test";
import { openPaused, PANELS_SCENARIO, seekTo } from "./panels-harness";

async function openTerminal(page: Page) {
  await openPaused(page, PANELS_SCENARIO);
  await seekTo(page, 60_000);
  const input = page.getByRole("textbox", { name: "Command line" });
  await expect(input).toBeVisible();
  return { input, output: page.getByRole("log", { name: "Terminal output" }) };
}

test("kafka-consumer-groups.sh --list and --describe run against the simulation", async ({ page }) => {
  const { input, output } = await openTerminal(page);
  await input.fill("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --list");
  await input.press("Enter");
  await expect(output.locator('[data-stream="stdout"]').last()).toHaveText(/^service-a\nservice-b\nservice-c$|service-a[\s\S]*service-b[\s\S]*service-c/);

  await input.fill("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group service-a");
  await input.press("Enter");
  const describe = output.locator('[data-stream="stdout"]').last();
  await expect(describe).toContainText("GROUP");
  // Kafka's header line, spaces preserved so the padded columns line up
  const text = (await describe.textContent()) ?? "";
  const header = text.split("\n").find((l) => l.startsWith("GROUP"))!;
  expect(header).toMatch(/^GROUP\s+TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG\s+/);
  expect(header).toContain("CURRENT-OFFSET  LOG-END-OFFSET  LAG");
  const rows = text.split("\n").filter((l) => l.startsWith("service-a "));
  expect(rows).toHaveLength(3);
  // every row's LAG column starts where the header's does
  const lagAt = header.indexOf("LAG");
  for (const r of rows) expect(r[lagAt - 1]).toBe(" ");
  await page.getByRole("log", { name: "Terminal output" }).screenshot({ path: "e2e/screenshots/panels-terminal.png" });

  // The side column is narrow for Kafka's tables: the terminal can take the whole window, and Escape restores it.
  const maximize = page.getByRole("button", { name: "Maximize" });
  await maximize.click();
  await expect(page.getByRole("button", { name: "Restore" })).toHaveAttribute("aria-pressed", "true");
  const box = await output.boundingBox();
  expect(box!.width).toBeGreaterThan(1000);
  expect(await output.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true); // the describe table fits
  await page.screenshot({ path: "e2e/screenshots/panels-terminal-maximized.png" });
  await input.press("Escape");
  await expect(page.getByRole("button", { name: "Maximize" })).toHaveAttribute("aria-pressed", "false");
});

test("the course's multi-line command works as printed, and errors go to stderr", async ({ page }) => {
  const { input, output } = await openTerminal(page);
  await input.fill("kafka-consumer-groups.sh --describe \\");
  await input.press("Enter");
  const cont = page.getByRole("textbox", { name: "Command line (continuation)" });
  await expect(cont).toBeVisible();
  await cont.fill("  --group service-b \\");
  await cont.press("Enter");
  await cont.fill("  --bootstrap-server localhost:9092");
  await cont.press("Enter");
  await expect(output.locator('[data-stream="stdout"]').last()).toContainText(/service-b\s+orders\s+0/);
  await expect(page.getByRole("textbox", { name: "Command line" })).toBeVisible();

  // pasted as three lines
  await input.focus();
  await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    const data = new DataTransfer();
    data.setData("text/plain", "kafka-consumer-groups.sh --describe \\\n  --group my-group \\\n  --bootstrap-server localhost:9092\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  // Kafka prints this one on stdout (ConsumerGroupCommand.printError)
  await expect(output.locator('[data-stream="stdout"]').last()).toContainText("Error: Consumer group 'my-group' does not exist.");
  await expect(output.locator('[data-stream="in"]').filter({ hasText: "--group my-group" })).toHaveText("> --group my-group \\");

  await input.fill("kafka-nope.sh --list");
  await input.press("Enter");
  const err = output.locator('[data-stream="stderr"]').last();
  await expect(err).toContainText("bash: kafka-nope.sh: command not found");
  const outColor = await output.locator('[data-stream="stdout"]').last().evaluate((e) => getComputedStyle(e).color);
  const errColor = await err.evaluate((e) => getComputedStyle(e).color);
  expect(errColor).not.toBe(outColor);
  await expect(err).toHaveCSS("border-left-style", "solid");
});

test("history with up/down, and Tab completion of group and topic names", async ({ page }) => {
  const { input, output } = await openTerminal(page);
  await input.fill("kafka-topics.sh --bootstrap-server localhost:9092 --list");
  await input.press("Enter");
  await expect(output.locator('[data-stream="stdout"]').last()).toContainText("orders");
  await input.fill("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --list");
  await input.press("Enter");
  await input.fill("half typed");
  await input.press("ArrowUp");
  await expect(input).toHaveValue("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --list");
  await input.press("ArrowUp");
  await expect(input).toHaveValue("kafka-topics.sh --bootstrap-server localhost:9092 --list");
  await input.press("ArrowDown");
  await input.press("ArrowDown");
  await expect(input).toHaveValue("half typed");

  await input.fill("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group service-c");
  await input.press("Backspace");
  await input.press("Backspace");
  await input.press("Backspace");
  await input.press("Tab");
  // three candidates share "service-": Tab completes the common prefix, then lists them
  await expect(input).toHaveValue("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group service-");
  await expect(input).toBeFocused();
  await input.press("Tab");
  await expect(output.locator('[data-stream="note"]').last()).toHaveText("service-a  service-b  service-c");
  await input.press("b");
  await input.press("Tab");
  await expect(input).toHaveValue("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group service-b ");

  await input.fill("kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic or");
  await input.press("Tab");
  await expect(input).toHaveValue("kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic orders ");
  await input.press("Enter");
  await expect(output.locator('[data-stream="stdout"]').last()).toContainText("Topic: orders");

  // Escape, then Tab leaves the terminal: no keyboard trap
  await input.fill("kafka");
  await input.press("Escape");
  await input.press("Tab");
  await expect(input).not.toBeFocused();
});
