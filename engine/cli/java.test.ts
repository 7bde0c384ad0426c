/**
 * The Java behaviour the tools' output depends on. Expected orders were printed by java.util.HashMap on JDK 17 for
 * keys with the hashCode of org.apache.kafka.common.TopicPartition and java.lang.String.
 */
import { describe, expect, it } from "vitest";
import { getDateTime, minusDurationMillis, parseDuration } from "./javaTime";
import { JavaThrowable, parseJavaInteger, stringHash, stringHashOrder, topicPartitionHash, tpHashOrder } from "./java";

const tps = (topic: string, n: number) => Array.from({ length: n }, (_, partition) => ({ topic, partition }));
const names = (xs: ReadonlyArray<{ topic: string; partition: number }>) => xs.map((t) => `${t.topic}-${t.partition}`);

describe("hash codes", () => {
  it("String#hashCode and TopicPartition#hashCode", () => {
    expect(stringHash("foo")).toBe(101574);
    expect(stringHash("my-group")).toBe(-1906497762);
    expect(topicPartitionHash("foo", 0)).toBe(31 * 31 + 101574);
  });
});

describe("HashMap iteration order", () => {
  it("of topic partitions collected with Collectors.toMap", () => {
    expect(names(tpHashOrder(tps("orders", 3)))).toEqual(["orders-0", "orders-1", "orders-2"]);
    expect(names(tpHashOrder(tps("orders", 10)))).toEqual(["orders-7", "orders-8", "orders-9", "orders-0", "orders-1", "orders-2", "orders-3", "orders-4", "orders-5", "orders-6"]);
    expect(names(tpHashOrder(tps("orders", 13)))).toEqual([
      "orders-7", "orders-8", "orders-9", "orders-10", "orders-11", "orders-12", "orders-0", "orders-1", "orders-2", "orders-3", "orders-4", "orders-5", "orders-6",
    ]);
    expect(names(tpHashOrder([...tps("orders", 3), ...tps("payments", 1)]))).toEqual(["payments-0", "orders-0", "orders-1", "orders-2"]);
  });

  it("after resizes, and for new HashSet<>(collection)", () => {
    const big = ["orders", "payments", "a", "bb"].flatMap((t) => tps(t, 7));
    const expected = [
      "payments-4", "a-1", "bb-0", "payments-6", "payments-0", "payments-2", "orders-1", "orders-3", "a-6", "bb-5", "orders-5", "a-4", "bb-3", "a-2",
      "bb-1", "payments-3", "a-0", "payments-5", "payments-1", "orders-0", "orders-2", "bb-6", "orders-4", "a-5", "bb-4", "orders-6", "a-3", "bb-2",
    ];
    expect(names(tpHashOrder(big))).toEqual(expected);
    expect(names(tpHashOrder(big, { kind: "collection", size: big.length }))).toEqual(expected);
  });

  it("of strings, with default, sized and copied maps", () => {
    const groups = ["my-group", "idle-group", "rebalancing-group", "analytics-service", "email-service", "g1", "g2", "a", "b"];
    const expected = ["a", "b", "my-group", "rebalancing-group", "email-service", "analytics-service", "g1", "g2", "idle-group"];
    expect(stringHashOrder(groups)).toEqual(expected);
    expect(stringHashOrder(groups, { kind: "capacity", capacity: groups.length })).toEqual(expected);
    expect(stringHashOrder(stringHashOrder(groups), { kind: "copy", size: groups.length })).toEqual(expected);
    expect(stringHashOrder(stringHashOrder(["my-group", "rebalancing-group", "idle-group"]), { kind: "capacity", capacity: 3 })).toEqual([
      "idle-group", "my-group", "rebalancing-group",
    ]);
    const topics = ["orders", "payments", "__consumer_offsets", "users", "clicks"];
    const described = stringHashOrder(stringHashOrder(stringHashOrder(topics, { kind: "capacity", capacity: 5 }), { kind: "copy", size: 5 }), { kind: "capacity", capacity: 5 });
    expect(described).toEqual(["clicks", "orders", "__consumer_offsets", "users", "payments"]);
  });
});

