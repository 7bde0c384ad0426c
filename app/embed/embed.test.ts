import { describe, expect, it } from "vitest";
import { COMMAND_TYPES } from "../../engine/commands/schema";
import { PlaygroundSession } from "../../engine/index";
import { builtinScenario } from "../../engine/scenarios/builtin";
import { createEmbedBridge, type EmbedEngine } from "./bridge";
import { stateOf } from "./events";
import { ENGINE_COMMANDS, parseOrigins, parseRequest, SOURCE } from "./protocol";

describe("embed request validation", () => {
  it("knows every engine command", () => {
    expect([...ENGINE_COMMANDS].sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it("accepts the API's requests and passes engine commands on without their id", () => {
    expect(parseRequest({ type: "play", id: 1 })).toEqual({ ok: true, request: { type: "play", id: 1 } });
    expect(parseRequest({ type: "seek", t: 5000 })).toEqual({ ok: true, request: { type: "seek", t: 5000 } });
    expect(parseRequest({ type: "crashConsumer", consumer: "consumer-2", id: "a" })).toEqual({ ok: true, request: { type: "command", id: "a", command: { type: "crashConsumer", consumer: "consumer-2" } } });
    expect(parseRequest({ type: "loadScenario", name: "first-picture" }).ok).toBe(true);
    expect(parseRequest({ type: "subscribeEvents", kinds: ["rebalance"], events: ["memberFailed"] }).ok).toBe(true);
  });

  it("answers wrong messages with a message, never a throw", () => {
    const bad: [unknown, RegExp][] = [
      [null, /must be an object/],
      ["play", /must be an object/],
      [[1, 2], /must be an object/],
      [{}, /needs a "type"/],
      [{ type: "<img src=x onerror=alert(1)>" }, /Unknown request type/],
      [{ type: "seek" }, /^seek: /],
      [{ type: "seek", t: -1 }, /^seek: /],
      [{ type: "setSpeed", speed: 1e9 }, /^setSpeed: /],
      [{ type: "play", extra: 1 }, /unknown field 'extra'/],
      [{ type: "loadScenario" }, /either "name"/],
      [{ type: "loadScenario", name: "x", scenario: {} }, /either "name"/],
      [{ type: "cli", line: 42 }, /^cli: /],
      [{ type: "subscribeEvents", kinds: ["everything"] }, /^subscribeEvents: /],
      [{ type: "play", big: "x".repeat(1_000_001) }, /limit is 1,000,000/],
    ];
    for (const [data, message] of bad) {
      const r = parseRequest(data);
      expect(r.ok, JSON.stringify(data)?.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
    const cyclic: Record<string, unknown> = { type: "play" };
    cyclic.self = cyclic;
    expect(parseRequest(cyclic)).toMatchObject({ ok: false, error: /plain JSON/ });
    expect(parseRequest({ type: "nope", id: 7 })).toMatchObject({ ok: false, id: 7 });
  });

  it("reads the origin allow-list", () => {
    expect(parseOrigins(null)).toBeNull();
    expect(parseOrigins("https://a.example,https://b.example/path, javascript:alert(1),nonsense")).toEqual(["https://a.example", "https://b.example"]);
  });
});

/** A fake pair of windows: the host posts into `deliver`, the iframe's replies land in `sent`. */
function harness(origins: string[] | null) {
  const session = new PlaygroundSession(builtinScenario("crash-session-timeout"));
  const listeners: ((e: MessageEvent) => void)[] = [];
  const sent: { message: Record<string, unknown>; target: string }[] = [];
  const host = { postMessage: (message: unknown, target: string) => sent.push({ message: message as Record<string, unknown>, target }) };
  const engine: EmbedEngine = {
    dispatch: async (c) => session.dispatch(c),
    setPlaying: async (p) => session.setPlaying(p),
    step: async () => void session.step(),
    seek: async (t) => void session.seek(t),
    setSpeed: async (s) => void session.setSpeed(s),
    loadScenario: async ({ name, scenario }) => {
      const r = session.loadUntrusted(scenario ?? builtinScenario(name ?? ""));
      return r.ok ? { ok: true } : r;
    },
    cli: async (line) => session.cli(line, { defaultBootstrapServer: "localhost:9092" }),
    state: () => stateOf(session.simulation.snapshot(), session.playing, session.speed),
  };
  const bridge = createEmbedBridge({ self: { addEventListener: (_t: string, l: EventListener) => listeners.push(l as never), removeEventListener: () => {} } as never, host, origins, engine });
  const deliver = async (data: unknown, origin = "https://docs.example", source: unknown = host) => {
    for (const l of listeners) l({ data, origin, source } as MessageEvent);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { session, sent, bridge, deliver };
}

describe("embed bridge", () => {
  it("runs commands and answers each request by id, with the engine's error when refused", async () => {
    const h = harness(null);
    h.session.seek(8000);
    await h.deliver({ type: "crashConsumer", consumer: "consumer-1", id: 1 });
    await h.deliver({ type: "crashConsumer", consumer: "<script>alert(1)</script>", id: 2 });
    await h.deliver({ type: "getState", id: 3 });
    const [a, b, c] = h.sent.map((s) => s.message);
    expect(a).toMatchObject({ source: SOURCE, type: "result", id: 1, ok: true });
    expect(b).toMatchObject({ type: "result", id: 2, ok: false });
    expect(String(b.error)).toMatch(/script/);
    expect(c).toMatchObject({ type: "result", id: 3, ok: true });
    expect((c.value as { consumers: { clientId: string; status: string }[] }).consumers.find((x) => x.clientId === "consumer-1")?.status).toBe("crashed");
    expect(h.sent.every((s) => s.target === "https://docs.example")).toBe(true);
  });

  it("replies an error to a malformed message and keeps working", async () => {
    const h = harness(null);
    await h.deliver({ type: "seek", t: "soon", id: "x" });
    await h.deliver("<img src=x onerror=alert(1)>");
    await h.deliver({ type: "play", id: "y" });
    expect(h.sent.map((s) => [s.message.type, s.message.id])).toEqual([["error", "x"], ["error", undefined], ["result", "y"]]);
  });

  it("with an allow-list ignores other origins and other windows, and posts only to allowed origins", async () => {
    const h = harness(["https://docs.example"]);
    await h.deliver({ type: "play", id: 1 }, "https://evil.example");
    await h.deliver({ type: "play", id: 2 }, "https://docs.example", {});
    expect(h.sent).toEqual([]);
    await h.deliver({ type: "play", id: 3 }, "https://docs.example");
    expect(h.sent).toEqual([{ message: { source: SOURCE, type: "result", id: 3, ok: true, value: undefined }, target: "https://docs.example" }]);
    h.bridge.ready("crash-session-timeout");
    expect(h.sent.at(-1)).toEqual({ message: { source: SOURCE, type: "ready", version: 1, scenario: "crash-session-timeout" }, target: "https://docs.example" });
  });

  it("publishes events by kind, filtered by the subscription, and state only when it changes", async () => {
    const h = harness(null);
    const frame = h.session.seek(30_000);
    const state = stateOf(frame.snapshot, true, 1);
    h.bridge.publish(frame.events, state, true);
    const types = (kind: string) => h.sent.filter((s) => s.message.type === kind).length;
    expect(types("event")).toBe(frame.events.length);
    expect(types("rebalance")).toBeGreaterThan(0);
    expect(types("commit")).toBeGreaterThan(0);
    expect(types("state")).toBe(1);
    h.bridge.publish([], state, false);
    expect(types("state")).toBe(1);
    h.sent.length = 0;
    await h.deliver({ type: "subscribeEvents", kinds: ["event"], events: ["memberFailed"] });
    h.sent.length = 0;
    h.bridge.publish(frame.events, state, true);
    expect(h.sent.map((s) => (s.message.event as { type: string }).type)).toEqual(["memberFailed"]);
  });
});
