/**
 * The little of the Java runtime whose behaviour shows in the tools' output.
 *
 * Follows: OpenJDK 17 java.util.HashMap / HashSet (bucket order: that is the order in which Kafka's
 * ConsumerGroupCommand.java, TopicCommand.java and the Admin client's result classes print rows), java.lang.String#hashCode,
 * org.apache.kafka.common.TopicPartition#hashCode, java.lang.Long#parseLong, java.lang.Throwable#printStackTrace and
 * java.util.Formatter's "%-Ns".
 */

import { tpHash } from "../assignors/topicPartition";
import { javaStringHashCode } from "../partitioner";

/** java.lang.String#hashCode: 31*h + c over UTF-16 code units, 32-bit wrap-around (one implementation: partitioner.ts). */
export const stringHash = javaStringHashCode;

/** org.apache.kafka.common.TopicPartition#hashCode: 31 * (31 + partition) + topic.hashCode(). */
export function topicPartitionHash(topic: string, partition: number): number {
  return tpHash([topic, partition]);
}

/** java.util.List#hashCode of a list of strings (joptsimple's option specs hash like their name lists). */
export function stringListHash(items: readonly string[]): number {
  let h = 1;
  for (const s of items) h = (Math.imul(31, h) + stringHash(s)) | 0;
  return h;
}

const MAXIMUM_CAPACITY = 1 << 30;

/** HashMap.tableSizeFor. */
export function tableSizeFor(cap: number): number {
  if (cap <= 1) return 1;
  let n = 1;
  while (n < cap) n *= 2;
  return Math.min(n, MAXIMUM_CAPACITY);
}

/** How a Java HashMap / HashSet is created: that fixes its first table size. */
export type JavaMapInit =
  | { readonly kind: "default" } // new HashMap<>(), Collectors.toMap, Collectors.toSet
  | { readonly kind: "capacity"; readonly capacity: number } // new HashMap<>(n)
  | { readonly kind: "copy"; readonly size: number } // new HashMap<>(map) with map.size() == size
  | { readonly kind: "collection"; readonly size: number }; // new HashSet<>(collection)

export const DEFAULT_INIT: JavaMapInit = { kind: "default" };

function initialThreshold(init: JavaMapInit): number {
  switch (init.kind) {
    case "default":
      return 0;
    case "capacity":
      return tableSizeFor(init.capacity);
    case "copy":
      return init.size === 0 ? 0 : tableSizeFor(Math.floor(init.size / 0.75 + 1));
    case "collection":
      return tableSizeFor(Math.max(Math.floor(init.size / 0.75) + 1, 16));
  }
}

/**
 * A java.util.HashMap reduced to what decides its iteration order: buckets of (hash ^ hash >>> 16) & (n - 1),
 * each in insertion order, split in order on resize. (Tree bins need 8 colliding keys in a table of 64 or more,
 * which the tools never meet.)
 */
export class JavaHashMap<K, V> {
  private buckets: Array<Array<{ key: K; id: string; h: number; value: V }>> | null = null;
  private threshold: number;
  private count = 0;

  constructor(
    private readonly hashOf: (key: K) => number,
    private readonly idOf: (key: K) => string,
    init: JavaMapInit = DEFAULT_INIT,
  ) {
    this.threshold = initialThreshold(init);
  }

  get size(): number {
    return this.count;
  }

  private resize(): void {
    const old = this.buckets;
    let newCap: number;
    if (old === null) newCap = this.threshold > 0 ? this.threshold : 16;
    else newCap = old.length * 2;
    this.threshold = Math.floor(newCap * 0.75);
    const next: Array<Array<{ key: K; id: string; h: number; value: V }>> = Array.from({ length: newCap }, () => []);
    if (old !== null) for (const bucket of old) for (const e of bucket) next[e.h & (newCap - 1)]!.push(e);
    this.buckets = next;
  }

  private find(key: K): { key: K; id: string; h: number; value: V } | undefined {
    if (this.buckets === null) return undefined;
    const h0 = this.hashOf(key);
    const h = h0 ^ (h0 >>> 16);
    const id = this.idOf(key);
    return this.buckets[h & (this.buckets.length - 1)]!.find((e) => e.id === id);
  }

  /** put: a new key goes to the end of its bucket; an existing key keeps its place. Returns the previous value. */
  put(key: K, value: V): V | undefined {
    if (this.buckets === null) this.resize();
    const existing = this.find(key);
    if (existing) {
      const prev = existing.value;
      existing.value = value;
      return prev;
    }
    const h0 = this.hashOf(key);
    const h = h0 ^ (h0 >>> 16);
    this.buckets![h & (this.buckets!.length - 1)]!.push({ key, id: this.idOf(key), h, value });
    if (++this.count > this.threshold) this.resize();
    return undefined;
  }

