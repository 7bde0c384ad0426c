import { describe, expect, it } from "vitest";
import { sim } from "../testing/driver";

describe("the course's consumer group patterns", () => {
  it("more consumers than partitions leaves the extra one idle", () => {
    const d = sim().topic("t", 2).consumer("g", "c1", ["t"]).consumer("g", "c2", ["t"]).consumer("g", "c3", ["t"]).advance(10_000);
    d.expectGroupState("g", "Stable");
    const a = d.assignment("g");
    expect(Object.values(a).map((x) => x.length).sort()).toEqual([0, 1, 1]);
    const idle = d.sim.snapshot().consumers.filter((c) => c.status === "idle");
    expect(idle).toHaveLength(1);
  });

  it("equal consumers and partitions: one partition each", () => {
    const d = sim().topic("orders", 3).consumer("g", "c1", ["orders"]).consumer("g", "c2", ["orders"]).consumer("g", "c3", ["orders"]).advance(10_000);
    expect(Object.values(d.assignment("g")).map((x) => x.length)).toEqual([1, 1, 1]);
  });

  it("fewer consumers than partitions: Range gives each a contiguous block", () => {
    const d = sim().topic("t", 6).consumer("g", "c1", ["t"]).consumer("g", "c2", ["t"]).advance(10_000);
    const a = d.assignment("g");
    const lists = Object.values(a).sort();
    expect(lists).toEqual([
      ["t-0", "t-1", "t-2"],
      ["t-3", "t-4", "t-5"],
    ]);
  });

  it("several groups on one topic each receive every record", () => {
    const d = sim().topic("orders", 3);
    for (const g of ["email", "analytics", "billing"]) d.consumer(g, `${g}-1`, ["orders"], { autoOffsetReset: "earliest" });
    d.advance(5000).produce("orders", 30).advance(20_000);
    for (const g of ["email", "analytics", "billing"]) {
      expect(d.group(g).delivery.processed).toBe(30);
      expect(d.group(g).totalLag).toBe(0);
    }
  });

  it("every member gets the generation's assignment and the leader is the first member in", () => {
    const d = sim().topic("t", 4).consumer("g", "a", ["t"]).consumer("g", "b", ["t"]).advance(10_000);
    const g = d.group("g");
    expect(g.generationId).toBe(1);
    expect(g.protocol).toBe("range");
    expect(g.members.find((m) => m.memberId === g.leader)?.clientId).toBe("a");
    for (const m of g.members) expect(m.memberId).toMatch(new RegExp(`^${m.clientId}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`));
  });

  it("a new group waits group.initial.rebalance.delay.ms (3 s) before its first assignment", () => {
    const d = sim().topic("t", 1).consumer("g", "a", ["t"]);
    d.advance(2999).expectGroupState("g", "PreparingRebalance");
    d.advance(1).expectGroupState("g", "Stable");
  });
});

describe("failure detection", () => {
  it("a crash is detected by the session timeout after the last heartbeat", () => {
    const d = sim().topic("t", 3).consumer("g", "a", ["t"]).consumer("g", "b", ["t"]).advance(20_000);
    const beforeCrash = d.sim.snapshot().consumers.find((c) => c.clientId === "b")!;
    d.do({ type: "crashConsumer", consumer: "b" });
    const crashAt = d.sim.now();
    d.advanceUntil(() => d.events("memberFailed").length > 0, 120_000, 50);
    const failed = d.events("memberFailed")[0];
    const lastHeartbeat = failed.data!.lastHeartbeat as number;
    expect(lastHeartbeat).toBeGreaterThanOrEqual(beforeCrash.lastHeartbeat!);
    expect(failed.time - lastHeartbeat).toBe(45_000);
    // seen from the crash: between sessionTimeout - heartbeatInterval and sessionTimeout + heartbeatInterval
    expect(failed.time - crashAt).toBeGreaterThanOrEqual(45_000 - 3000);
    expect(failed.time - crashAt).toBeLessThanOrEqual(45_000 + 3000);
    d.advance(10_000).expectGroupState("g", "Stable");
    expect(d.assignment("g")).toEqual({ a: ["t-0", "t-1", "t-2"] });
  });

  it("a graceful stop sends LeaveGroup and rebalances at once", () => {
    const d = sim().topic("t", 2).consumer("g", "a", ["t"]).consumer("g", "b", ["t"]).advance(10_000);
    d.do({ type: "stopConsumer", consumer: "b" });
    d.advance(100);
    expect(d.events("memberLeft")).toHaveLength(1);
    // a learns of the rebalance from its next heartbeat (heartbeat.interval.ms = 3 s) and rejoins
    d.advance(3000).expectGroupState("g", "Stable");
    expect(d.assignment("g")).toEqual({ a: ["t-0", "t-1"] });
  });

  it("a slow consumer leaves after max.poll.interval.ms and its later commit fails", () => {
    const d = sim().topic("t", 2).consumer("g", "fast", ["t"], { maxPollInterval: 10_000, autoCommit: false, autoOffsetReset: "earliest" });
    d.consumer("g", "slow", ["t"], { maxPollInterval: 10_000, autoCommit: false, autoOffsetReset: "earliest" }).advance(10_000);
    d.do({ type: "setProcessingTime", consumer: "slow", ms: 1000 });
    d.produce("t", 40).advance(1);
    d.advanceUntil(() => d.events("pollTimeoutExpired").length > 0, 60_000, 50);
    const e = d.events("pollTimeoutExpired")[0];
    expect(e.message).toContain("consumer poll timeout has expired.");
    expect(e.time - (e.data!.lastPoll as number)).toBe(10_000);
    d.advanceUntil(() => d.events("commitFailed").some((x) => x.consumer === "slow"), 60_000, 50);
    // The client left the group itself, so the commit fails locally (ConsumerCoordinator#sendOffsetCommitRequest).
    expect(d.events("commitFailed").find((x) => x.consumer === "slow")!.message).toContain(
      "CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.",
    );
  });
});

describe("eager versus cooperative rebalancing", () => {
  function scenario(assignors: Array<"range" | "cooperative-sticky">) {
    const d = sim(3).topic("t", 6).rate("t", 60);
    const cfg = { partitionAssigners: assignors, processingTime: 5 };
    d.consumer("g", "a", ["t"], cfg).consumer("g", "b", ["t"], cfg).advance(15_000);
    d.consumer("g", "c", ["t"], cfg).advance(20_000);
    return d;
  }

  it("eager stops every member until the new assignment", () => {
    const d = scenario(["range"]);
    const snap = d.sim.snapshot();
    for (const id of ["a", "b"]) {
      const pauses = snap.consumers.find((c) => c.clientId === id)!.pauses.filter((p) => p.start >= 15_000);
      expect(pauses.some((p) => p.partitions === "all" && p.reason === "rebalance")).toBe(true);
    }
    expect(d.group("g").rebalanceProtocol).toBe("eager");
  });

  it("cooperative keeps consuming what stays and moves partitions in a second rebalance", () => {
    const d = scenario(["cooperative-sticky"]);
    const snap = d.sim.snapshot();
    for (const id of ["a", "b"]) {
      const pauses = snap.consumers.find((c) => c.clientId === id)!.pauses.filter((p) => p.start >= 15_000);
      expect(pauses.every((p) => p.partitions !== "all")).toBe(true);
    }
    expect(d.group("g").rebalanceProtocol).toBe("cooperative");
    expect(d.group("g").generationId).toBeGreaterThanOrEqual(3); // initial, c joins, second (cooperative) round
    expect(Object.values(d.assignment("g")).map((x) => x.length)).toEqual([2, 2, 2]);
  });
});
