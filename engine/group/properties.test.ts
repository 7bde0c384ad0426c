/**
 * Property tests (fast-check) over random command sequences: topics, producing, producer rates, consumers with
 * random commit strategies joining, crashing, stopping and restarting, processing-time changes and time passing.
 * The invariants are Kafka's: one owner per partition in a Stable generation, committed offsets inside the log,
 * LAG = LOG-END-OFFSET - CURRENT-OFFSET >= 0, at-least-once delivery for commit-after-processing strategies, and
 * (the simulator's own promise) the same seed and commands give the same event log.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSimulation, type Simulation } from "../simulation";
import type { AssignorName, CommitStrategy, Command, Snapshot } from "../types";

const TOPICS = ["t0", "t1"] as const;
const GROUPS = ["g0", "g1"] as const;

type Strategy = "auto" | "per-record" | "batch" | "before-processing" | "auto-async";

interface GroupPlan {
  readonly assignors: readonly AssignorName[];
}

interface Plan {
  readonly seed: number;
  readonly partitions: readonly [number, number];
  readonly groups: readonly [GroupPlan, GroupPlan];
  readonly steps: readonly Step[];
}

type Step =
  | { readonly kind: "produce"; readonly topic: number; readonly count: number }
  | { readonly kind: "rate"; readonly topic: number; readonly perSecond: number }
  | { readonly kind: "add"; readonly group: number; readonly topics: readonly number[]; readonly strategy: Strategy; readonly batchSize: number; readonly processingTime: number; readonly maxPollRecords: number; readonly maxPollInterval: number; readonly idempotent: boolean }
  | { readonly kind: "crash" | "stop" | "restart"; readonly consumer: number }
  | { readonly kind: "processingTime"; readonly consumer: number; readonly ms: number }
  | { readonly kind: "advance"; readonly ms: number };

const assignorLists: ReadonlyArray<readonly AssignorName[]> = [
  ["range", "cooperative-sticky"],
  ["range"],
  ["roundrobin"],
  ["sticky"],
  ["cooperative-sticky"],
];

function stepArb(strategies: readonly Strategy[]): fc.Arbitrary<Step> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("produce" as const), topic: fc.nat(1), count: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("rate" as const), topic: fc.nat(1), perSecond: fc.integer({ min: 0, max: 25 }) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("add" as const),
        group: fc.nat(1),
        topics: fc.subarray([0, 1], { minLength: 1 }),
        strategy: fc.constantFrom(...strategies),
        batchSize: fc.integer({ min: 2, max: 15 }),
        processingTime: fc.integer({ min: 0, max: 60 }),
        maxPollRecords: fc.integer({ min: 1, max: 60 }),
        maxPollInterval: fc.constantFrom(8000, 20_000, 300_000),
        idempotent: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("crash" as const, "stop" as const, "restart" as const), consumer: fc.nat(7) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("processingTime" as const), consumer: fc.nat(7), ms: fc.constantFrom(0, 5, 40, 400, 2000) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 50, max: 25_000 }) }) },
  );
}

function planArb(strategies: readonly Strategy[]): fc.Arbitrary<Plan> {
  return fc.record({
    seed: fc.nat(1_000_000),
    partitions: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })),
    groups: fc.tuple(fc.record({ assignors: fc.constantFrom(...assignorLists) }), fc.record({ assignors: fc.constantFrom(...assignorLists) })),
    steps: fc.array(stepArb(strategies), { minLength: 1, maxLength: 14 }),
  });
}

const ALL: readonly Strategy[] = ["auto", "per-record", "batch", "before-processing", "auto-async"];
/** Strategies that commit only what was processed (at-least-once). */
const AFTER_PROCESSING: readonly Strategy[] = ["auto", "per-record", "batch"];

interface Run {
  readonly sim: Simulation;
  /** clientId → subscribed topics. */
  readonly subscriptions: Map<string, readonly string[]>;
  readonly clients: string[];
}

