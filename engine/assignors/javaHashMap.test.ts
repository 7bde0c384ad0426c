/**
 * java.util.HashMap iteration order and String.hashCode (java.base java/util/HashMap.java), as used by
 * Kafka's AbstractStickyAssignor (clients/src/main/java/org/apache/kafka/clients/consumer/internals/).
 * Expected orders below were printed by Java 17.
 */
import { describe, expect, it } from "vitest";
import { JavaHashSet, javaHashMapOrder, javaStringHashCode, tableSizeFor } from "./javaHashMap";
import { userDataPartitionOrder } from "./sticky";
import { tpHash } from "./topicPartition";

describe("javaStringHashCode", () => {
  it("matches String.hashCode", () => {
    expect(javaStringHashCode("")).toBe(0);
    expect(javaStringHashCode("foo")).toBe(101574);
    expect(javaStringHashCode("my-group")).toBe(-1906497762);
    expect(javaStringHashCode("Orders")).toBe(-1924903163);
    expect(javaStringHashCode("topic1")).toBe(-868034334);
    expect(javaStringHashCode("zeta")).toBe(3735256);
    // UTF-16 code units, not code points
    expect(javaStringHashCode("\u{1F600}")).toBe(1772899);
  });

  it("wraps to 32 bits", () => {
    expect(javaStringHashCode("consumer-39-ab46b347-a023-11ee-a623-b4bde969eae3")).toBe(-306460458);
  });
});

describe("javaHashMapOrder", () => {
  it("iterates consumer1..3 as consumer3, consumer2, consumer1", () => {
    expect(javaHashMapOrder(["consumer1", "consumer2", "consumer3"])).toEqual(["consumer3", "consumer2", "consumer1"]);
  });

  it("orders by bucket, then insertion order within a bucket", () => {
    // zeta and topic1 share bucket 0; Orders is in bucket 1
    expect(javaHashMapOrder(["Orders", "zeta", "topic1"])).toEqual(["zeta", "topic1", "Orders"]);
    expect(javaHashMapOrder(["topic1", "Orders", "zeta"])).toEqual(["topic1", "zeta", "Orders"]);
    // "Aa" and "BB" have the same hashCode
    expect(javaHashMapOrder(["BB", "Aa"])).toEqual(["BB", "Aa"]);
    expect(javaHashMapOrder(["Aa", "BB"])).toEqual(["Aa", "BB"]);
  });

  it("is idempotent and ignores repeated keys", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `consumer-${i}-x`);
    const once = javaHashMapOrder(ids);
    expect(javaHashMapOrder(once)).toEqual(once);
    expect(javaHashMapOrder([...ids, ...ids])).toEqual(once);
    expect([...once].sort()).toEqual([...ids].sort());
  });

  it("grows past 12 entries (capacity 32)", () => {
    const ids13 = Array.from({ length: 13 }, (_, i) => `c${i}`);
    expect(javaHashMapOrder(ids13)).toEqual(["c11", "c10", "c12", "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"]);
    const ids30 = Array.from({ length: 30 }, (_, i) => `consumer-${i}-x`);
    expect(javaHashMapOrder(ids30)).toEqual(
      [19, 8, 17, 9, 18, 6, 7, 4, 5, 2, 11, 3, 12, 0, 1, 10, 15, 16, 13, 14, 29, 28, 23, 22, 21, 20, 27, 26, 25, 24].map(
        (i) => `consumer-${i}-x`,
      ),
    );
  });

  it("tableSizeFor rounds up to a power of two", () => {
    expect([0, 1, 2, 3, 16, 17].map(tableSizeFor)).toEqual([1, 1, 2, 4, 16, 32]);
  });
});

describe("JavaHashSet", () => {
  it("computeIfAbsent links new keys at the head of their bucket", () => {
    const set = new JavaHashSet<string>((k) => k, javaStringHashCode);
    for (const k of ["Orders", "zeta", "topic1"]) set.computeIfAbsent(k);
    expect(set.values()).toEqual(["topic1", "zeta", "Orders"]);
  });

  it("first() follows removals", () => {
    const set = new JavaHashSet<[string, number]>((tp) => `${tp[1]}:${tp[0]}`, tpHash);
    for (let p = 0; p < 20; p++) set.add(["t", p]);
    const order = set.values();
    expect(set.first()).toEqual(order[0]);
    set.delete(order[0]);
    expect(set.first()).toEqual(order[1]);
    expect(set.size).toBe(19);
  });

  it("TopicPartition.hashCode is 31 * (31 + partition) + topic.hashCode()", () => {
    expect(tpHash(["foo", 0])).toBe(31 * 31 + 101574);
    expect(tpHash(["foo", 7])).toBe(31 * 38 + 101574);
  });
});

describe("StickyAssignor userData round trip", () => {
  it("groups owned partitions by topic in groupPartitionsByTopic's HashMap order", () => {
    const owned: Array<[string, number]> = [
      ["Orders", 2], ["zeta", 0], ["zeta", 1], ["Orders", 0], ["topic1", 0], ["topic1", 3],
    ];
    expect(userDataPartitionOrder(owned)).toEqual([
      ["topic1", 0], ["topic1", 3], ["zeta", 0], ["zeta", 1], ["Orders", 2], ["Orders", 0],
    ]);
  });
});
