/**
 * Browser benchmarks in Chromium through Playwright, against the built site (dist/) served locally:
 * load (time until the default scenario's diagram is drawn; gzip bytes of everything loaded before any lazy
 * panel), frame times while the large scenario plays at 10x for 10 s, and bytes crossing the worker boundary.
 */
import { chromium, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Measure } from "./engine";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export async function browserMeasures(baseUrl: string, distDir: string, executablePath: string): Promise<Measure[]> {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const out: Measure[] = [];
    // Load: a fresh page, the default scenario.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const loaded: string[] = [];
    page.on("requestfinished", (r) => loaded.push(new URL(r.url()).pathname));
    const t0 = Date.now();
    await page.goto(baseUrl);
    await page.getByTestId("partition-orders-0").waitFor({ state: "visible", timeout: 30_000 });
    const drawnMs = Date.now() - t0;
    const navStart = await page.evaluate(() => performance.timeOrigin);
    void navStart;
    out.push({ name: "load: default diagram drawn", value: drawnMs, unit: "ms", budget: "(reported)", ok: true });
    await page.waitForTimeout(500);
    const prefix = new URL(baseUrl).pathname;
    // The first load is the page and what it references (scripts, module preloads, styles) plus the engine's
    // worker; every other file is a lazy chunk (a panel, a dialog, the command-line tools), loaded on demand.
    const html = readFileSync(join(distDir, "index.html"), "utf8");
    const initial = new Set(["index.html", ...[...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1])]);
    let gz = 0;
    let lazyGz = 0;
    const files: Record<string, number> = {};
    const lazyFiles: Record<string, number> = {};
    for (const path of [...new Set(loaded)]) {
      if (!path.startsWith(prefix)) continue;
      const rel = path.slice(prefix.length) || "index.html";
      try {
        const size = gzipSync(readFileSync(join(distDir, rel))).length;
        if (initial.has(rel) || /^assets\/worker-[^/]+\.js$/.test(rel)) {
          files[rel] = size;
          gz += size;
        } else {
          lazyFiles[rel] = size;
          lazyGz += size;
        }
      } catch {
        /* not a file of dist (e.g. a data: URL) */
      }
    }
    out.push({ name: "load: gzip bytes of the first load (page, scripts, styles, worker; no lazy chunk)", value: Math.round(gz / 1024), unit: "KB", budget: "<= 160 KB", ok: gz <= 160 * 1024, detail: { bytes: gz, ...files } });
    out.push({ name: "load: lazy chunks fetched right after (panels open on a wide screen)", value: Math.round(lazyGz / 1024), unit: "KB", budget: "(reported)", ok: true, detail: { bytes: lazyGz, ...lazyFiles } });
    await page.close();

    out.push(...(await framesUnderLoad(await browser.newPage({ viewport: { width: 1600, height: 1000 } }), baseUrl)));
    return out;
  } finally {
    await browser.close();
  }
}

/**
 * Page-side source of a function that records the gaps between animation frames for `ms` milliseconds. Passed
 * as text: it must reach the page exactly as written (no helpers of the TS loader).
 */
const FRAME_GAPS = `(ms) => new Promise((resolve) => {
  const gaps = [];
  let last = performance.now();
  const end = last + ms;
  const tick = (now) => { gaps.push(now - last); last = now; if (now < end) requestAnimationFrame(tick); else resolve(gaps); };
  requestAnimationFrame(tick);
})`;

