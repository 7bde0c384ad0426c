/**
 * The TreeSet<String> ordered by SubscriptionComparator (assigned count, then member id) that
 * AbstractStickyAssignor's general path keeps as sortedCurrentSubscriptions
 * (clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java).
 * Kafka removes a member before changing its count and re-adds it afterwards, so the set is always
 * sorted by the current counts; a sorted array reproduces it.
 */
import { compareJavaStrings } from "./memberOrder";

/** Sorted set of member ids by (count, id). */
export class ConsumerTreeSet {
  private items: string[] = [];

  /** `countOf` gives a member's current number of assigned partitions. */
  constructor(private readonly countOf: (consumer: string) => number) {}

  private compare(a: string, b: string): number {
    const d = this.countOf(a) - this.countOf(b);
    return d !== 0 ? d : compareJavaStrings(a, b);
  }

  /** Number of members in the set. */
  get size(): number {
    return this.items.length;
  }

  /** TreeSet.add: inserts in order unless already present. */
  add(consumer: string): void {
    if (this.items.includes(consumer)) return;
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(this.items[mid], consumer) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, consumer);
  }

  /** TreeSet.remove. */
  remove(consumer: string): void {
    const i = this.items.indexOf(consumer);
    if (i >= 0) this.items.splice(i, 1);
  }

  /** TreeSet.first(); throws like Java when empty. */
  first(): string {
    if (this.items.length === 0) throw new Error("NoSuchElementException");
    return this.items[0];
  }

  /** TreeSet.last(); throws like Java when empty. */
  last(): string {
    if (this.items.length === 0) throw new Error("NoSuchElementException");
    return this.items[this.items.length - 1];
  }

  /** A snapshot of the members in ascending order. */
  toArray(): string[] {
    return [...this.items];
  }
}
