/**
 * The embed API's bridge, framework-free: takes requests from the host page (the iframe's parent), answers each
 * with a `result` (or an `error` for a malformed one), and posts events as the simulation runs. With an origin
 * allow-list, messages from other origins are ignored and events go only to the allowed origins. Only the API's
 * own messages ever cross: nothing else of the page is reachable from the host.
 */
import type { SimEvent } from "../../engine/types";
import { DEFAULT_SUBSCRIPTION, kindsOf, stateKey, wants, type EmbedState, type Subscription } from "./events";
import { EMBED_API_VERSION, parseRequest, SOURCE, type HostRequest, type RequestId } from "./protocol";

/** What the bridge needs of the playground (the engine client, in the app; a fake in tests). */
export interface EmbedEngine {
  dispatch(command: unknown): Promise<{ ok: true; events: readonly SimEvent[] } | { ok: false; error: string }>;
  setPlaying(playing: boolean): Promise<void>;
  step(): Promise<void>;
  seek(t: number): Promise<void>;
  setSpeed(speed: number): Promise<void>;
  loadScenario(request: { name?: string; scenario?: unknown }): Promise<{ ok: true } | { ok: false; error: string }>;
  cli(line: string): Promise<{ exitCode: number; stdout: string; stderr: string }>;
  state(): EmbedState | null;
}

interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface BridgeOptions {
  /** The iframe's own window (where messages arrive). */
  readonly self: Pick<Window, "addEventListener" | "removeEventListener">;
  /** The host page's window (window.parent). */
  readonly host: MessageTarget;
  /** Allowed origins, or null for any. */
  readonly origins: readonly string[] | null;
  readonly engine: EmbedEngine;
}

export interface EmbedBridge {
  /** Tells the host the playground is ready (after each scenario load). */
  ready(scenario: string | null): void;
  /** New engine events and the state after them; `reset` after a seek back or a load. */
  publish(events: readonly SimEvent[], state: EmbedState | null, reset: boolean): void;
  destroy(): void;
}

type Result = { ok: true; value?: unknown } | { ok: false; error: string };

export function createEmbedBridge({ self, host, origins, engine }: BridgeOptions): EmbedBridge {
  let subscription: Subscription = DEFAULT_SUBSCRIPTION;
  let lastStateKey = "";

  const broadcast = (message: object) => {
    const m = { source: SOURCE, ...message };
    if (origins === null) host.postMessage(m, "*");
    else for (const o of origins) host.postMessage(m, o);
  };

  const allowed = (origin: string) => origins === null || origins.includes(origin);

  async function run(request: HostRequest): Promise<Result> {
    switch (request.type) {
      case "command": {
        const r = await engine.dispatch(request.command);
        return r.ok ? { ok: true, value: { events: r.events } } : r;
      }
      case "play":
      case "pause":
        await engine.setPlaying(request.type === "play");
        return { ok: true };
      case "step":
        await engine.step();
        return { ok: true, value: engine.state() };
      case "seek":
        await engine.seek(request.t);
        return { ok: true, value: engine.state() };
      case "setSpeed":
        await engine.setSpeed(request.speed);
        return { ok: true };
      case "loadScenario":
        return engine.loadScenario({ name: request.name, scenario: request.scenario });
      case "cli":
        return { ok: true, value: await engine.cli(request.line) };
      case "subscribeEvents":
        subscription = { kinds: new Set(request.kinds ?? DEFAULT_SUBSCRIPTION.kinds), events: request.events ? new Set(request.events) : null };
        return { ok: true };
      case "getState":
        return { ok: true, value: engine.state() };
    }
  }

  const onMessage = (event: MessageEvent) => {
    if (event.source !== (host as unknown) || !allowed(event.origin)) return;
    const reply = (message: object) => {
      const target = event.origin === "null" ? "*" : event.origin;
      host.postMessage({ source: SOURCE, ...message }, target);
    };
    const parsed = parseRequest(event.data);
    if (!parsed.ok) {
      reply({ type: "error", id: parsed.id, error: parsed.error });
      return;
    }
    const id: RequestId = parsed.request.id;
    run(parsed.request)
      .then((r) => reply(r.ok ? { type: "result", id, ok: true, value: r.value } : { type: "result", id, ok: false, error: r.error }))
      .catch((e: unknown) => reply({ type: "result", id, ok: false, error: `The playground could not do that: ${e instanceof Error ? e.message : String(e)}` }));
  };

  self.addEventListener("message", onMessage as EventListener);

  return {
    ready(scenario) {
      lastStateKey = "";
      broadcast({ type: "ready", version: EMBED_API_VERSION, scenario });
    },
    publish(events, state, reset) {
      for (const e of events) {
        for (const kind of kindsOf(e)) if (wants(subscription, kind, e)) broadcast({ type: kind, event: e });
      }
      if (state && wants(subscription, "state")) {
        const key = stateKey(state);
        if (reset || key !== lastStateKey) {
          lastStateKey = key;
          broadcast({ type: "state", state, reset });
        }
      }
    },
    destroy() {
      self.removeEventListener("message", onMessage as EventListener);
    },
  };
}
