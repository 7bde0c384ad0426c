/**
 * A java.util.HashMap<String, V> whose iteration order is Java's (removals included; the table never shrinks).
 * Kafka's group coordinator keeps members in such a map (ClassicGroup#members): its order decides the leader's
 * member list, the new leader after a leave, and so the order the assignors see. The order itself comes from
 * the assignors' JavaHashSet model.
 */
import { JavaHashSet, javaHashMapOrder, javaStringHashCode } from "../assignors/javaHashMap";

export class JavaHashMap<V> {
  private readonly order = new JavaHashSet<string>((k) => k, javaStringHashCode);
  private readonly map = new Map<string, V>();

  get size(): number {
    return this.map.size;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (!this.map.has(key)) this.order.add(key);
    this.map.set(key, value);
  }

  delete(key: string): boolean {
    if (!this.map.delete(key)) return false;
    this.order.delete(key);
    return true;
  }

  keys(): string[] {
    return this.order.values();
  }

  values(): V[] {
    return this.order.values().map((k) => this.map.get(k)!);
  }

  entries(): Array<[string, V]> {
    return this.order.values().map((k) => [k, this.map.get(k)!]);
  }
}

/** Iteration order of a fresh HashMap<String, …> into which `keys` were put in the given order. */
export function hashMapOrder(keys: readonly string[]): string[] {
  return javaHashMapOrder([...keys]);
}
