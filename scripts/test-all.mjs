// Every check, in order: Chromium present (installed from Debian when possible), typecheck, engine tests,
// production build, browser tests. Ends with the line `tests: N passed, N failed` and a non-zero exit on failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const out = ".test-output";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium and fonts-liberation (about 25 s).");
    run("apt-get update", "apt-get", ["update", "-qq"]);
    run("install chromium", "apt-get", ["install", "-y", "-qq", "chromium", "fonts-liberation"], { DEBIAN_FRONTEND: "noninteractive" });
    path = findChromium();
  }
  if (!path) {
    console.error(
      "\nNo Chromium found for the browser tests. Install Debian's packages as root:\n" +
        "  apt-get update && apt-get install -y chromium fonts-liberation\n" +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  return path;
}

// 1. typecheck
if (run("typecheck", "npm", ["run", "-s", "typecheck"])) passed++;
else {
  failed++;
  problems.push("typecheck");
}

// 2. engine tests (Vitest)
const vitestJson = `${out}/vitest.json`;
run("engine tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  if (v.numFailedTests > 0 || v.success === false) problems.push("engine tests");
  if (v.numFailedTests === 0 && v.success === false) failed++; // a suite that failed to load
} else {
  failed++;
  problems.push("engine tests (no report)");
}

// 3. production build
const built = run("build", "npm", ["run", "-s", "build"]);
if (built) passed++;
else {
  failed++;
  problems.push("build");
}

// 4. browser tests (Playwright in Chromium)
const chromium = ensureChromium();
if (!chromium) {
  failed++;
  problems.push("browser tests (no Chromium)");
} else if (built) {
  const pwJson = `${out}/playwright.json`;
  run("browser tests", "npx", ["playwright", "test"], { CHROMIUM_PATH: chromium, PW_JSON_OUTPUT: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, "utf8")).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    if (s.unexpected > 0) problems.push("browser tests");
    if ((s.errors?.length ?? 0) > 0 || (s.expected === 0 && s.unexpected === 0)) {
      failed++;
      problems.push("browser tests (did not run)");
    }
  } else {
    failed++;
    problems.push("browser tests (no report)");
  }
}

if (problems.length) console.log(`\nFailed: ${problems.join(", ")}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
