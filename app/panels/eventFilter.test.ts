import { describe, expect, it } from "vitest";
import type { SimEvent } from "../../engine/types";
import { FAMILIES, familyCounts, familyOf, filterEvents } from "./eventFilter";

const ev = (seq: number, type: string, message: string, group?: string): SimEvent => ({ seq, time: seq * 10, type, message, ...(group ? { group } : {}) });
const all = new Set(FAMILIES);

describe("event families", () => {
  it("sorts the engine's event types into families", () => {
    expect(familyOf("memberJoined")).toBe("membership");
    expect(familyOf("rebalanceStarted")).toBe("rebalance");
    expect(familyOf("offsetsCommitted")).toBe("commits");
    expect(familyOf("recordsLost")).toBe("delivery");
    expect(familyOf("recordsProduced")).toBe("producer");
    expect(familyOf("scriptStepFailed")).toBe("other");
    // a type the engine may add later is guessed from its name
    expect(familyOf("offsetFetchFailed")).toBe("commits");
  });
});

describe("filterEvents", () => {
  const events = [
    ev(1, "memberJoined", "a-1 joined group service-a", "service-a"),
    ev(2, "offsetsCommitted", "a-1 committed orders-0=5", "service-a"),
    ev(3, "offsetsCommitted", "b-1 committed orders-0=7", "service-b"),
    ev(4, "recordsProduced", "Produced 1 record to orders-0"),
    ev(5, "rebalanceStarted", "Group service-b is rebalancing", "service-b"),
  ];

  it("filters by family, group and every word of the text", () => {
    expect(filterEvents(events, { text: "", group: null, families: new Set(["commits"]) }, 100).shown.map((e) => e.seq)).toEqual([2, 3]);
    expect(filterEvents(events, { text: "", group: "service-b", families: all }, 100).shown.map((e) => e.seq)).toEqual([3, 5]);
    expect(filterEvents(events, { text: "ORDERS-0 committed", group: null, families: all }, 100).shown.map((e) => e.seq)).toEqual([2, 3]);
  });

  it("keeps the newest matches when capped and counts the rest", () => {
    const r = filterEvents(events, { text: "", group: null, families: all }, 2);
    expect(r.shown.map((e) => e.seq)).toEqual([4, 5]);
    expect(r.earlier).toBe(3);
  });

  it("stays fast on a long log", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ev(i + 1, i % 2 ? "offsetsCommitted" : "recordsProduced", `event ${i}`, "g"));
    const t0 = performance.now();
    const r = filterEvents(many, { text: "event 4", group: "g", families: all }, 300);
    expect(r.shown).toHaveLength(300);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(familyCounts(many).commits).toBe(25_000);
  });
});
