/**
 * --list and --describe of tools/src/main/java/org/apache/kafka/tools/consumer/group/ConsumerGroupCommand.java
 * (ConsumerGroupService.listGroups, printGroupInfo, describeGroups, collectGroupsOffsets, printOffsets,
 * collectGroupsMembers, printMembers, collectGroupsState, printStates, shouldPrintMemberState), except that the
 * --members --verbose ASSIGNMENT column is written as core/src/main/scala/kafka/admin/ConsumerGroupCommand.scala
 * (Kafka 3.7) wrote it: "topic1(0,1), topic2(0)".
 */
import { Admin, type GroupDescription } from "./admin";
import type { ToolContext } from "./commandLineUtils";
import { compareJavaStrings, JavaThrowable, javaSplit, newTpMap, padRight, parseJavaInteger, stringHashOrder, tpHashOrder, tpId, type TP } from "./java";
import type { OptionSet } from "./jopt";

export const MISSING_COLUMN_VALUE = "-";

const VALID_STATES = ["PreparingRebalance", "CompletingRebalance", "Stable", "Dead", "Empty", "Assigning", "Reconciling"];
const VALID_TYPES = ["Consumer", "Classic", "Share"];

/** ConsumerGroupCommand.printError: "\nError: " + msg on stdout (and the stack trace on stderr). */
export function printError(ctx: ToolContext, msg: string, e: JavaThrowable | null = null): void {
  ctx.con.println(`\nError: ${msg}`);
  if (e !== null) ctx.con.errPrint(e.stackTrace());
}

function illegalArgument(msg: string): JavaThrowable {
  return new JavaThrowable("java.lang.IllegalArgumentException", msg);
}

/** consumerGroupStatesFromString: lower-cased names for the ListGroups filter. */
function statesFromString(input: string): Set<string> {
  const parsed = input.split(",").map((s) => s.trim().toLowerCase());
  if (parsed.some((s) => !VALID_STATES.some((v) => v.toLowerCase() === s))) {
    throw illegalArgument(`Invalid state list '${input}'. Valid states are: ${VALID_STATES.join(", ")}`);
  }
  return new Set(parsed);
}

function typesFromString(input: string): Set<string> {
  const parsed = input.toLowerCase().split(",").map((s) => s.trim());
  if (parsed.some((s) => !VALID_TYPES.some((v) => v.toLowerCase() === s))) {
    throw illegalArgument(`Invalid types list '${input}'. Valid types are: ${VALID_TYPES.join(", ")}`);
  }
  return new Set(parsed);
}

export function listGroups(ctx: ToolContext, admin: Admin, o: OptionSet): void {
  const includeType = o.has("type");
  const includeState = o.has("state");
  if (!includeType && !includeState) {
    for (const g of admin.listConsumerGroups()) ctx.con.println(g.groupId);
    return;
  }
  const typeValue = o.stringValueOf("type");
  const types = typeValue === null || typeValue === "" ? new Set<string>() : typesFromString(typeValue);
  const stateValue = o.stringValueOf("state");
  const states = stateValue === null || stateValue === "" ? new Set<string>() : statesFromString(stateValue);
  const groups = admin.listConsumerGroups(states, types);
  const width = Math.max(15, ...groups.map((g) => g.groupId.length)) + 10;
  const row = (cells: string[]): void => {
    let line = padRight(cells[0]!, width);
    for (const c of cells.slice(1)) line += ` ${padRight(c, 20)}`;
    ctx.con.println(line);
  };
  const header = ["GROUP"];
  if (includeType) header.push("TYPE");
  if (includeState) header.push("STATE");
  row(header);
  for (const g of groups) {
    const cells = [g.groupId];
    if (includeType) cells.push(g.type);
    if (includeState) cells.push(g.state);
    row(cells);
  }
}

/** shouldPrintMemberState. */
function shouldPrintMemberState(ctx: ToolContext, group: string, state: string, numRows: number): boolean {
  switch (state) {
    case "Dead":
      printError(ctx, `Consumer group '${group}' does not exist.`);
      break;
    case "Empty":
      ctx.con.errPrintln(`\nConsumer group '${group}' has no active members.`);
      break;
    case "PreparingRebalance":
    case "CompletingRebalance":
    case "Assigning":
    case "Reconciling":
      ctx.con.errPrintln(`\nWarning: Consumer group '${group}' is rebalancing.`);
      break;
    default:
      break;
  }
  return state !== "Dead" && numRows > 0;
}

