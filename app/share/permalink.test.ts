import { describe, expect, it } from "vitest";
import { builtinScenario } from "../../engine/scenarios/builtin";
import { createSimulation } from "../../engine/index";
import { momentOf, restoreMoment } from "../../engine/share/restore";
import type { Scenario } from "../../engine/scenario";
import type { ParsedScenario } from "../../engine/scenarios/schema";
import { DEFAULT_SCENARIO } from "../defaultScenario";
import { toBase64Url } from "./base64url";
import { deflate } from "./compress";
import { decodePermalink, encodePermalink, MAX_LINK_CHARS } from "./permalink";

/** Runs a scenario, acts, and answers the moment plus the world at that moment. */
function play(scenario: Scenario, acts: (sim: ReturnType<typeof createSimulation>) => void) {
  const sim = createSimulation(scenario, { seed: scenario.seed });
  acts(sim);
  return { moment: momentOf(sim, scenario, sim.seed), snapshot: JSON.stringify(sim.snapshot()), events: JSON.stringify(sim.events()) };
}

async function reopen(query: string) {
  const r = await decodePermalink(`?${query}`);
  if (!r.ok || !r.request) throw new Error(r.ok ? "no request" : r.error);
  const m = r.request.moment;
  const restored = restoreMoment({ scenario: m?.scenario ?? r.request.scenario ?? DEFAULT_SCENARIO, seed: m?.seed, log: m?.log, at: m?.at });
  if (!restored.ok) throw new Error(restored.error);
  return restored.moment.simulation;
}

const payload = async (value: unknown) => toBase64Url(await deflate(JSON.stringify(value)));

describe("permalinks round-trip", () => {
  it("a built-in scenario plus commands reopens at the same moment with the same world, in a short link", async () => {
    const scenario = builtinScenario("crash-session-timeout")!;
    const { moment, snapshot, events } = play(scenario, (sim) => {
      sim.advance(5_000);
      sim.dispatch({ type: "crashConsumer", consumer: "consumer-1" });
      sim.advance(3_210);
      sim.dispatch({ type: "addConsumer", group: "service-a", topics: ["orders"], consumer: "consumer-4", config: { sessionTimeout: 10_000 } });
      sim.advance(14_135);
    });
    const query = await encodePermalink(moment);
    expect(query).toMatch(/^scenario=crash-session-timeout&log=[A-Za-z0-9_-]+$/);
    expect(query.length).toBeLessThan(300);
    const sim = await reopen(query);
    expect(sim.now()).toBe(22_345);
    expect(JSON.stringify(sim.snapshot())).toBe(snapshot);
    expect(JSON.stringify(sim.events())).toBe(events);
  });

  it("a built-in scenario at its start is just ?scenario=name", async () => {
    const scenario = builtinScenario("first-picture")!;
    expect(await encodePermalink({ scenario, seed: 1, log: [], at: 0 })).toBe("scenario=first-picture");
    const r = await decodePermalink("?scenario=first-picture");
    expect(r).toEqual({ ok: true, request: { scenario, scenarioName: "first-picture" } });
  });

  it("the default scenario at its start is an empty query; later, only a log", async () => {
    expect(await encodePermalink({ scenario: DEFAULT_SCENARIO, seed: 1, log: [], at: 0 })).toBe("");
    const { moment, snapshot } = play(DEFAULT_SCENARIO, (sim) => sim.advance(7_000));
    const query = await encodePermalink(moment);
    expect(query).toMatch(/^log=/);
    expect(JSON.stringify((await reopen(query)).snapshot())).toBe(snapshot);
  });

  it("a custom scenario (and a seed of its own) travels inside the link", async () => {
    const scenario: Scenario = { version: 1, topics: [{ name: "payments", partitions: 2 }], producers: [{ topic: "payments", perSecond: 5 }], groups: [{ groupId: "ledger", topics: ["payments"], consumers: [{ clientId: "l-1" }] }] };
    const sim = createSimulation(scenario, { seed: 99 });
    sim.advance(4000);
    sim.dispatch({ type: "runCli", line: "kafka-topics.sh --bootstrap-server localhost:9092 --alter --topic payments --partitions 3" });
    sim.advance(2500);
    expect(sim.snapshot().topics.find((t) => t.name === "payments")?.partitions.length).toBe(3);
    const query = await encodePermalink(momentOf(sim, scenario, 99));
    expect(query).not.toContain("scenario=");
    const back = await reopen(query);
    expect(back.seed).toBe(99);
    expect(JSON.stringify(back.snapshot())).toBe(JSON.stringify(sim.snapshot()));
  });

  it("a built-in scenario with another seed keeps its name and carries the seed", async () => {
    const scenario = builtinScenario("first-picture")!;
    const query = await encodePermalink({ scenario, seed: 5, log: [], at: 1000 });
    expect(query).toMatch(/^scenario=first-picture&log=/);
    expect((await reopen(query)).seed).toBe(5);
  });
});