describe("Long.parseLong", () => {
  it("accepts a sign and digits in range only", () => {
    expect(parseJavaInteger("+42", 64)).toBe(42);
    expect(parseJavaInteger("-7", 64)).toBe(-7);
    expect(parseJavaInteger("9223372036854775808", 64)).toBeNull();
    expect(parseJavaInteger("2147483648", 32)).toBeNull();
    expect(parseJavaInteger("1e3", 64)).toBeNull();
    expect(parseJavaInteger(" 1", 64)).toBeNull();
    expect(parseJavaInteger("", 64)).toBeNull();
  });
});

describe("Utils.getDateTime", () => {
  const utc = (s: string) => Date.parse(s);
  it("reads the documented format as UTC when no zone is given", () => {
    expect(getDateTime("2024-01-01T00:00:00.000")).toBe(utc("2024-01-01T00:00:00.000Z"));
    expect(getDateTime("2024-03-05T10:20:30.456")).toBe(utc("2024-03-05T10:20:30.456Z"));
  });

  it("accepts Z, +hh:mm, -hh:mm and +hh", () => {
    expect(getDateTime("2024-01-01T10:00:00.000Z")).toBe(utc("2024-01-01T10:00:00.000Z"));
    expect(getDateTime("2024-01-01T10:00:00.000+02:00")).toBe(utc("2024-01-01T08:00:00.000Z"));
    expect(getDateTime("2024-01-01T10:00:00.000-05:30")).toBe(utc("2024-01-01T15:30:00.000Z"));
    expect(getDateTime("2024-01-01T10:00:00.000+02")).toBe(utc("2024-01-01T08:00:00.000Z"));
    expect(getDateTime("2024-01-01T10:00:00.000+0200")).toBe(utc("2024-01-01T08:00:00.000Z"));
  });

  it("rejects what the non-lenient SimpleDateFormat rejects", () => {
    const message = (s: string) => {
      try {
        getDateTime(s);
        return "parsed";
      } catch (e) {
        return (e as JavaThrowable).toString();
      }
    };
    expect(message("2024-01-01T00:00:00")).toBe('java.text.ParseException: Unparseable date: "2024-01-01T00:00:00Z"');
    expect(message("2024-02-30T00:00:00.000")).toBe('java.text.ParseException: Unparseable date: "2024-02-30T00:00:00.000Z"');
    expect(message("2024-01-01T24:00:00.000")).toBe('java.text.ParseException: Unparseable date: "2024-01-01T24:00:00.000Z"');
    expect(message("yesterday")).toBe("java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format");
    expect(message("2024-02-29T00:00:00.000")).toBe("parsed");
  });
});

describe("Duration.parse", () => {
  it("reads PnDTnHnMn.nS, signs and lower case", () => {
    expect(parseDuration("PT1H")).toBe(3_600_000_000_000n);
    expect(parseDuration("P1DT30M")).toBe((86_400n + 1_800n) * 1_000_000_000n);
    expect(parseDuration("pt0.5s")).toBe(500_000_000n);
    expect(parseDuration("-PT10S")).toBe(-10_000_000_000n);
    expect(parseDuration("PT-1.5S")).toBe(-1_500_000_000n);
  });

  it("rejects the rest", () => {
    for (const bad of ["PT", "P", "1h", "PT1.5M", "P1H", ""]) {
      expect(() => parseDuration(bad)).toThrow("Text cannot be parsed to a Duration");
    }
  });

  it("counts back from now, rounding down to the millisecond", () => {
    expect(minusDurationMillis(10_000, parseDuration("PT1S"))).toBe(9_000);
    expect(minusDurationMillis(10_000, parseDuration("PT0.0005S"))).toBe(9_999);
  });
});
