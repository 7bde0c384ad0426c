/**
 * --reset-offsets of tools/src/main/java/org/apache/kafka/tools/consumer/group/ConsumerGroupCommand.java:
 * resetOffsets, getPartitionsToReset, parseTopicPartitionsToReset, prepareOffsetsToReset, checkOffsetsRange,
 * getLogTimestampOffsets, printOffsetsToReset and exportOffsetsToCsv (CsvUtils.java through Jackson's CsvMapper).
 */
import { Admin, type OffsetSpec } from "./admin";
import { logLine, printUsageAndExit, type ToolContext } from "./commandLineUtils";
import { parseTopicsWithPartitions, printError } from "./consumerGroupDescribe";
import { RESET_SCENARIOS } from "./consumerGroupOptions";
import { JavaHashMap, JavaThrowable, newStringMap, newTpMap, padRight, tpHashOrder, tpId, type TP } from "./java";
import { getDateTime, minusDurationMillis, parseDuration } from "./javaTime";
import type { OptionSet } from "./jopt";
import { apiExceptionFor, executionException } from "./kafkaErrors";

type Offsets = JavaHashMap<TP, number>;

const LOGGER = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";
const tpString = (tp: TP): string => `${tp.topic}-${tp.partition}`;

function runtimeException(cause: JavaThrowable): JavaThrowable {
  return JavaThrowable.wrapping("java.lang.RuntimeException", cause);
}

/** A call whose ExecutionException (or InterruptedException) Kafka rethrows as `new RuntimeException(e)`. */
function rethrowingExecution<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof JavaThrowable && e.className === "java.util.concurrent.ExecutionException") throw runtimeException(e);
    throw e;
  }
}

/** Collectors.toMap over a stream of partitions. */
function toMap(tps: readonly TP[], value: (tp: TP) => number): Offsets {
  const m = newTpMap<number>();
  for (const tp of tps) m.put(tp, value(tp));
  return m;
}

function getLogOffsets(admin: Admin, tps: readonly TP[], spec: OffsetSpec): JavaHashMap<TP, number | null> {
  return admin.listOffsets(tps, spec);
}

function dedupe(tps: readonly TP[]): TP[] {
  const seen = new Set<string>();
  return tps.filter((tp) => (seen.has(tpId(tp)) ? false : (seen.add(tpId(tp)), true)));
}

function getPartitionsToReset(ctx: ToolContext, admin: Admin, o: OptionSet, groupId: string): TP[] {
  if (o.has("all-topics")) return admin.committedOffsets(groupId).keys();
  if (o.has("topic")) {
    const args = o.rawValuesOf("topic");
    const specified = args.filter((a) => a.includes(":")).flatMap(parseTopicsWithPartitions);
    const topics = args.filter((a) => !a.includes(":"));
    const unspecified: TP[] = [];
    if (topics.length > 0) {
      const missing = topics.find((t) => admin.backend.topic(t) === null);
      if (missing !== undefined) throw executionException(apiExceptionFor("This server does not host this topic-partition."));
      for (const name of admin.describeTopicsOrder(topics)) {
        for (const p of admin.backend.topic(name)!.partitions) unspecified.push({ topic: name, partition: p.partition });
      }
    }
    return dedupe([...specified, ...unspecified]);
  }
  if (!o.has("from-file")) printUsageAndExit(ctx, "One of the reset scopes should be defined: --all-topics, --topic.");
  return [];
}

function checkOffsetsRange(ctx: ToolContext, admin: Admin, requested: Offsets): Offsets {
  const keys = requested.keys();
  const starts = getLogOffsets(admin, keys, { kind: "earliest" });
  const ends = getLogOffsets(admin, keys, { kind: "latest" });
  const res = newTpMap<number>();
  for (const [tp, offset] of requested.entries()) {
    const end = ends.get(tp) ?? null;
    const start = starts.get(tp) ?? null;
    if (end !== null && offset > end) {
      logLine(ctx, "WARN", `New offset (${offset}) is higher than latest offset for topic partition ${tpString(tp)}. Value will be set to ${end}`, LOGGER);
      res.put(tp, end);
    } else if (start !== null && offset < start) {
      logLine(ctx, "WARN", `New offset (${offset}) is lower than earliest offset for topic partition ${tpString(tp)}. Value will be set to ${start}`, LOGGER);
      res.put(tp, start);
    } else res.put(tp, offset);
  }
  return toMap(res.keys(), (tp) => res.get(tp)!);
}

