/**
 * Iteration order of java.util.HashMap / java.util.HashSet, as the Kafka assignors observe it
 * (java.base java/util/HashMap.java: hash(), putVal(), resize(), treeifyBin(); String.hashCode()).
 * Used where Kafka's assignors (clients/src/main/java/org/apache/kafka/clients/consumer/
 * internals/AbstractStickyAssignor.java and friends) iterate a HashMap or HashSet and the order matters.
 *
 * A table of `cap` buckets (16 at first, doubled whenever size exceeds 0.75 * cap, or when a bucket
 * would hold 9+ entries while cap < 64). Iteration visits buckets in ascending index and, within a
 * bucket, entries in insertion order (a resize splits buckets keeping relative order); entries added
 * by computeIfAbsent go to the head of their bucket instead. Treeified bins (9+ entries in one bucket
 * with cap >= 64) are not modelled: their order is kept as a plain list.
 */

const DEFAULT_CAPACITY = 16;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

import { javaStringHashCode } from "../partitioner";

/** Java's String.hashCode(): h = 31 * h + UTF-16 code unit, as a signed 32-bit integer. */
export { javaStringHashCode };

/** HashMap.hash(): spreads the high bits of a hashCode into the low ones. */
export function spreadHash(h: number): number {
  return (h ^ (h >>> 16)) | 0;
}

/** Smallest power of two >= n (HashMap.tableSizeFor), at least 1. */
export function tableSizeFor(n: number): number {
  let cap = 1;
  while (cap < n) cap *= 2;
  return cap;
}

/**
 * A java.util.HashSet (or the key set of a HashMap) of values identified by a string key.
 * Only membership and iteration order are modelled.
 */
export class JavaHashSet<T> {
  private buckets: Array<Array<{ key: string; value: T; hash: number }>>;
  private readonly index = new Map<string, number>();
  private count = 0;

  /** `keyOf` gives identity (equals), `hashOf` gives Java's hashCode(). */
  constructor(
    private readonly keyOf: (value: T) => string,
    private readonly hashOf: (value: T) => number,
    initialCapacity: number = DEFAULT_CAPACITY,
  ) {
    this.buckets = JavaHashSet.emptyTable(Math.max(1, tableSizeFor(initialCapacity)));
  }

  private static emptyTable<U>(cap: number): Array<Array<U>> {
    return Array.from({ length: cap }, () => []);
  }

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** True when the value is present. */
  has(value: T): boolean {
    return this.index.has(this.keyOf(value));
  }

  /** Adds the value (a no-op if present); returns true if it was added. */
  add(value: T): boolean {
    const key = this.keyOf(value);
    if (this.index.has(key)) return false;
    const hash = spreadHash(this.hashOf(value));
    const cap = this.buckets.length;
    const b = hash & (cap - 1);
    const bucket = this.buckets[b];
    bucket.push({ key, value, hash });
    this.index.set(key, b);
    // putVal: appending to a bin that already had TREEIFY_THRESHOLD entries calls treeifyBin,
    // which only resizes while the table is smaller than MIN_TREEIFY_CAPACITY.
    if (bucket.length > TREEIFY_THRESHOLD && cap < MIN_TREEIFY_CAPACITY) this.resize();
    this.count++;
    if (this.count > this.buckets.length * 0.75) this.resize();
    return true;
  }

  /**
   * Adds the value the way HashMap.computeIfAbsent does (a no-op if present): it resizes first if the
   * map is already over its threshold, and links a new entry at the HEAD of its bucket, so colliding
   * keys iterate in reverse insertion order. Returns true if it was added.
   */
  computeIfAbsent(value: T): boolean {
    if (this.count > this.buckets.length * 0.75) this.resize();
    const key = this.keyOf(value);
    if (this.index.has(key)) return false;
    const hash = spreadHash(this.hashOf(value));
    const cap = this.buckets.length;
    const b = hash & (cap - 1);
    const bucket = this.buckets[b];
    const binCount = bucket.length;
    bucket.unshift({ key, value, hash });
    this.index.set(key, b);
    if (binCount >= TREEIFY_THRESHOLD - 1 && cap < MIN_TREEIFY_CAPACITY) this.resize();
    this.count++;
    return true;
  }

  /** Removes the value; returns true if it was present. */
  delete(value: T): boolean {
    const key = this.keyOf(value);
    const b = this.index.get(key);
    if (b === undefined) return false;
    const bucket = this.buckets[b];
    bucket.splice(bucket.findIndex((e) => e.key === key), 1);
    this.index.delete(key);
    this.count--;
    return true;
  }

  /** The first value in iteration order (iterator().next()), or undefined when empty. */
  first(): T | undefined {
    for (const bucket of this.buckets) if (bucket.length > 0) return bucket[0].value;
    return undefined;
  }

  /** All values in Java iteration order. */
  values(): T[] {
    const out: T[] = [];
    for (const bucket of this.buckets) for (const e of bucket) out.push(e.value);
    return out;
  }

  private resize(): void {
    const next = JavaHashSet.emptyTable<{ key: string; value: T; hash: number }>(this.buckets.length * 2);
    for (const bucket of this.buckets) {
      for (const e of bucket) {
        const b = e.hash & (next.length - 1);
        next[b].push(e);
        this.index.set(e.key, b);
      }
    }
    this.buckets = next;
  }
}

/** Iteration order of a java.util.HashMap<String, ?> into which `keys` were put in the given order. */
export function javaHashMapOrder(keys: string[]): string[] {
  const set = new JavaHashSet<string>((k) => k, javaStringHashCode);
  for (const k of keys) set.add(k);
  return set.values();
}
