import { defineConfig } from "@playwright/test";

// Debian's Chromium (see TOOLCHAIN.md): Playwright's own browser download does not work on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const BASE_PATH = "/sub/path/";
/** PW_PORT lets two checkouts run their browser tests side by side. */
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.PW_JSON_OUTPUT ? [["list"], ["json", { outputFile: process.env.PW_JSON_OUTPUT }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${port} ${BASE_PATH}`,
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