async function framesUnderLoad(page: Page, baseUrl: string): Promise<Measure[]> {
  await page.goto(`${baseUrl}?scenario=large&speed=10&perf=1`);
  await page.getByTestId("partition-topic-0-0").waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(2000); // joins and first assignments
  const result = (await page.evaluate(`(async () => {
    const longTasks = [];
    const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
    po.observe({ type: "longtask", buffered: false });
    const perf = window.__playgroundPerf;
    const startWire = perf ? perf.wireBytes.length : 0;
    const deltas = await (${FRAME_GAPS})(10000);
    po.disconnect();
    return { deltas, longTasks, wire: perf ? perf.wireBytes.slice(startWire) : [] };
  })()`)) as { deltas: number[]; longTasks: number[]; wire: number[] };
  const sorted = [...result.deltas].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Infinity;
  const longest = Math.max(0, ...result.longTasks);
  const wire = [...result.wire].sort((a, b) => a - b);
  const meanWire = wire.length ? wire.reduce((a, b) => a + b, 0) / wire.length : NaN;
  const p95Wire = wire[Math.floor(wire.length * 0.95)] ?? NaN;
  await page.close();
  return [
    { name: "frames: large scenario at 10x for 10 s, p95 frame time", value: +p95.toFixed(1), unit: "ms", budget: "< 20 ms", ok: p95 < 20, detail: { frames: sorted.length, median: +sorted[Math.floor(sorted.length / 2)].toFixed(1), p99: +(sorted[Math.floor(sorted.length * 0.99)] ?? Infinity).toFixed(1), "share over 20 ms": +(sorted.filter((d) => d > 20).length / Math.max(1, sorted.length)).toFixed(3) } },
    { name: "frames: longest main-thread task", value: Math.round(longest), unit: "ms", budget: "<= 50 ms", ok: longest <= 50, detail: { longTasks: result.longTasks.length } },
    { name: "worker boundary: bytes per frame (mean)", value: Math.round(meanWire), unit: "bytes", budget: "(reported; only what changed crosses)", ok: Number.isFinite(meanWire), detail: { p95: Math.round(p95Wire), frames: wire.length } },
  ];
}

/**
 * A long run at 1000x (the default scenario, minutes of wall time, hours of virtual time): the frame gaps late in
 * the run must be like those early on, the page's heap must not keep growing, and the clock must keep moving.
 */
export async function soak(baseUrl: string, executablePath: string, seconds: number): Promise<Measure[]> {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}?speed=1000`);
    await page.getByTestId("partition-orders-0").waitFor({ state: "visible", timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const sample = async () => {
      const gaps = ((await page.evaluate(`(${FRAME_GAPS})(2000)`)) as number[]).sort((a, b) => a - b);
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
      const clock = (await page.getByTestId("virtual-time").textContent()) ?? "";
      return { median: gaps[Math.floor(gaps.length / 2)] ?? Infinity, heapMb: heap.usedSize / 1048576, clock };
    };
    const samples: { median: number; heapMb: number; clock: string; at: number }[] = [];
    const t0 = Date.now();
    while (Date.now() - t0 < seconds * 1000) {
      samples.push({ ...(await sample()), at: Math.round((Date.now() - t0) / 1000) });
      await page.waitForTimeout(8000);
    }
    const early = samples.slice(0, 3);
    const late = samples.slice(-3);
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const earlyGap = med(early.map((s) => s.median));
    const lateGap = med(late.map((s) => s.median));
    const heapEarly = Math.max(...early.map((s) => s.heapMb));
    const heapLate = Math.max(...late.map((s) => s.heapMb));
    const moving = new Set(samples.map((s) => s.clock)).size === samples.length;
    const ok = lateGap <= earlyGap * 1.5 + 2 && heapLate <= heapEarly + 20 && moving;
    return [
      {
        name: "soak: default scenario at 1000x for minutes, frame gap late vs early (median)",
        value: +lateGap.toFixed(1),
        unit: "ms",
        budget: "<= 1.5x early + 2 ms; heap +20 MB at most; clock moving",
        ok,
        detail: { seconds, earlyGapMs: +earlyGap.toFixed(1), heapEarlyMb: +heapEarly.toFixed(1), heapLateMb: +heapLate.toFixed(1), lastClock: samples.at(-1)?.clock ?? "", samples: samples.length },
      },
    ];
  } finally {
    await browser.close();
  }
}
