import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { builtinScenario } from "../engine/scenarios/builtin";

test("the diagram exports as a standalone SVG and as a 2x PNG; the scenario saves as JSON", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./?scenario=crash-session-timeout&paused=1&at=8");
  await expect(page.getByTestId("consumer-consumer-1")).toHaveAttribute("data-status", "consuming");

  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
  const svg = readFileSync(await svgDownload.path(), "utf8");
  expect(svgDownload.suggestedFilename()).toMatch(/^consumer-groups-.*\.svg$/);
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).not.toMatch(/ class="/); // styles are inlined, not left to the page's CSS
  expect(svg).not.toContain("var(--");
  expect(svg).toContain("consumer-2");
  expect(svg).toMatch(/style="[^"]*fill:rgb/);
  const box = await page.getByRole("group", { name: "Live diagram of topics, consumer groups and consumers" }).boundingBox();

  // The file renders on its own: load it into a blank page as an image.
  const standalone = await page.context().newPage();
  await standalone.setContent(`<img id="i" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`);
  await expect.poll(() => standalone.evaluate(() => (document.getElementById("i") as HTMLImageElement).naturalWidth)).toBe(Math.round(box!.width));

  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  expect(png.readUInt32BE(16)).toBe(Math.round(box!.width) * 2);
  expect(png.readUInt32BE(20)).toBe(Math.round(box!.height) * 2);
  mkdirSync("e2e/screenshots", { recursive: true });
  writeFileSync("e2e/screenshots/export-diagram-2x.png", png);

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save JSON" }).click()]);
  expect(jsonDownload.suggestedFilename()).toBe("crash-session-timeout.json");
  expect(JSON.parse(readFileSync(await jsonDownload.path(), "utf8"))).toEqual(JSON.parse(JSON.stringify(builtinScenario("crash-session-timeout"))));
});

test("the scenario picker opens a built-in scenario with its narrative, and the embed dialog writes the iframe", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("combobox", { name: "Scenario" }).selectOption("slow-consumer");
  await expect(page.getByRole("region", { name: "Scenario introduction" })).toContainText("A slow consumer exceeds maxPollInterval");
  await expect(page.getByTestId("consumer-consumer-2")).toBeVisible();
  expect(new URL(page.url()).searchParams.get("scenario")).toBe("slow-consumer");
  await page.getByRole("button", { name: "Embed…" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this playground" });
  const code = dialog.getByRole("textbox", { name: "Embed code" });
  await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/sub\/path\/\?scenario=slow-consumer&amp;log=[A-Za-z0-9_-]+&amp;embed=1" title="Kafka consumer groups playground"/);
  await dialog.getByRole("checkbox", { name: "Start at this moment (with the commands so far)" }).uncheck();
  await dialog.getByRole("checkbox", { name: "Show the clock controls" }).uncheck();
  await expect(code).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/sub\/path\/\?scenario=slow-consumer&amp;embed=1&amp;controls=0"/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
