import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { javaStringHashCode, keyBytes, murmur2, offsetsPartitionFor, partitionForKey, toPositive, utf8Encode } from "./partitioner";

interface Vector {
  key: string;
  keyEncoding?: "utf8" | "hex";
  algorithm: string;
  murmur2?: number;
  positiveMurmur2?: number;
  numPartitions?: number;
  partition?: number;
  source: string;
}

const vectors: Vector[] = JSON.parse(readFileSync(new URL("../test-data/kafka/partitioner-cases.json", import.meta.url), "utf8"));
const java = vectors.filter((v) => v.algorithm === "java-murmur2");

function bytesOf(v: Vector): Uint8Array {
  if (v.keyEncoding === "hex") return Uint8Array.from(v.key.match(/../g) ?? [], (h) => parseInt(h, 16));
  return keyBytes(v.key);
}

describe("murmur2 (Kafka Utils.murmur2)", () => {
  it("has Java-compatible vectors to check", () => {
    expect(java.length).toBeGreaterThanOrEqual(20);
  });
  it.each(java.map((v) => [JSON.stringify(v.key).slice(0, 40), v] as const))("%s", (_name, v) => {
    const bytes = bytesOf(v);
    if (v.murmur2 !== undefined) expect(murmur2(bytes)).toBe(v.murmur2);
    if (v.positiveMurmur2 !== undefined) expect(toPositive(murmur2(bytes))).toBe(v.positiveMurmur2);
    if (v.numPartitions !== undefined && v.partition !== undefined) expect(partitionForKey(bytes, v.numPartitions)).toBe(v.partition);
  });
});

describe("partitionForKey", () => {
  it("is toPositive(murmur2(utf8(key))) % n, not Math.abs", () => {
    for (const v of java) {
      if (v.murmur2 === undefined) continue;
      for (const n of [1, 3, 7, 17, 256]) expect(partitionForKey(bytesOf(v), n)).toBe((v.murmur2 & 0x7fffffff) % n);
    }
  });
  it("rejects a non-positive partition count", () => {
    expect(() => partitionForKey("a", 0)).toThrow(RangeError);
  });
  it("encodes UTF-8 like TextEncoder", () => {
    const enc = new TextEncoder();
    for (const s of ["", "abc", "é", "日本語", "😀", "a\ud800b", "\udc00"]) expect([...utf8Encode(s)]).toEqual([...enc.encode(s)]);
  });
});

describe("__consumer_offsets partition (Utils.abs(groupId.hashCode()) % 50)", () => {
  it("matches Java String.hashCode", () => {
    expect(javaStringHashCode("foo")).toBe(101574);
    expect(javaStringHashCode("my-group")).toBe(-1906497762);
    expect(javaStringHashCode("group1")).toBe(-1237460590);
  });
  it("places groups as Kafka does", () => {
    expect(offsetsPartitionFor("foo", 10)).toBe(101574 % 10);
    expect(offsetsPartitionFor("foo")).toBe(24);
    expect(offsetsPartitionFor("my-group")).toBe(12);
    expect(offsetsPartitionFor("test-group")).toBe(12);
    expect(offsetsPartitionFor("group1")).toBe(40);
  });
});