interface OffsetRow {
  readonly group: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number | null;
  readonly logEndOffset: number | null;
  readonly lag: number | null;
  readonly consumerId: string;
  readonly host: string;
  readonly clientId: string;
}

const show = (v: number | null): string => (v === null ? MISSING_COLUMN_VALUE : String(v));

/** describePartitions: one row per partition, in the order of getLogEndOffsets' HashMap. */
function describePartitions(admin: Admin, group: string, sorted: TP[], committed: ReturnType<Admin["committedOffsets"]>, who: [string, string, string]): OffsetRow[] {
  return admin.listOffsets(sorted, { kind: "latest" }).entries().map(([tp, end]) => {
    const offset = committed.get(tp) ?? null;
    const lag = offset !== null && offset !== -1 && end !== null ? end - offset : null;
    return { group, topic: tp.topic, partition: tp.partition, offset, logEndOffset: end, lag, consumerId: who[0], host: who[1], clientId: who[2] };
  });
}

const byPartition = (a: TP, b: TP): number => a.partition - b.partition;

function collectGroupOffsets(admin: Admin, d: GroupDescription): OffsetRow[] {
  const committed = admin.committedOffsets(d.groupId);
  const assigned = new Set<string>();
  const rows: OffsetRow[] = [];
  const members = d.members.filter((m) => m.assignment.length > 0);
  const sortedMembers = [...members].sort((a, b) => b.assignment.length - a.assignment.length);
  for (const m of sortedMembers) {
    const tps = m.assignment.map(([topic, partition]) => ({ topic, partition }));
    const set = tpHashOrder(tps, { kind: "collection", size: tps.length });
    for (const tp of set) assigned.add(tpId(tp));
    rows.push(...describePartitions(admin, d.groupId, [...set].sort(byPartition), committed, [m.memberId, m.host, m.clientId]));
  }
  const unassigned = newTpMap<number>();
  for (const [tp, off] of committed.entries()) if (!assigned.has(tpId(tp))) unassigned.put(tp, off);
  if (unassigned.size > 0) {
    const dash = MISSING_COLUMN_VALUE;
    rows.push(...describePartitions(admin, d.groupId, unassigned.keys().sort(byPartition), committed, [dash, dash, dash]));
  }
  return rows;
}

function printOffsets(ctx: ToolContext, d: GroupDescription, rows: OffsetRow[]): void {
  if (!shouldPrintMemberState(ctx, d.groupId, d.state, rows.length)) return;
  let g = 15;
  let t = 15;
  let c = 15;
  let h = 15;
  for (const r of rows) {
    g = Math.max(g, r.group.length);
    t = Math.max(t, r.topic.length);
    c = Math.max(c, r.consumerId.length);
    h = Math.max(h, r.host.length);
  }
  const line = (v: string[]): string =>
    `\n${padRight(v[0]!, g)} ${padRight(v[1]!, t)} ${padRight(v[2]!, 10)} ${padRight(v[3]!, 15)} ${padRight(v[4]!, 15)} ${padRight(v[5]!, 15)} ${padRight(v[6]!, c)} ${padRight(v[7]!, h)} ${v[8]}`;
  ctx.con.print(line(["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"]));
  for (const r of rows) {
    ctx.con.print(line([r.group, r.topic, String(r.partition), show(r.offset), show(r.logEndOffset), show(r.lag), r.consumerId, r.host, r.clientId]));
  }
  ctx.con.println();
}

/** The Kafka 3.7 (Scala) form of a member's assignment: "topic1(0,1), topic2(0)". */
export function scalaAssignment(assignment: ReadonlyArray<readonly [string, number]>): string {
  if (assignment.length === 0) return MISSING_COLUMN_VALUE;
  const byTopic = new Map<string, number[]>();
  for (const [topic, p] of assignment) byTopic.set(topic, [...(byTopic.get(topic) ?? []), p]);
  return [...byTopic.entries()]
    .map(([topic, ps]) => `${topic}(${[...ps].sort((a, b) => a - b).join(",")})`)
    .sort(compareJavaStrings)
    .join(", ");
}