/** getLogTimestampOffsets: partitions without such an offset fall back to the log end, with a "Warn" line. */
function getLogTimestampOffsets(ctx: ToolContext, admin: Admin, tps: readonly TP[], wallClockMs: number): JavaHashMap<TP, number | null> {
  const found = getLogOffsets(admin, tps, { kind: "timestamp", wallClockMs });
  // ListOffsetsResult#all copies the futures (a HashMap) into a HashMap sized for them.
  const all = tpHashOrder(tpHashOrder(tps), { kind: "capacity", capacity: tps.length });
  const successful = newTpMap<number | null>();
  const unsuccessful = newTpMap<true>();
  for (const tp of all) {
    const v = found.get(tp) ?? -1;
    if (v !== -1) successful.put(tp, v);
    else unsuccessful.put(tp, true);
  }
  for (const tp of unsuccessful.keys()) {
    ctx.con.println(`\nWarn: Partition ${tp.partition} from topic ${tp.topic} is empty. Falling back to latest known offset.`);
  }
  const result = newTpMap<number | null>();
  for (const [tp, v] of successful.entries()) result.put(tp, v);
  for (const [tp, v] of getLogOffsets(admin, unsuccessful.keys(), { kind: "latest" }).entries()) result.put(tp, v);
  return result;
}

function fromLogOffsets(ctx: ToolContext, tps: readonly TP[], offsets: JavaHashMap<TP, number | null>, what: string): Offsets {
  return toMap(tps, (tp) => {
    const v = offsets.get(tp) ?? null;
    if (v === null) printUsageAndExit(ctx, `Error getting ${what} of topic partition: ${tpString(tp)}`);
    return v;
  });
}

function prepareOffsetsToReset(ctx: ToolContext, admin: Admin, o: OptionSet, groupId: string, tps: readonly TP[]): Offsets {
  if (o.has("to-offset")) {
    const offset = o.numberValueOf("to-offset")!;
    return checkOffsetsRange(ctx, admin, toMap(tps, () => offset));
  }
  if (o.has("to-earliest")) return fromLogOffsets(ctx, tps, getLogOffsets(admin, tps, { kind: "earliest" }), "starting offset");
  if (o.has("to-latest")) return fromLogOffsets(ctx, tps, getLogOffsets(admin, tps, { kind: "latest" }), "ending offset");
  if (o.has("shift-by")) {
    const committed = admin.committedOffsets(groupId);
    const requested = toMap(tps, (tp) => {
      const shiftBy = o.numberValueOf("shift-by")!;
      const current = committed.get(tp);
      if (current === undefined) {
        throw new JavaThrowable(
          "java.lang.IllegalArgumentException",
          `Cannot shift offset for partition ${tpString(tp)} since there is no current committed offset`,
        );
      }
      return current + shiftBy;
    });
    return checkOffsetsRange(ctx, admin, requested);
  }
  if (o.has("to-datetime")) {
    let timestamp: number;
    try {
      timestamp = getDateTime(o.stringValueOf("to-datetime")!);
    } catch (e) {
      if (e instanceof JavaThrowable && e.className === "java.text.ParseException") throw runtimeException(e);
      throw e;
    }
    return fromLogOffsets(ctx, tps, getLogTimestampOffsets(ctx, admin, tps, timestamp), "offset by timestamp");
  }
  if (o.has("by-duration")) {
    const duration = parseDuration(o.stringValueOf("by-duration")!);
    const timestamp = minusDurationMillis(admin.ctx.wallClockMs, duration);
    return fromLogOffsets(ctx, tps, getLogTimestampOffsets(ctx, admin, tps, timestamp), "offset by timestamp");
  }
  if (o.has("from-file")) {
    // Utils.readFileAsString: the simulated machine has no such file.
    const missing = new JavaThrowable("java.nio.file.NoSuchFileException", o.stringValueOf("from-file"));
    throw runtimeException(missing);
  }
  if (o.has("to-current")) {
    const committed = admin.committedOffsets(groupId);
    const withCommitted = tps.filter((tp) => committed.has(tp));
    const without = tps.filter((tp) => !committed.has(tp));
    const prepared = toMap(withCommitted, (tp) => committed.get(tp)!);
    const ends = getLogOffsets(admin, without, { kind: "latest" });
    const rest = fromLogOffsets(ctx, ends.keys(), ends, "ending offset");
    for (const [tp, v] of rest.entries()) prepared.put(tp, v);
    return prepared;
  }
  const scenarios = `[${RESET_SCENARIOS.map((s) => `[${s}]`).join(", ")}]`;
  return printUsageAndExit(ctx, `Option '[reset-offsets]' requires one of the following scenarios: ${scenarios}`);
}

