/**
 * npm run bench: the engine benchmarks (Node) and the browser benchmarks (Chromium, against dist/), written to
 * bench/results.json and printed as a table. Exits non-zero when a budget is broken.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fastForwardHour, memoryHour, throughput, type Measure } from "./engine";
import { browserMeasures, soak } from "./browser";

async function main(): Promise<void> {
  const measures: Measure[] = [];
  const only = process.argv[2];
  if (only === undefined || only === "engine") {
    console.log("engine: fast-forward…");
    measures.push(fastForwardHour());
    console.log("engine: throughput…");
    measures.push(throughput());
    console.log("engine: memory over a simulated hour…");
    measures.push(memoryHour());
  }
  if (only !== "engine") {
    const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
    if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run npm run build first");
    if (!chromium) throw new Error("no Chromium: apt-get install -y chromium fonts-liberation, or set CHROMIUM_PATH");
    const server = spawn("node", ["scripts/serve-dist.mjs", "4190", "/bench/"], { stdio: "ignore" });
    try {
      await new Promise((r) => setTimeout(r, 500));
      if (only !== "soak") {
        console.log("browser: load, frames, worker boundary…");
        measures.push(...(await browserMeasures("http://127.0.0.1:4190/bench/", "dist", chromium)));
      }
      if (only === undefined || only === "soak") {
        const seconds = Number(process.env.SOAK_SECONDS ?? 150);
        console.log(`browser: soak at 1000x for ${seconds} s…`);
        measures.push(...(await soak("http://127.0.0.1:4190/bench/", chromium, seconds)));
      }
    } finally {
      server.kill();
    }
  }
  // A partial run (engine or browser) keeps the other part's latest figures in results.json.
  let kept: Measure[] = [];
  if (only && existsSync("bench/results.json")) {
    try {
      const prev = JSON.parse(readFileSync("bench/results.json", "utf8")) as { measures?: Measure[] };
      kept = (prev.measures ?? []).filter((m) => !measures.some((n) => n.name === m.name));
    } catch {
      kept = [];
    }
  }
  const results = { date: new Date().toISOString(), node: process.version, measures: [...kept, ...measures] };
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  const w = Math.max(...measures.map((m) => m.name.length));
  console.log(`\n${"measure".padEnd(w)}  ${"value".padStart(12)}  unit        budget`);
  for (const m of measures) console.log(`${m.name.padEnd(w)}  ${String(m.value).padStart(12)}  ${m.unit.padEnd(10)}  ${m.budget}  ${m.ok ? "ok" : "OVER BUDGET"}`);
  const broken = measures.filter((m) => !m.ok);
  if (broken.length > 0) {
    console.log(`\n${broken.length} budget(s) broken`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
