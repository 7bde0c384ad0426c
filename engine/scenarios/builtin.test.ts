import { describe, expect, it } from "vitest";
import { createSimulation } from "../simulation";
import { BUILTIN_SCENARIOS, builtinScenario } from "./builtin";
import { parseScenario, parseScenarioText } from "./schema";

const run = (name: string, ms: number) => {
  const sim = createSimulation(builtinScenario(name)!);
  sim.advance(ms);
  return sim;
};
const assignment = (sim: ReturnType<typeof run>, group: string) =>
  Object.fromEntries(sim.snapshot().groups.find((g) => g.groupId === group)!.members.map((m) => [m.clientId, m.assignment.map(([t, p]) => `${t}-${p}`)]));

describe("built-in scenarios", () => {
  it.each(BUILTIN_SCENARIOS.map((s) => [s.name, s] as const))("%s is valid and runs for two minutes without a refused step", (_n, s) => {
    expect(parseScenario(JSON.parse(JSON.stringify(s)))).toMatchObject({ ok: true });
    const sim = createSimulation(s);
    sim.advance(120_000);
    expect(sim.events().filter((e) => e.type === "scriptStepFailed")).toEqual([]);
    expect(s.narrative.length).toBeGreaterThan(40);
  });

  it("first-picture: service-a splits the partitions, service-b owns all three", () => {
    const sim = run("first-picture", 10_000);
    expect(Object.values(assignment(sim, "service-a")).map((a) => a.length)).toEqual([1, 1, 1]);
    expect(assignment(sim, "service-b")).toEqual({ "analytics-1": ["orders-0", "orders-1", "orders-2"] });
  });

  it("range-4-2 and roundrobin-vs-range give Kafka's assignments", () => {
    expect(assignment(run("range-4-2", 10_000), "my-group")).toEqual({ "consumer-1": ["orders-0", "orders-1"], "consumer-2": ["orders-2", "orders-3"] });
    const sim = run("roundrobin-vs-range", 10_000);
    expect(assignment(sim, "range-group")).toEqual({ "range-1": ["orders-0", "users-0"], "range-2": ["orders-1", "users-1"] });
    expect(assignment(sim, "roundrobin-group")).toEqual({ "rr-1": ["orders-0", "users-0"], "rr-2": ["orders-1", "users-1"] });
  });

  it("more-consumers-than-partitions leaves one consumer idle", () => {
    const sim = run("more-consumers-than-partitions", 10_000);
    expect(sim.snapshot().consumers.filter((c) => c.status === "idle")).toHaveLength(1);
  });

  it("commit-strategies: duplicates for auto/per-record/batch within their bounds, loss only for at-most-once", () => {
    const sim = run("commit-strategies", 60_000);
    const d = Object.fromEntries(sim.snapshot().groups.map((g) => [g.groupId, g.delivery]));
    expect(d["auto-commit"].lost).toBe(0);
    expect(d["auto-commit"].duplicates).toBeGreaterThan(0);
    expect(d["per-record"].lost).toBe(0);
    expect(d["per-record"].duplicates).toBeLessThanOrEqual(2); // at most one per partition, 2 partitions
    expect(d["batch-commit"].lost).toBe(0);
    expect(d["batch-commit"].duplicates).toBeLessThan(2 * 50); // fewer than batchSize per partition
    expect(d["at-most-once"].duplicates).toBe(0);
    expect(d["at-most-once"].lost).toBeGreaterThan(0);
  });

  it("offset-reset: earliest reads the backlog, latest does not, none fails", () => {
    const sim = run("offset-reset", 20_000);
    const g = Object.fromEntries(sim.snapshot().groups.map((x) => [x.groupId, x.delivery.processed]));
    expect(g["from-beginning"]).toBeGreaterThanOrEqual(30);
    expect(g["latest-group"]).toBeLessThan(30);
    const strict = sim.snapshot().consumers.find((c) => c.clientId === "strict-1")!;
    expect(strict.status).toBe("failed");
    expect(strict.error).toContain("Undefined offset with no reset policy for partitions: [orders-0, orders-1]");
  });

  it("lag-grow-drain: lag grows with one consumer and drains with six; the 7th and 8th are idle", () => {
    const sim = createSimulation(builtinScenario("lag-grow-drain")!);
    sim.advance(14_000);
    const early = sim.snapshot().groups[0].totalLag;
    expect(early).toBeGreaterThan(500);
    sim.advance(120_000);
    const g = sim.snapshot().groups[0];
    expect(g.totalLag).toBeLessThan(early / 4);
    expect(sim.snapshot().consumers.filter((c) => c.status === "idle")).toHaveLength(2);
  });

  it("add-partitions: the leader notices and the new partitions get owners", () => {
    const sim = run("add-partitions", 40_000);
    const owned = Object.values(assignment(sim, "my-group")).flat().sort();
    expect(owned).toEqual(["orders-0", "orders-1", "orders-2", "orders-3", "orders-4", "orders-5"]);
  });

  it("retention-reset: the slow group is reset and loses records", () => {
    const sim = run("retention-reset", 120_000);
    expect(sim.events().some((e) => e.type === "offsetOutOfRange")).toBe(true);
    expect(sim.snapshot().groups[0].delivery.lost).toBeGreaterThan(0);
  });
});

describe("scenario validation", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["not JSON", "{", /not valid JSON/],
    ["no version", "{}", /no "version"/],
    ["newer version", '{"version": 2}', /version 2, but this playground reads version 1/],
    ["array", "[]", /must be a JSON object/],
    ["bad partitions", '{"version":1,"topics":[{"name":"t","partitions":0}]}', /partitions must be at least 1/],
    ["unknown field", '{"version":1,"bogus":true}', /unknown field 'bogus'/],
    ["producer on a missing topic", '{"version":1,"producers":[{"topic":"nope","perSecond":1}]}', /does not create/],
    ["bad script command", '{"version":1,"script":[{"at":0,"command":{"type":"produce","topic":"t","count":-1}}]}', /script\[0\]\.command: count must be at least 1/],
    ["bad consumer config", '{"version":1,"topics":[{"name":"t","partitions":1}],"groups":[{"groupId":"g","topics":["t"],"consumers":[{"config":{"sessionTimeout":"x"}}]}]}', /sessionTimeout must be a number/],
  ];
  it.each(cases)("%s", (_n, text, pattern) => {
    const r = parseScenarioText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(pattern);
  });
  it("refuses oversized input before parsing", () => {
    const r = parseScenarioText(" ".repeat(1_000_001));
    expect(r.ok).toBe(false);
  });
});
