/**
 * TopicPartition helpers mirroring org.apache.kafka.common.TopicPartition (equals/hashCode) and the
 * comparators the assignors use (clients/src/main/java/org/apache/kafka/clients/consumer/internals/Utils.java:
 * TopicPartitionComparator, PartitionComparator).
 */
import { javaStringHashCode } from "./javaHashMap";
import { compareJavaStrings } from "./memberOrder";

/** A topic partition as [topic, partition]. */
export type TP = [string, number];

/** Identity key of a partition (TopicPartition.equals). */
export function tpKey(tp: TP): string {
  return `${tp[1]}:${tp[0]}`;
}

/** The "topic-p" form Kafka's TopicPartition.toString() prints. */
export function tpName(tp: TP): string {
  return `${tp[0]}-${tp[1]}`;
}

/** TopicPartition.hashCode(): 31 * (31 + partition) + topic.hashCode(), 32-bit. */
export function tpHash(tp: TP): number {
  return (Math.imul(31, (31 + tp[1]) | 0) + javaStringHashCode(tp[0])) | 0;
}

/** Utils.TopicPartitionComparator: by topic, then partition. */
export function compareTopicThenPartition(a: TP, b: TP): number {
  return a[0] === b[0] ? a[1] - b[1] : compareJavaStrings(a[0], b[0]);
}

/** Comparator.comparing(TopicPartition::partition).thenComparing(TopicPartition::topic). */
export function comparePartitionThenTopic(a: TP, b: TP): number {
  return a[1] !== b[1] ? a[1] - b[1] : compareJavaStrings(a[0], b[0]);
}

/** Removes the first element equal to `tp` (List.remove(Object)); returns true if one was removed. */
export function removeFirst(list: TP[], tp: TP): boolean {
  for (let i = 0; i < list.length; i++) {
    if (list[i][0] === tp[0] && list[i][1] === tp[1]) {
      list.splice(i, 1);
      return true;
    }
  }
  return false;
}

/** List.contains(Object) for partitions. */
export function containsTp(list: readonly TP[], tp: TP): boolean {
  return list.some((x) => x[0] === tp[0] && x[1] === tp[1]);
}

/** Removes, in place, every element whose key is in `keys` (List.removeAll). */
export function removeAllKeys(list: TP[], keys: ReadonlySet<string>): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) if (!keys.has(tpKey(list[r]))) list[w++] = list[r];
  list.length = w;
}