function commandsOf(step: Step, plan: Plan, clients: string[]): Command[] {
  const client = (i: number): string | undefined => (clients.length === 0 ? undefined : clients[i % clients.length]);
  switch (step.kind) {
    case "produce":
      return [{ type: "produce", topic: TOPICS[step.topic], count: step.count }];
    case "rate":
      return [{ type: "setProducerRate", topic: TOPICS[step.topic], perSecond: step.perSecond }];
    case "add": {
      const strategy: CommitStrategy = step.strategy === "auto-async" ? "auto" : step.strategy;
      return [
        {
          type: "addConsumer",
          group: GROUPS[step.group],
          topics: step.topics.map((t) => TOPICS[t]),
          consumer: `c${clients.length}`,
          config: {
            autoOffsetReset: "earliest",
            commitStrategy: strategy,
            batchSize: step.batchSize,
            processingTime: step.processingTime,
            maxPollRecords: step.maxPollRecords,
            maxPollInterval: step.maxPollInterval,
            asyncProcessing: step.strategy === "auto-async",
            idempotent: step.idempotent,
            partitionAssigners: [...plan.groups[step.group].assignors],
          },
        },
      ];
    }
    case "crash":
    case "stop":
    case "restart": {
      const c = client(step.consumer);
      if (!c) return [];
      return [{ type: step.kind === "crash" ? "crashConsumer" : step.kind === "stop" ? "stopConsumer" : "restartConsumer", consumer: c }];
    }
    case "processingTime": {
      const c = client(step.consumer);
      return c ? [{ type: "setProcessingTime", consumer: c, ms: step.ms }] : [];
    }
    case "advance":
      return [];
  }
}

/** Runs the plan, calling `check` after every step (and within long advances, every 2.5 virtual seconds). */
function run(plan: Plan, check: (r: Run) => void = () => undefined): Run {
  const sim = createSimulation(undefined, { seed: plan.seed });
  const r: Run = { sim, subscriptions: new Map(), clients: [] };
  sim.dispatch({ type: "createTopic", topic: TOPICS[0], partitions: plan.partitions[0] });
  sim.dispatch({ type: "createTopic", topic: TOPICS[1], partitions: plan.partitions[1] });
  for (const step of plan.steps) {
    for (const command of commandsOf(step, plan, r.clients)) {
      const result = sim.dispatch(command);
      if (result.ok && command.type === "addConsumer") {
        r.clients.push(command.consumer!);
        r.subscriptions.set(command.consumer!, command.topics);
      }
    }
    if (step.kind === "advance") {
      for (let left = step.ms; left > 0; left -= 2500) {
        sim.advance(Math.min(2500, left));
        check(r);
      }
    } else check(r);
  }
  return r;
}

/** Throws (fast-check then shrinks the plan) unless `ok`; plain checks keep thousands of them per run cheap. */
function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

/** The invariants every snapshot must satisfy. */
function checkSnapshot(snap: Snapshot, r: Run): void {
  const leo = new Map<string, number>();
  for (const t of snap.topics) for (const p of t.partitions) leo.set(`${t.name}-${p.partition}`, p.logEndOffset);
  for (const g of snap.groups) {
    let sum = 0;
    for (const row of g.offsets) {
      const k = `${g.groupId} ${row.topic}-${row.partition} at ${snap.now}`;
      check(row.logEndOffset === leo.get(`${row.topic}-${row.partition}`), () => `${k}: row LEO ${row.logEndOffset} is not the log's`);
      if (row.committed === null) {
        check(row.lag === null, () => `${k}: lag ${row.lag} without a committed offset`);
        continue;
      }
      check(row.committed >= 0 && row.committed <= row.logEndOffset, () => `${k}: committed ${row.committed} outside [0, ${row.logEndOffset}]`);
      check(row.lag === row.logEndOffset - row.committed, () => `${k}: lag ${row.lag} is not ${row.logEndOffset} - ${row.committed}`);
      check(row.lag! >= 0 && row.timeLag >= 0, () => `${k}: negative lag ${row.lag} / timeLag ${row.timeLag}`);
      sum += row.lag!;
    }
    check(g.totalLag === sum, () => `${g.groupId} at ${snap.now}: totalLag ${g.totalLag} is not the sum of the rows, ${sum}`);
    for (const s of g.lagHistory) check(Object.values(s.byPartition).every((lag) => lag >= 0), () => `${g.groupId}: negative lag sample at ${s.time}`);
    if (g.state === "Stable") {
      const members = g.members.map((m) => ({ owner: m.memberId, topics: r.subscriptions.get(m.clientId) ?? [], assignment: m.assignment.map(([t, p]) => `${t}-${p}`) }));
      checkOwners(`${g.groupId} generation ${g.generationId}`, members, snap, g.rebalanceProtocol === "eager");
    }
  }
  for (const c of snap.consumers) {
    for (const p of c.positions) {
      const end = leo.get(`${p.topic}-${p.partition}`)!;
      check(p.position >= 0 && p.position <= end, () => `${c.clientId} at ${snap.now}: position ${p.position} of ${p.topic}-${p.partition} outside [0, ${end}]`);
    }
  }
}