  putIfAbsent(key: K, value: V): void {
    if (!this.has(key)) this.put(key, value);
  }

  get(key: K): V | undefined {
    return this.find(key)?.value;
  }

  has(key: K): boolean {
    return this.find(key) !== undefined;
  }

  entries(): Array<[K, V]> {
    const out: Array<[K, V]> = [];
    if (this.buckets !== null) for (const b of this.buckets) for (const e of b) out.push([e.key, e.value]);
    return out;
  }

  keys(): K[] {
    return this.entries().map(([k]) => k);
  }
}

export interface TP {
  readonly topic: string;
  readonly partition: number;
}

export function tpId(tp: TP): string {
  return `${tp.partition}\u0000${tp.topic}`;
}

export function newTpMap<V>(init: JavaMapInit = DEFAULT_INIT): JavaHashMap<TP, V> {
  return new JavaHashMap<TP, V>((tp) => topicPartitionHash(tp.topic, tp.partition), tpId, init);
}

export function newStringMap<V>(init: JavaMapInit = DEFAULT_INIT): JavaHashMap<string, V> {
  return new JavaHashMap<string, V>(stringHash, (s) => s, init);
}

/** Iteration order of a HashSet / HashMap keyed by topic partitions, after inserting `items` in order. */
export function tpHashOrder(items: readonly TP[], init: JavaMapInit = DEFAULT_INIT): TP[] {
  const m = newTpMap<true>(init);
  for (const t of items) m.put(t, true);
  return m.keys();
}

/** Iteration order of a HashSet / HashMap of strings, after inserting `items` in order. */
export function stringHashOrder(items: readonly string[], init: JavaMapInit = DEFAULT_INIT): string[] {
  const m = newStringMap<true>(init);
  for (const s of items) m.put(s, true);
  return m.keys();
}

/** String#compareTo (UTF-16 code units), as TreeMap and sorted() use it. */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** java.util.Formatter "%-Ns": left-justified, padded with spaces, never cut. */
export function padRight(value: string | number, width: number): string {
  const s = String(value);
  return s.length >= width ? s : s + " ".repeat(width - s.length);
}

/**
 * A Java exception as the tools print it: toString() is "class: message", a cause's message defaults to its
 * toString(), and frames ("\tat ...") are known only where the throw site is fixed (parse errors).
 */
export class JavaThrowable extends Error {
  constructor(
    readonly className: string,
    readonly msg: string | null,
    readonly causedBy: JavaThrowable | null = null,
    readonly frames: readonly string[] = [],
  ) {
    super(msg ?? className);
  }

  /** new RuntimeException(cause) / new ExecutionException(cause): the message is the cause's toString(). */
  static wrapping(className: string, cause: JavaThrowable, frames: readonly string[] = []): JavaThrowable {
    return new JavaThrowable(className, cause.toString(), cause, frames);
  }

  getMessage(): string | null {
    return this.msg;
  }

  override toString(): string {
    return this.msg === null ? this.className : `${this.className}: ${this.msg}`;
  }

  /** Throwable#printStackTrace text, ending in a newline. */
  stackTrace(): string {
    let out = `${this.toString()}\n`;
    for (const f of this.frames) out += `\tat ${f}\n`;
    for (let c = this.causedBy; c !== null; c = c.causedBy) {
      out += `Caused by: ${c.toString()}\n`;
      for (const f of c.frames) out += `\tat ${f}\n`;
    }
    return out;
  }
}

/** Thrown by our port wherever Java would call Exit.exit / System.exit. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** System.out and System.err of one tool run. */
export class Console {
  out = "";
  err = "";
  print(s: string): void {
    this.out += s;
  }
  println(s = ""): void {
    this.out += `${s}\n`;
  }
  errPrint(s: string): void {
    this.err += s;
  }
  errPrintln(s = ""): void {
    this.err += `${s}\n`;
  }
}

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** Long.parseLong / Integer.parseInt (radix 10): an optional sign and ASCII digits, in range; else null. */
export function parseJavaInteger(s: string, bits: 32 | 64): number | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const v = BigInt(s);
  const [min, max] = bits === 64 ? [LONG_MIN, LONG_MAX] : [-2147483648n, 2147483647n];
  if (v < min || v > max) return null;
  return Number(v);
}

/** String#split(regex) for a literal one-character separator: trailing empty strings are dropped. */
export function javaSplit(s: string, sep: string): string[] {
  const parts = s.split(sep);
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 1 && parts[0] === "" && s.length > 0) return [];
  return parts;
}
