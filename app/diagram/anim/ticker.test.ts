import { describe, expect, it } from "vitest";
import { interpolateValue } from "./ticker";

describe("interpolateValue", () => {
  it("interpolates numbers, arrays and objects of numbers; other values take their end value", () => {
    expect(interpolateValue(0, 10)(0.25)).toBe(2.5);
    expect(interpolateValue([0, 10], [10, 20])(0.5)).toEqual([5, 15]);
    expect(interpolateValue({ x: 0, y: 4, e: 1 }, { x: 10, y: 0, e: 0 })(0.5)).toEqual({ x: 5, y: 2, e: 0.5 });
    expect(interpolateValue<string | number>("a", "b")(0.1)).toBe("b");
    expect(interpolateValue(0, 10)(1)).toBe(10);
  });
});
