/**
 * Kafka's own assignor unit tests as vectors (test-data/kafka/assignor-unit-cases.json), from
 * clients/src/test/java/org/apache/kafka/clients/consumer/*AssignorTest.java and
 * internals/AbstractStickyAssignorTest.java; the cooperative follow-up loop follows
 * CooperativeStickyAssignorTest.verifyValidityAndBalance.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkProperty, hasRevokedPartitions, type Assignment } from "./assignorChecks";
import { assignDetailed, javaHashMapOrder, type AssignorMember, type AssignorName } from "./index";

interface UnitMember {
  id: string;
  subscriptions: string[];
  groupInstanceId?: string;
  ownedPartitions?: Array<[string, number]>;
  generation?: number | null;
}

interface UnitCase {
  assignor: AssignorName;
  name: string;
  members: UnitMember[];
  partitionsPerTopic: Record<string, number>;
  compare: "list" | "set";
  expected?: Assignment;
  expectedPartial?: boolean;
  expectedProperties?: string[];
  expectedPartitionsTransferringOwnership?: Record<string, string> | null;
  expectedStage?: "singleAssign" | "afterFollowUpRebalances";
  kafkaObserved: {
    assignment: Assignment;
    partitionsTransferringOwnership?: Record<string, string> | null;
    followUpRebalances?: number;
    assignmentAfterFollowUpRebalances?: Assignment;
  };
}

const cases = JSON.parse(
  readFileSync(new URL("../../test-data/kafka/assignor-unit-cases.json", import.meta.url), "utf8"),
) as UnitCase[];

/** The test's subscriptions HashMap, iterated in Java order; the test's generationId is 1. */
function toMembers(c: UnitCase): AssignorMember[] {
  const byId = new Map(c.members.map((m) => [m.id, m]));
  return javaHashMapOrder(c.members.map((m) => m.id)).map((id) => {
    const m = byId.get(id)!;
    const out: AssignorMember = { id: m.id, subscriptions: [...m.subscriptions] };
    if (m.groupInstanceId !== undefined) out.groupInstanceId = m.groupInstanceId;
    if (m.ownedPartitions !== undefined) {
      out.owned = m.ownedPartitions.map(([t, p]) => [t, p]);
      out.generation = m.generation ?? null;
    }
    return out;
  });
}

const sortList = (l: Array<[string, number]>): Array<[string, number]> =>
  [...l].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));

function sortedAssignment(a: Assignment): Assignment {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, sortList(v)]));
}

function pick(a: Assignment, keys: string[]): Assignment {
  return Object.fromEntries(keys.map((k) => [k, a[k]]));
}

function runCase(c: UnitCase): void {
  const members = toMembers(c);
  const first = assignDetailed(c.assignor, { partitionsPerTopic: c.partitionsPerTopic, members });

  // Kafka's own output of the single assign() call, in Kafka's list order.
  expect(first.kafkaOrder).toEqual(c.kafkaObserved.assignment);

  let final = first;
  let finalMembers = members;
  if (c.assignor === "cooperative-sticky") {
    let rounds = 0;
    while (hasRevokedPartitions(finalMembers, final.kafkaOrder)) {
      finalMembers = finalMembers.map((m) => ({ ...m, owned: final.kafkaOrder[m.id], generation: 1 }));
      final = assignDetailed(c.assignor, { partitionsPerTopic: c.partitionsPerTopic, members: finalMembers });
      rounds++;
      expect(rounds).toBeLessThanOrEqual(4);
    }
    if (c.kafkaObserved.followUpRebalances !== undefined) expect(rounds).toBe(c.kafkaObserved.followUpRebalances);
    if (c.kafkaObserved.assignmentAfterFollowUpRebalances) {
      expect(final.kafkaOrder).toEqual(c.kafkaObserved.assignmentAfterFollowUpRebalances);
    }
  }
  const staged = c.expectedStage === "afterFollowUpRebalances" ? final : first;

  if (c.expected) {
    const keys = c.expectedPartial ? Object.keys(c.expected) : Object.keys(staged.assignment);
    if (!c.expectedPartial) expect(Object.keys(staged.assignment).sort()).toEqual(Object.keys(c.expected).sort());
    if (c.compare === "list") expect(pick(staged.kafkaOrder, keys)).toEqual(c.expected);
    expect(pick(staged.assignment, keys)).toEqual(sortedAssignment(c.expected));
  }
  for (const prop of c.expectedProperties ?? []) {
    // Properties are checked on the state the test asserts (after the cooperative loop when it runs one).
    const state = c.assignor === "cooperative-sticky" ? final : first;
    const isSticky = [first, final].reduce<boolean | null>((acc, r) => r.isSticky ?? acc, null);
    const error = checkProperty(prop, state.assignment, members, c.partitionsPerTopic, isSticky);
    expect(error, prop).toBeNull();
  }
  if (c.expectedPartitionsTransferringOwnership !== undefined) {
    expect(first.partitionsTransferringOwnership).toEqual(c.expectedPartitionsTransferringOwnership);
  }
}

describe("assignor-unit-cases.json (Kafka unit-test vectors)", () => {
  it("has the documented number of vectors", () => {
    expect(cases.length).toBe(183);
  });
  for (const assignor of ["range", "roundrobin", "sticky", "cooperative-sticky"] as const) {
    describe(assignor, () => {
      for (const c of cases.filter((x) => x.assignor === assignor)) {
        it(c.name, () => runCase(c));
      }
    });
  }
});