describe("hostile and broken permalinks give a clear message", () => {
  const bad = async (search: string) => {
    const r = await decodePermalink(search);
    if (r.ok) {
      const m = r.request?.moment;
      const restored = restoreMoment({ scenario: m?.scenario ?? r.request?.scenario ?? DEFAULT_SCENARIO, seed: m?.seed, log: m?.log, at: m?.at });
      expect(restored.ok).toBe(false);
      return restored.ok ? "" : restored.error;
    }
    return r.error;
  };

  it("unknown or hostile scenario names", async () => {
    expect(await bad("?scenario=nope")).toBe("There is no built-in scenario named “nope”.");
    expect(await bad("?scenario=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")).toMatch(/^There is no built-in scenario named/);
    expect(await bad(`?scenario=${"a".repeat(5000)}`)).toMatch(/^There is no built-in scenario named “a{80}”/);
    expect(await bad("?scenario=__proto__")).toMatch(/^There is no built-in/);
    expect(await bad("?scenario=constructor")).toMatch(/^There is no built-in/);
  });

  it("malformed, truncated and oversized logs", async () => {
    expect(await bad("?log=not*base64!")).toMatch(/damaged: its log is not base64url/);
    expect(await bad("?log=AAAA")).toMatch(/damaged/);
    const good = await encodePermalink({ scenario: builtinScenario("first-picture")!, seed: 1, log: [[1000, { type: "crashConsumer", consumer: "consumer-1" }]], at: 2000 });
    const log = new URLSearchParams(good).get("log")!;
    expect(await bad(`?scenario=first-picture&log=${log.slice(0, Math.floor(log.length / 2))}`)).toMatch(/damaged/);
    expect(await bad(`?log=${"A".repeat(MAX_LINK_CHARS + 1)}`)).toMatch(/too long/);
    // A zip bomb: 5 MB of spaces packs into a few KB.
    const bomb = toBase64Url(await deflate(" ".repeat(5_000_000)));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await bad(`?log=${bomb}`)).toMatch(/more than 1 MB/);
  });

  it("payloads of the wrong shape", async () => {
    expect(await bad(`?log=${toBase64Url(await deflate("{not json"))}`)).toMatch(/not valid JSON/);
    expect(await bad(`?log=${await payload({ v: 2, at: 0, log: [] })}`)).toMatch(/wrong shape/);
    expect(await bad(`?log=${await payload({ v: 1, at: -5, log: [] })}`)).toMatch(/wrong shape/);
    expect(await bad(`?log=${await payload({ v: 1, at: 0, log: [], extra: "<script>alert(1)</script>" })}`)).toMatch(/wrong shape/);
    expect(await bad(`?log=${await payload([1, 2, 3])}`)).toMatch(/wrong shape/);
    expect(await bad(`?log=${await payload({ v: 1, at: 0, log: "x".repeat(10) })}`)).toMatch(/wrong shape/);
  });

  it("refused commands, times and scenarios are caught when the engine replays them", async () => {
    const p = (v: object) => payload({ v: 1, ...v });
    expect(await bad(`?scenario=first-picture&log=${await p({ at: 5000, log: [[1000, { type: "crashConsumer", consumer: "<img src=x onerror=alert(1)>" }]] })}`)).toMatch(
      /^Command 1 of the log \(at 1\.000 s\) was refused: /,
    );
    expect(await bad(`?log=${await p({ at: 5000, log: [[1000, { type: "rm -rf" }]] })}`)).toMatch(/Command 1 of the log .* refused: Unknown command type/);
    expect(await bad(`?log=${await p({ at: 5000, log: [[3000, { type: "produce", topic: "orders" }], [1000, { type: "produce", topic: "orders" }]] })}`)).toMatch(/earlier than the one before/);
    expect(await bad(`?log=${await p({ at: 5000, log: [["soon", { type: "produce", topic: "orders" }]] })}`)).toMatch(/not a \[time, command\] pair/);
    expect(await bad(`?log=${await p({ at: 1e12, log: [] })}`)).toMatch(/later than 24 hours/);
    expect(await bad(`?log=${await p({ at: 500, log: [[1000, { type: "produce", topic: "orders" }]] })}`)).toMatch(/earlier than the last command/);
    expect(await bad(`?log=${await p({ at: 0, log: [], scenario: { version: 1, topics: [{ name: "<script>alert(1)</script>", partitions: 1 }] } })}`)).toMatch(/Topic name "<script>alert\(1\)<\/script>" is illegal/);
    expect(await bad(`?log=${await p({ at: 0, log: [], scenario: { version: 7 } })}`)).toMatch(/version 7/);
    const proto = toBase64Url(await deflate('{"v":1,"at":0,"log":[],"scenario":{"version":1,"__proto__":{"polluted":true}}}'));
    expect(await bad(`?log=${proto}`)).toMatch(/unknown field '__proto__'/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("long permalinks", () => {
  it("go in the fragment (never sent to the server) and are read from there", async () => {
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
    const scenario: ParsedScenario = { version: 1, narrative: Array.from({ length: 9000 }, letter).join(""), topics: [{ name: "t", partitions: 1 }] };
    const { permalinkUrl } = await import("./permalink");
    const url = new URL(await permalinkUrl({ scenario, seed: 1, log: [], at: 0 }, "https://docs.example/play/?theme=dark&junk=1", ["theme"]));
    expect(url.search).toBe("?theme=dark");
    expect(url.hash).toMatch(/^#log=/);
    const r = await decodePermalink(url.search, url.hash);
    expect(r.ok && r.request?.moment?.scenario).toEqual(scenario);
  });
});