/**
 * No partition has two owners; with eager rebalancing every subscribed partition has one. (The first round of a
 * cooperative rebalance leaves the partitions that move unassigned until the second round.)
 */
function checkOwners(what: string, members: ReadonlyArray<{ owner: string; topics: readonly string[]; assignment: readonly string[] }>, snap: Snapshot, exact: boolean): void {
  const owners = new Map<string, string>();
  for (const m of members) {
    for (const tp of m.assignment) {
      check(!owners.has(tp), () => `${what}: ${tp} owned by ${owners.get(tp)} and ${m.owner}`);
      owners.set(tp, m.owner);
      const topic = tp.slice(0, tp.lastIndexOf("-"));
      check(m.topics.includes(topic), () => `${what}: ${m.owner} owns ${tp} but subscribes to ${m.topics.join(", ")}`);
    }
  }
  if (!exact) return;
  const subscribed = new Set(members.flatMap((m) => m.topics));
  for (const t of snap.topics) {
    if (!subscribed.has(t.name)) continue;
    for (const p of t.partitions) check(owners.has(`${t.name}-${p.partition}`), () => `${what}: ${t.name}-${p.partition} has no owner`);
  }
}

/** A thousand runs per property in every CI run; PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
/** Generous: the runs take well under a second each, but CI machines can be slow. */
const TIMEOUT = 60_000;

