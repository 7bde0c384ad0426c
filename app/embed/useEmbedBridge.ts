/**
 * Connects the embed bridge to the running playground: requests go to the engine client, and every frame's new
 * events (and state changes) go to the host page. The bridge (and zod, which validates requests) is loaded only
 * in an embedded frame, so the normal page does not pay for it.
 */
import { useEffect } from "react";
import * as engine from "../engine/engineClient";
import { openBuiltin, openScenario } from "../scenarios/openScenario";
import { useStore, type PlaygroundState } from "../store";
import type { createEmbedBridge as CreateBridge, EmbedBridge } from "./bridge";
import { stateOf } from "./events";

let current: EmbedBridge | null = null;
let readyPending: { scenario: string | null } | null = null;

/** Tells the host the playground is ready (held until the bridge is up, if it loads after the scenario). */
export function announceReady(scenario: string | null): void {
  if (current) current.ready(scenario);
  else readyPending = { scenario };
}

const stateNow = () => {
  const s = useStore.getState();
  return s.snapshot ? stateOf(s.snapshot, s.playing, s.speed) : null;
};

function connect(createEmbedBridge: typeof CreateBridge, origins: readonly string[] | null): () => void {
  const bridge: EmbedBridge = createEmbedBridge({
    self: window,
    host: window.parent,
    origins,
    engine: {
      dispatch: (c) => engine.send(c),
      setPlaying: engine.setPlaying,
      step: engine.step,
      seek: engine.seek,
      setSpeed: engine.setSpeed,
      loadScenario: async ({ name, scenario }) => {
        const r = name !== undefined ? await openBuiltin(name) : await openScenario(scenario);
        if (r.ok) bridge.ready(name ?? null);
        return r;
      },
      cli: engine.cli,
      state: stateNow,
    },
  });
  current = bridge;
  if (readyPending) {
    bridge.ready(readyPending.scenario);
    readyPending = null;
  }
  let lastSeq = -1;
  const onStore = (s: PlaygroundState) => {
    const snap = s.snapshot;
    if (!snap) return;
    const reset = snap.eventCount < lastSeq;
    if (lastSeq < 0) lastSeq = snap.eventCount; // what happened before the host listened is not replayed
    let i = s.events.length;
    while (i > 0 && s.events[i - 1].seq > lastSeq) i--;
    const fresh = reset ? [] : s.events.slice(i);
    lastSeq = snap.eventCount;
    bridge.publish(fresh, stateOf(snap, s.playing, s.speed), reset);
  };
  const unsubscribe = useStore.subscribe(onStore);
  return () => {
    unsubscribe();
    bridge.destroy();
    if (current === bridge) current = null;
  };
}

export function useEmbedBridge(enabled: boolean, origins: readonly string[] | null): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let disconnect: (() => void) | null = null;
    let stopped = false;
    void import("./bridge").then(({ createEmbedBridge }) => {
      if (!stopped) disconnect = connect(createEmbedBridge, origins);
    });
    return () => {
      stopped = true;
      disconnect?.();
    };
  }, [enabled, origins]);
}
