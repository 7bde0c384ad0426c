/**
 * Engine benchmarks, headless in Node: delivery throughput on the large scenario, fast-forwarding an hour of
 * the default scenario, and the heap over an hour of the large scenario with retention.
 */
import { createSimulation } from "../engine/index";
import { builtinScenario } from "../engine/scenarios/builtin";
import { largeScenario } from "../engine/scenarios/large";

export interface Measure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget: string;
  readonly ok: boolean;
  readonly detail?: Record<string, number | string>;
}

const delivered = (sim: ReturnType<typeof createSimulation>) => sim.snapshot().groups.reduce((s, g) => s + g.delivery.processed + g.delivery.skippedDuplicates, 0);

/** Records delivered (fetched, processed, accounted, committed) per wall-clock second; best of `runs`. */
export function throughput(runs = 3): Measure {
  let best = 0;
  let detail: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    const sim = createSimulation(largeScenario(25_000), { seed: 42 });
    sim.advance(5_000); // joins, first assignments, warm-up
    const before = delivered(sim);
    const t0 = performance.now();
    sim.advance(10_000);
    const wall = performance.now() - t0;
    const n = delivered(sim) - before;
    const perSec = (n / wall) * 1000;
    if (perSec > best) {
      best = perSec;
      detail = { deliveries: n, wallMs: Math.round(wall), virtualMs: 10_000 };
    }
  }
  return { name: "engine throughput (large scenario)", value: Math.round(best), unit: "records/s", budget: ">= 1,000,000", ok: best >= 1_000_000, detail };
}

/** Wall time to fast-forward one simulated hour of the default scenario (the course's first picture). */
export function fastForwardHour(runs = 3): Measure {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const sim = createSimulation(builtinScenario("first-picture")!);
    const t0 = performance.now();
    sim.advance(3_600_000);
    best = Math.min(best, performance.now() - t0);
  }
  return { name: "fast-forward 1 simulated hour (default scenario)", value: Math.round(best), unit: "ms", budget: "< 1000", ok: best < 1000 };
}

/** Heap over one simulated hour of the large scenario with retention: flat after the first retention window, under 150 MB. */
export function memoryHour(): Measure {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = (): number => {
    gc?.();
    return process.memoryUsage().heapUsed / 1e6;
  };
  const sim = createSimulation(largeScenario(250), { seed: 42 });
  sim.advance(120_000); // two retention windows
  const afterWindow = heap();
  let peak = afterWindow;
  for (let t = 0; t < 29; t++) {
    sim.advance(120_000);
    peak = Math.max(peak, heap());
  }
  const end = heap();
  const growth = end - afterWindow;
  const ok = peak < 150 && growth < 20;
  return {
    name: "heap over 1 simulated hour (large scenario, retention on)",
    value: Math.round(peak),
    unit: "MB peak",
    budget: "< 150 MB, flat after the first retention window",
    ok,
    detail: { afterFirstWindowMB: Math.round(afterWindow), endMB: Math.round(end), growthMB: Math.round(growth), gcExposed: gc ? "yes" : "no", virtualMs: sim.now() },
  };
}