describe("properties over random command sequences", () => {
  it("in every Stable generation each subscribed partition has exactly one owner in the group", () => {
    fc.assert(
      fc.property(planArb(ALL), (plan) => {
        const r = run(plan, (x) => checkSnapshot(x.sim.snapshot(), x));
        // Every generation's assignment, as the coordinator announced it when the group became Stable.
        const snap = r.sim.snapshot();
        for (const e of r.sim.events()) {
          if (e.type !== "assignmentComputed") continue;
          const assignment = e.data!.assignment as Record<string, string[]>;
          const group = plan.groups[GROUPS.indexOf(e.group as (typeof GROUPS)[number])];
          const eager = !group.assignors.every((a) => a === "cooperative-sticky");
          const members = Object.entries(assignment).map(([client, parts]) => ({ owner: client, topics: r.subscriptions.get(client) ?? [], assignment: parts }));
          checkOwners(`${e.group} generation ${e.data!.generationId}`, members, snap, eager);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("committed offsets stay within [0, logEndOffset] and lag is never negative, summing to totalLag", () => {
    fc.assert(
      fc.property(planArb(ALL), (plan) => {
        run(plan, (x) => checkSnapshot(x.sim.snapshot(), x));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("commit-after-processing strategies lose nothing on a topic without retention", () => {
    fc.assert(
      fc.property(planArb(AFTER_PROCESSING), (plan) => {
        const r = run(plan, (x) => {
          for (const g of x.sim.snapshot().groups) check(g.delivery.lost === 0, () => `group ${g.groupId} lost ${g.delivery.lost} records by ${x.sim.now()}`);
        });
        // At-least-once, end to end: once the producers stop and every consumer is back, every record of a
        // group's topics gets processed (a batch committer may leave its last few records uncommitted).
        drain(r);
        for (const g of r.sim.snapshot().groups) expect(g.delivery.lost).toBe(0);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("every record is either processed or counted lost, whatever the strategy (delivery accounting is complete)", () => {
    fc.assert(
      fc.property(planArb(ALL), (plan) => {
        const r = run(plan);
        drain(r, (snap, g) => {
          const { records, processed } = coverage(r, snap, g.groupId);
          return processed + g.delivery.lost === records;
        });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("the same seed and the same commands give the same event log", () => {
    fc.assert(
      fc.property(planArb(ALL), (plan) => {
        const a = run(plan);
        const b = run(plan);
        expect(b.sim.events()).toEqual(a.sim.events());
        expect(b.sim.snapshot()).toEqual(a.sim.snapshot());
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

/** Records of the topics the group's consumers subscribe to, and how many distinct ones the group processed. */
function coverage(r: Run, snap: Snapshot, groupId: string): { records: number; processed: number } {
  const topics = new Set(snap.consumers.filter((c) => c.groupId === groupId).flatMap((c) => r.subscriptions.get(c.clientId) ?? []));
  const records = snap.topics.filter((t) => topics.has(t.name)).reduce((s, t) => s + t.partitions.reduce((x, p) => x + p.logEndOffset, 0), 0);
  const g = snap.groups.find((x) => x.groupId === groupId)!;
  return { records, processed: g.delivery.processed - g.delivery.duplicates };
}

/**
 * Stops the producers, brings every consumer back with no processing time, and waits until every group is Stable
 * and `done` (by default: every record of its topics processed).
 */
function drain(r: Run, done: (snap: Snapshot, g: Snapshot["groups"][number]) => boolean = (snap, g) => coverage(r, snap, g.groupId).processed === coverage(r, snap, g.groupId).records): void {
  const { sim } = r;
  for (const t of TOPICS) sim.dispatch({ type: "setProducerRate", topic: t, perSecond: 0 });
  // A consumer told to stop finishes the record in hand first (up to 2 s here).
  sim.advance(2500);
  for (const c of r.clients) {
    const snap = sim.snapshot().consumers.find((x) => x.clientId === c)!;
    if (snap.status === "crashed" || snap.status === "stopped") sim.dispatch({ type: "restartConsumer", consumer: c });
    sim.dispatch({ type: "setProcessingTime", consumer: c, ms: 0 });
  }
  const settled = (): boolean => {
    const snap = sim.snapshot();
    return snap.groups.every((g) => g.state === "Stable" && done(snap, g));
  };
  for (let i = 0; i < 400 && !settled(); i++) sim.advance(5000);
  const snap = sim.snapshot();
  for (const g of snap.groups) {
    check(g.state === "Stable" && done(snap, g), () => `group ${g.groupId} did not settle: ${g.state}, ${JSON.stringify(coverage(r, snap, g.groupId))}, ${JSON.stringify(g.delivery)}`);
  }
}

describe("counterexamples the properties found (fixed), kept as examples", () => {
  it("a consumer killed while its JoinGroup was parked rejoins when restarted", () => {
    const sim = createSimulation(undefined, { seed: 0 });
    sim.dispatch({ type: "createTopic", topic: "t0", partitions: 1 });
    sim.dispatch({ type: "createTopic", topic: "t1", partitions: 1 });
    const config = { autoOffsetReset: "earliest" as const, processingTime: 0, maxPollInterval: 8000 };
    sim.dispatch({ type: "addConsumer", group: "g", topics: ["t1"], consumer: "c0", config });
    sim.dispatch({ type: "addConsumer", group: "g", topics: ["t0"], consumer: "c2", config });
    sim.advance(50);
    sim.dispatch({ type: "crashConsumer", consumer: "c2" });
    sim.dispatch({ type: "produce", topic: "t0", count: 1 });
    sim.advance(5950);
    sim.dispatch({ type: "restartConsumer", consumer: "c2" });
    sim.advance(60_000);
    const snap = sim.snapshot();
    expect(snap.consumers.find((c) => c.clientId === "c2")!.assignment).toEqual([["t0", 0]]);
    expect(snap.groups[0].delivery.processed).toBe(1);
  });

  it("a subscription changed while a JoinGroup is in flight makes the consumer rejoin (ConsumerCoordinator#rejoinNeededOrPending)", () => {
    const sim = createSimulation(undefined, { seed: 0 });
    sim.dispatch({ type: "createTopic", topic: "t0", partitions: 1 });
    sim.dispatch({ type: "createTopic", topic: "t1", partitions: 1 });
    sim.dispatch({ type: "addConsumer", group: "g", topics: ["t1"], consumer: "c0", config: { fromBeginning: true } });
    sim.dispatch({ type: "produce", topic: "t0", count: 3 });
    sim.advance(1000); // the first JoinGroup waits out group.initial.rebalance.delay.ms
    sim.dispatch({ type: "subscribe", consumer: "c0", topics: ["t0"] });
    sim.advance(20_000);
    const g = sim.snapshot().groups[0];
    expect(g.generationId).toBe(2);
    expect(g.members[0].assignment).toEqual([["t0", 0], ["t1", 0]]);
    expect(g.delivery.processed).toBe(3);
  });
});