function printMembers(ctx: ToolContext, d: GroupDescription, verbose: boolean): void {
  let g = 15;
  let c = 15;
  let gi = 17;
  let h = 15;
  let cl = 15;
  let includeInstanceId = false;
  if (shouldPrintMemberState(ctx, d.groupId, d.state, d.members.length)) {
    for (const m of d.members) {
      const instanceId = m.groupInstanceId ?? "";
      g = Math.max(g, d.groupId.length);
      c = Math.max(c, m.memberId.length);
      gi = Math.max(gi, instanceId.length);
      h = Math.max(h, m.host.length);
      cl = Math.max(cl, m.clientId.length);
      includeInstanceId = includeInstanceId || instanceId !== "";
    }
  }
  const fmt = (v: Array<string | number>): string =>
    includeInstanceId
      ? `${padRight(v[0]!, g)} ${padRight(v[1]!, c)} ${padRight(v[2]!, gi)} ${padRight(v[3]!, h)} ${padRight(v[4]!, cl)} ${padRight(v[5]!, 15)} `
      : `${padRight(v[0]!, g)} ${padRight(v[1]!, c)} ${padRight(v[2]!, h)} ${padRight(v[3]!, cl)} ${padRight(v[4]!, 15)} `;
  const header = includeInstanceId
    ? ["GROUP", "CONSUMER-ID", "GROUP-INSTANCE-ID", "HOST", "CLIENT-ID", "#PARTITIONS"]
    : ["GROUP", "CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS"];
  ctx.con.print(`\n${fmt(header)}`);
  if (verbose) ctx.con.print("ASSIGNMENT");
  ctx.con.println();
  for (const m of d.members) {
    const n = m.assignment.length;
    const cells = includeInstanceId
      ? [d.groupId, m.memberId, m.groupInstanceId ?? "", m.host, m.clientId, n]
      : [d.groupId, m.memberId, m.host, m.clientId, n];
    ctx.con.print(fmt(cells));
    if (verbose) ctx.con.print(scalaAssignment(m.assignment));
    ctx.con.println();
  }
}

function printState(ctx: ToolContext, d: GroupDescription): void {
  if (!shouldPrintMemberState(ctx, d.groupId, d.state, 1)) return;
  const coordinator = `${d.coordinator.host}:${d.coordinator.port}  (${d.coordinator.id})`;
  const w = Math.max(25, coordinator.length);
  const line = (v: Array<string | number>): string =>
    `\n${padRight(v[0]!, w)} ${padRight(v[1]!, 25)} ${padRight(v[2]!, 20)} ${padRight(v[3]!, 15)} ${v[4]}`;
  ctx.con.print(line(["GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS"]));
  ctx.con.print(line([d.groupId, coordinator, d.partitionAssignor, d.state, d.members.length]));
  ctx.con.println();
}

/** describeGroups: every group of the TreeMap, in group-id order. */
export function describeGroups(ctx: ToolContext, admin: Admin, o: OptionSet): void {
  const groupIds = o.has("all-groups") ? admin.listConsumerGroups().map((g) => g.groupId) : o.rawValuesOf("group");
  const distinct = [...new Set(groupIds)].sort(compareJavaStrings);
  const descriptions = distinct.map((g) => admin.describeConsumerGroup(g));
  const members = o.has("members");
  const state = o.has("state");
  if (o.has("offsets") || (!members && !state)) {
    // collectGroupsOffsets walks the described groups in HashMap order, then prints them from a TreeMap.
    const rows = new Map<string, OffsetRow[]>();
    const hashOrder = stringHashOrder(admin.describedGroupsOrder(distinct));
    for (const g of hashOrder) rows.set(g, collectGroupOffsets(admin, descriptions.find((d) => d.groupId === g)!));
    for (const d of descriptions) printOffsets(ctx, d, rows.get(d.groupId)!);
  } else if (members) {
    for (const d of descriptions) printMembers(ctx, d, o.has("verbose"));
  } else {
    for (const d of descriptions) printState(ctx, d);
  }
}

/** parseTopicsWithPartitions: "topic:0,1,2". */
export function parseTopicsWithPartitions(topicArg: string): TP[] {
  const arr = javaSplit(topicArg, ":");
  if (arr.length !== 2) throw illegalArgument(`Invalid topic arg '${topicArg}', expected topic name and partitions`);
  const [topic, partitions] = arr as [string, string];
  return javaSplit(partitions, ",").map((p) => {
    const partition = parseJavaInteger(p, 32);
    if (partition === null) throw illegalArgument(`Invalid partition '${p}' specified in topic arg '${topicArg}''`);
    return { topic, partition };
  });
}
