import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] }));
  afterEach(() => vi.useRealTimers());

  it("runs the first call at once, then at most once per interval, and the last call always", () => {
    const task = vi.fn();
    const t = throttle(task, 100);
    t.call();
    expect(task).toHaveBeenCalledTimes(1);
    t.call();
    t.call();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("now() runs at once and drops what was pending; cancel() drops it", () => {
    const task = vi.fn();
    const t = throttle(task, 100);
    t.call();
    t.call();
    t.now();
    expect(task).toHaveBeenCalledTimes(2);
    t.call();
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
