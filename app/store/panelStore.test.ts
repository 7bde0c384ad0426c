import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Snapshot } from "../../engine/types";

const snap = (now: number) => ({ now, seed: 1, topics: [], groups: [], consumers: [], eventCount: 0 }) as Snapshot;
const frame = (now: number) => ({ snapshot: snap(now), events: [], reset: false, playing: true, speed: 1, horizon: now });

describe("the panels' copy of the store", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    vi.resetModules();
  });
  afterEach(() => vi.useRealTimers());

  it("follows frames at most every PANEL_REFRESH_MS: the first at once, the last one always", async () => {
    const { applyFrame, usePanelStore, PANEL_REFRESH_MS } = await import("./index");
    applyFrame(frame(1));
    expect(usePanelStore.getState().snapshot?.now).toBe(1);
    for (let t = 2; t <= 10; t++) {
      vi.advanceTimersByTime(16);
      applyFrame(frame(t));
    }
    expect(usePanelStore.getState().snapshot?.now).toBe(1);
    vi.advanceTimersByTime(PANEL_REFRESH_MS);
    expect(usePanelStore.getState().snapshot?.now).toBe(10);
  });

  it("takes changes of the UI at once, keeping its snapshot", async () => {
    const { applyFrame, useStore, usePanelStore, select } = await import("./index");
    applyFrame(frame(1));
    vi.advanceTimersByTime(10);
    applyFrame(frame(2));
    select({ kind: "group", id: "g" });
    expect(usePanelStore.getState().selection).toEqual({ kind: "group", id: "g" });
    expect(usePanelStore.getState().snapshot?.now).toBe(1);
    expect(useStore.getState().snapshot?.now).toBe(2);
  });

  it("a seek or a paused clock reaches the panels at once", async () => {
    const { applyFrame, usePanelStore } = await import("./index");
    applyFrame(frame(1));
    vi.advanceTimersByTime(16);
    applyFrame(frame(2));
    expect(usePanelStore.getState().snapshot?.now).toBe(1);
    applyFrame({ ...frame(0), reset: true });
    expect(usePanelStore.getState().snapshot?.now).toBe(0);
    vi.advanceTimersByTime(16);
    applyFrame({ ...frame(5), playing: false });
    expect(usePanelStore.getState().snapshot?.now).toBe(5);
  });
});
