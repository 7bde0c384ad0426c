/**
 * Member ordering used by RangeAssignor and RoundRobinAssignor: Kafka's
 * AbstractPartitionAssignor.MemberInfo.compareTo (clients/src/main/java/org/apache/kafka/clients/consumer/
 * internals/AbstractPartitionAssignor.java), plus Java's String.compareTo.
 */

/** Java String.compareTo sign: compares UTF-16 code units (JS `<`), never locale-aware. */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fields of MemberInfo that take part in its ordering. */
export interface MemberInfoLike {
  id: string;
  groupInstanceId?: string;
}

/**
 * MemberInfo.compareTo: by group.instance.id when both have one, a member with an instance id before
 * one without, otherwise by member id.
 */
export function compareMemberInfo(a: MemberInfoLike, b: MemberInfoLike): number {
  const ai = a.groupInstanceId;
  const bi = b.groupInstanceId;
  if (ai !== undefined && bi !== undefined) return compareJavaStrings(ai, bi);
  if (ai !== undefined) return -1;
  if (bi !== undefined) return 1;
  return compareJavaStrings(a.id, b.id);
}

/** A stable sort by MemberInfo.compareTo (Collections.sort is stable too). */
export function sortMembers<T extends MemberInfoLike>(members: readonly T[]): T[] {
  return [...members].sort(compareMemberInfo);
}