export function resetOffsets(ctx: ToolContext, admin: Admin, o: OptionSet): JavaHashMap<string, Offsets> {
  const groupIds = o.has("all-groups") ? admin.listConsumerGroups().map((g) => g.groupId) : o.rawValuesOf("group");
  const result = newStringMap<Offsets>();
  for (const groupId of admin.describedGroupsOrder(groupIds)) {
    const state = admin.describeConsumerGroup(groupId).state;
    if (state === "Empty" || state === "Dead") {
      const tps = rethrowingExecution(() => getPartitionsToReset(ctx, admin, o, groupId));
      const prepared = prepareOffsetsToReset(ctx, admin, o, groupId, tps);
      const dryRun = o.has("dry-run") || !o.has("execute");
      if (!dryRun) {
        const offsets = prepared.entries().map(([tp, offset]) => ({ topic: tp.topic, partition: tp.partition, offset }));
        const r = admin.backend.alterOffsets(groupId, offsets);
        if (!r.ok) throw runtimeException(executionException(apiExceptionFor(r.error)));
      }
      result.put(groupId, prepared);
    } else {
      printError(ctx, `Assignments can only be reset if the group '${groupId}' is inactive, but the current state is ${state}.`);
      result.put(groupId, newTpMap<number>());
    }
  }
  return result;
}

export function printOffsetsToReset(ctx: ToolContext, result: JavaHashMap<string, Offsets>): void {
  const line = (g: string, t: string, p: string | number, off: string | number): string =>
    `\n${padRight(g, 30)} ${padRight(t, 30)} ${padRight(p, 10)} ${padRight(off, 15)}`;
  if (result.size > 0) ctx.con.print(line("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"));
  for (const [groupId, assignment] of result.entries()) {
    for (const [tp, offset] of assignment.entries()) ctx.con.print(line(groupId, tp.topic, tp.partition, offset));
  }
  ctx.con.println();
}

/** Jackson CsvEncoder: a value with a character below '-' (after ',', '"' and '\n') is quoted, quotes doubled. */
function csvValue(v: string): string {
  return [...v].some((c) => c.charCodeAt(0) < 45) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function exportOffsetsToCsv(o: OptionSet, result: JavaHashMap<string, Offsets>): string {
  const singleGroup = o.rawValuesOf("group").length === 1;
  let out = "";
  for (const [groupId, assignment] of result.entries()) {
    for (const [tp, offset] of assignment.entries()) {
      const fields = singleGroup ? [csvValue(tp.topic), tp.partition, offset] : [csvValue(groupId), csvValue(tp.topic), tp.partition, offset];
      out += `${fields.join(",")}\n`;
    }
  }
  return out;
}
