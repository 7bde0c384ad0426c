/**
 * Property tests over random groups for the four assignors (RangeAssignor, RoundRobinAssignor,
 * StickyAssignor, CooperativeStickyAssignor under clients/src/main/java/org/apache/kafka/clients/consumer/):
 * every assignment is valid, and the eager assignors hand out every partition of every subscribed topic.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasRevokedPartitions, isFullyBalanced, validityProblems } from "./assignorChecks";
import { ASSIGNORS, assign, assignDetailed, javaHashMapOrder, type AssignorMember, type AssignorName } from "./index";

const TOPIC_POOL = ["t1", "t2", "T2", "orders", "Orders", "a.b", "a-b", "topic-10", "z"];

interface Group {
  partitionsPerTopic: Record<string, number>;
  members: AssignorMember[];
}

/** Random topics, members with non-empty subscriptions and owned partitions of their own topics. */
const groupArb: fc.Arbitrary<Group> = fc
  .record({
    topics: fc.uniqueArray(fc.constantFrom(...TOPIC_POOL), { minLength: 1, maxLength: 5 }),
    counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 5, maxLength: 5 }),
    members: fc.array(
      fc.record({
        n: fc.integer({ min: 0, max: 999 }),
        subMask: fc.integer({ min: 1, max: 31 }),
        ownSeed: fc.array(fc.nat(), { maxLength: 8 }),
        generation: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 4 })),
        instance: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 9 },
    ),
  })
  .map(({ topics, counts, members }) => {
    const partitionsPerTopic: Record<string, number> = {};
    topics.forEach((t, i) => (partitionsPerTopic[t] = counts[i]));
    const seen = new Set<string>();
    const out: AssignorMember[] = [];
    for (const m of members) {
      const id = `consumer-${m.n}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let subscriptions = topics.filter((_, i) => (m.subMask >> i) & 1);
      if (subscriptions.length === 0) subscriptions = [topics[0]];
      const candidates = subscriptions.flatMap((t) => Array.from({ length: partitionsPerTopic[t] }, (_, p) => [t, p] as [string, number]));
      const owned = candidates.length === 0 ? [] : [...new Set(m.ownSeed.map((s) => s % candidates.length))].map((i) => candidates[i]);
      const member: AssignorMember = { id, subscriptions, owned, generation: m.generation };
      if (m.instance !== undefined) member.groupInstanceId = `instance-${m.instance}`;
      out.push(member);
    }
    const byId = new Map(out.map((m) => [m.id, m]));
    return { partitionsPerTopic, members: javaHashMapOrder(out.map((m) => m.id)).map((id) => byId.get(id)!) };
  });

function allSubscribedPartitions(g: Group): string[] {
  const topics = new Set(g.members.flatMap((m) => m.subscriptions));
  return [...topics].flatMap((t) => Array.from({ length: g.partitionsPerTopic[t] ?? 0 }, (_, p) => `${t}-${p}`)).sort();
}

function assignedPartitions(a: Record<string, Array<[string, number]>>): string[] {
  return Object.values(a)
    .flat()
    .map(([t, p]) => `${t}-${p}`)
    .sort();
}

describe("assignor properties (fast-check)", () => {
  for (const name of ["range", "roundrobin", "sticky"] as AssignorName[]) {
    it(`${name}: valid, complete, and lists every member`, () => {
      fc.assert(
        fc.property(groupArb, (g) => {
          const a = assign(name, g);
          expect(Object.keys(a).sort()).toEqual(g.members.map((m) => m.id).sort());
          expect(validityProblems(a, g.members, g.partitionsPerTopic)).toEqual([]);
          expect(assignedPartitions(a)).toEqual(allSubscribedPartitions(g));
        }),
        { numRuns: 300 },
      );
    });
  }

  it("cooperative-sticky: valid each round, withholds only moving partitions, complete after follow-ups", () => {
    fc.assert(
      fc.property(groupArb, (g) => {
        let members = g.members;
        let result = assignDetailed("cooperative-sticky", { partitionsPerTopic: g.partitionsPerTopic, members });
        for (let round = 0; ; round++) {
          expect(validityProblems(result.assignment, members, g.partitionsPerTopic)).toEqual([]);
          if (!hasRevokedPartitions(members, result.assignment)) break;
          expect(round).toBeLessThan(4);
          members = members.map((m) => ({ ...m, owned: result.kafkaOrder[m.id], generation: 1 }));
          result = assignDetailed("cooperative-sticky", { partitionsPerTopic: g.partitionsPerTopic, members });
        }
        expect(assignedPartitions(result.assignment)).toEqual(allSubscribedPartitions(g));
      }),
      { numRuns: 300 },
    );
  });

  it("sticky assignors are fully balanced when everyone subscribes to everything", () => {
    fc.assert(
      fc.property(groupArb, (g) => {
        const topics = Object.keys(g.partitionsPerTopic);
        const members = g.members.map((m) => ({ ...m, subscriptions: topics }));
        expect(isFullyBalanced(assign("sticky", { partitionsPerTopic: g.partitionsPerTopic, members }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("output lists are sorted by topic (UTF-16 order) then partition", () => {
    fc.assert(
      fc.property(groupArb, fc.constantFrom<AssignorName>("range", "roundrobin", "sticky", "cooperative-sticky"), (g, name) => {
        for (const list of Object.values(assign(name, g))) {
          for (let i = 1; i < list.length; i++) {
            const [a, b] = [list[i - 1], list[i]];
            expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("ASSIGNORS describes each protocol", () => {
    expect(ASSIGNORS["cooperative-sticky"]).toEqual({
      protocolName: "cooperative-sticky",
      kafkaClass: "CooperativeStickyAssignor",
      protocols: ["COOPERATIVE", "EAGER"],
    });
    expect(ASSIGNORS.range.protocols).toEqual(["EAGER"]);
    expect(Object.values(ASSIGNORS).map((a) => a.protocolName)).toEqual(["range", "roundrobin", "sticky", "cooperative-sticky"]);
  });
});
