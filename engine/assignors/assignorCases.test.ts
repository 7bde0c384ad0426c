/**
 * Random groups and multi-generation sequences (test-data/kafka/assignor-cases.jsonl) whose `expected`
 * came from Kafka's own RangeAssignor, RoundRobinAssignor, StickyAssignor and CooperativeStickyAssignor
 * (clients/src/main/java/org/apache/kafka/clients/consumer/).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assign, javaHashMapOrder, type AssignorMember, type AssignorName } from "./index";

interface CaseRow {
  id: string;
  assignor: AssignorName;
  partitionsPerTopic: Record<string, number>;
  members: Array<{ id: string; subscriptions: string[]; owned?: Array<[string, number]>; generation?: number | null }>;
  expected: Record<string, Array<[string, number]>>;
  memberIterationOrder: string[];
  orderSensitive: boolean;
  sequence?: string;
  step?: number;
  stepKind?: string;
}

const rows = readFileSync(new URL("../../test-data/kafka/assignor-cases.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as CaseRow);

const sortList = (l: Array<[string, number]>): Array<[string, number]> =>
  [...l].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));

function membersInOrder(row: CaseRow, order: readonly string[]): AssignorMember[] {
  const byId = new Map(row.members.map((m) => [m.id, m]));
  return order.map((id) => {
    const m = byId.get(id)!;
    return { ...m, subscriptions: [...m.subscriptions], owned: m.owned?.map(([t, p]) => [t, p]) };
  });
}

function expectedSorted(row: CaseRow): Record<string, Array<[string, number]>> {
  return Object.fromEntries(Object.entries(row.expected).map(([k, v]) => [k, sortList(v)]));
}

describe("assignor-cases.jsonl (Kafka-generated random cases)", () => {
  it("has every case", () => {
    expect(rows.length).toBe(558);
  });

  it("memberIterationOrder is java.util.HashMap order of the members", () => {
    for (const row of rows) expect(javaHashMapOrder(row.members.map((m) => m.id))).toEqual(row.memberIterationOrder);
  });

  for (const assignor of ["range", "roundrobin", "sticky", "cooperative-sticky"] as const) {
    describe(assignor, () => {
      for (const row of rows.filter((r) => r.assignor === assignor)) {
        const label = row.sequence ? `${row.id} (${row.stepKind})` : row.id;
        it(label, () => {
          const members = membersInOrder(row, row.memberIterationOrder);
          const got = assign(row.assignor, { partitionsPerTopic: row.partitionsPerTopic, members });
          expect(got).toEqual(expectedSorted(row));
          if (!row.orderSensitive) {
            // Kafka gave the same answer for other member orders, so must we.
            const asListed = membersInOrder(row, row.members.map((m) => m.id));
            const reversed = [...asListed].reverse();
            for (const variant of [asListed, reversed]) {
              expect(assign(row.assignor, { partitionsPerTopic: row.partitionsPerTopic, members: variant })).toEqual(
                expectedSorted(row),
              );
            }
          }
        });
      }
    });
  }
});
