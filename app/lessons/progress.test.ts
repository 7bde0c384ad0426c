import { describe, expect, it } from "vitest";
import { loadProgress, PROGRESS_KEY, saveProgress, withDone, withStep } from "./progress";

const store = (value: string | null) => ({ getItem: (k: string) => (k === PROGRESS_KEY ? value : null) });

describe("lesson progress in local storage", () => {
  it("round-trips", () => {
    let saved = "";
    const p = withDone(withStep({}, "first-picture", 2), "first-picture", 1);
    saveProgress(p, { setItem: (_k, v) => (saved = v) });
    expect(loadProgress(store(saved))).toEqual({ "first-picture": { step: 2, done: [1] } });
  });

  it("treats corrupted, foreign or hostile storage as no progress", () => {
    for (const bad of ["{", "null", "[]", '"x"', '{"a":{"step":-1,"done":[]}}', '{"a":{"step":1,"done":"all"}}', '{"a":{"step":1e9,"done":[]}}', "x".repeat(200_000)]) {
      expect(loadProgress(store(bad)), bad.slice(0, 20)).toEqual({});
    }
    const proto = loadProgress(store('{"__proto__":{"step":1,"done":[0]}}'));
    expect(({} as Record<string, unknown>).step).toBeUndefined();
    expect((proto as Record<string, unknown>).step).toBeUndefined();
  });

  it("survives storage that throws", () => {
    expect(loadProgress({ getItem: () => { throw new Error("SecurityError"); } })).toEqual({});
    expect(() => saveProgress({}, { setItem: () => { throw new Error("QuotaExceededError"); } })).not.toThrow();
  });
});
