/**
 * Assertion helpers for assignor tests, after Kafka's AbstractStickyAssignorTest
 * (clients/src/test/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignorTest.java:
 * verifyValidityAndBalance, isFullyBalanced) and CooperativeStickyAssignorTest.verifyValidityAndBalance
 * (the cooperative follow-up loop). Used by tests only; pure TypeScript.
 */
import type { AssignorMember } from "./index";

/** An assignment: member id -> partitions. */
export type Assignment = Record<string, Array<[string, number]>>;

const key = (tp: readonly [string, number]): string => `${tp[1]}:${tp[0]}`;

/** Problems with `valid`: unknown partitions, unsubscribed topics, a partition given twice. Empty when valid. */
export function validityProblems(
  assignment: Assignment,
  members: readonly AssignorMember[],
  partitionsPerTopic: Readonly<Record<string, number>>,
): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const subs = new Map(members.map((m) => [m.id, new Set(m.subscriptions)]));
  for (const [member, list] of Object.entries(assignment)) {
    for (const tp of list) {
      const n = partitionsPerTopic[tp[0]] ?? 0;
      if (!(tp[1] >= 0 && tp[1] < n)) problems.push(`${member} got nonexistent ${tp[0]}-${tp[1]}`);
      if (!subs.get(member)?.has(tp[0])) problems.push(`${member} got ${tp[0]}-${tp[1]} without subscribing`);
      const prev = owner.get(key(tp));
      if (prev !== undefined) problems.push(`${tp[0]}-${tp[1]} given to ${prev} and ${member}`);
      owner.set(key(tp), member);
    }
  }
  return problems;
}

/** verifyValidityAndBalance's balance rule: members whose counts differ by more than 1 share no topic. */
export function isBalancedByKafkaTest(assignment: Assignment): boolean {
  const ids = Object.keys(assignment);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = assignment[ids[i]];
      const b = assignment[ids[j]];
      if (Math.abs(a.length - b.length) <= 1) continue;
      const topics = new Set(a.map((tp) => tp[0]));
      if (b.some((tp) => topics.has(tp[0]))) return false;
    }
  }
  return true;
}

/** isFullyBalanced: max count - min count <= 1. */
export function isFullyBalanced(assignment: Assignment): boolean {
  const sizes = Object.values(assignment).map((l) => l.length);
  return sizes.length === 0 || Math.max(...sizes) - Math.min(...sizes) <= 1;
}

function parseList(text: string): Array<[string, number]> {
  return JSON.parse(text) as Array<[string, number]>;
}

function containsAll(big: ReadonlyArray<readonly [string, number]>, small: ReadonlyArray<readonly [string, number]>): boolean {
  const set = new Set(big.map(key));
  return small.every((tp) => set.has(key(tp)));
}

/**
 * Checks one expectedProperties entry (the vocabulary of assignor-unit-cases.json); returns null when
 * it holds, otherwise a description. `isSticky` is the assignor's isSticky() (null if never computed).
 */
export function checkProperty(
  prop: string,
  assignment: Assignment,
  members: readonly AssignorMember[],
  partitionsPerTopic: Readonly<Record<string, number>>,
  isSticky: boolean | null,
): string | null {
  const owned = (m: string): Array<[string, number]> => members.find((x) => x.id === m)?.owned ?? [];
  const list = (m: string): Array<[string, number]> => {
    const l = assignment[m];
    if (!l) throw new Error(`no member ${m} in the assignment`);
    return l;
  };
  const fail = (ok: boolean): string | null => (ok ? null : `${prop} does not hold`);
  let m: RegExpMatchArray | null;
  if (prop === "valid") {
    const problems = validityProblems(assignment, members, partitionsPerTopic);
    return problems.length === 0 ? null : problems.join("; ");
  }
  if (prop === "balanced") return fail(isBalancedByKafkaTest(assignment));
  if (prop === "fullyBalanced") return fail(isFullyBalanced(assignment));
  if (prop === "sticky:isSticky") return fail(isSticky === true);
  if ((m = prop.match(/^count:(.+)=(\d+)$/))) return fail(list(m[1]).length === Number(m[2]));
  if ((m = prop.match(/^countIn:(.+)=([\d|]+)$/))) return fail(m[2].split("|").map(Number).includes(list(m[1]).length));
  if ((m = prop.match(/^eachCountBetween:(\d+)\.\.(\d+)$/))) {
    const [lo, hi] = [Number(m[1]), Number(m[2])];
    return fail(Object.values(assignment).every((l) => l.length >= lo && l.length <= hi));
  }
  if ((m = prop.match(/^totalAssigned=(\d+)$/))) {
    return fail(Object.values(assignment).reduce((s, l) => s + l.length, 0) === Number(m[1]));
  }
  if ((m = prop.match(/^topicCountPerMember:(.+)=(\d+)$/))) {
    const [topic, n] = [m[1], Number(m[2])];
    return fail(Object.values(assignment).every((l) => l.filter((tp) => tp[0] === topic).length === n));
  }
  if ((m = prop.match(/^sticky:supersetOfOwned:(.+)$/))) return fail(containsAll(list(m[1]), owned(m[1])));
  if ((m = prop.match(/^sticky:subsetOfOwned:(.+)$/))) return fail(containsAll(owned(m[1]), list(m[1])));
  if ((m = prop.match(/^subsetOf:([^=]+)=(\[.*\])$/))) return fail(containsAll(parseList(m[2]), list(m[1])));
  if ((m = prop.match(/^intersects:([^=]+)=(\[.*\])$/))) {
    const other = new Set(parseList(m[2]).map(key));
    return fail(list(m[1]).some((tp) => other.has(key(tp))));
  }
  if ((m = prop.match(/^disjoint:([^,]+),(.+)$/))) {
    const a = new Set(list(m[1]).map(key));
    return fail(!list(m[2]).some((tp) => a.has(key(tp))));
  }
  return `unknown property ${prop}`;
}

/**
 * CooperativeStickyAssignorTest.verifyCooperativeValidity: true when some member is losing a partition
 * it reported as owned (so the test triggers another rebalance).
 */
export function hasRevokedPartitions(members: readonly AssignorMember[], assignment: Assignment): boolean {
  return members.some((m) => {
    const assigned = new Set((assignment[m.id] ?? []).map(key));
    return (m.owned ?? []).some((tp) => !assigned.has(key(tp)));
  });
}
