/**
 * The shape of every command, checked with zod before anything runs, so bad input from a URL, a scenario file,
 * an embed message or a form field is answered with a readable message and changes nothing.
 */
import * as z from "zod/mini";
import type { Command } from "../types";

// No generated code: the page's Content-Security-Policy forbids eval, so zod must not even try its JIT.
z.config({ jitless: true });

const ASSIGNOR_NAMES = ["range", "roundrobin", "sticky", "cooperative-sticky"] as const;

export const int = (what: string, min: number, max: number) =>
  z.number({ error: `${what} must be a number` }).check(
    z.int({ error: `${what} must be a whole number` }),
    z.minimum(min, { error: `${what} must be at least ${min}` }),
    z.maximum(max, { error: `${what} must be at most ${max.toLocaleString("en-US")}` }),
  );
const nonNeg = (what: string, max = 1e12) => int(what, 0, max);
export const name = (what: string) =>
  z.string({ error: `${what} must be text` }).check(
    z.minLength(1, { error: `${what} must not be empty` }),
    z.maxLength(249, { error: `${what} must be at most 249 characters` }),
  );
export const text = (what: string) => z.string({ error: `${what} must be text` }).check(z.maxLength(10_000, { error: `${what} must be at most 10,000 characters` }));

const assignors = z.array(z.enum(ASSIGNOR_NAMES, { error: `assignor must be one of ${ASSIGNOR_NAMES.join(", ")}` })).check(
  z.minLength(1, { error: "partitionAssigners must name at least one assignor" }),
);

export const consumerConfigSchema = z.strictObject(
  {
    sessionTimeout: z.optional(int("sessionTimeout", 1, 1_800_000)),
    heartbeatInterval: z.optional(int("heartbeatInterval", 1, 1_800_000)),
    maxPollInterval: z.optional(int("maxPollInterval", 1, 2_147_483_647)),
    partitionAssigners: z.optional(assignors),
    maxPollRecords: z.optional(int("maxPollRecords", 1, 100_000)),
    processingTime: z.optional(nonNeg("processingTime", 3_600_000)),
    autoCommit: z.optional(z.boolean({ error: "autoCommit must be true or false" })),
    autoCommitInterval: z.optional(int("autoCommitInterval", 1, 86_400_000)),
    autoCommitThreshold: z.optional(z.nullable(int("autoCommitThreshold", 1, 1_000_000))),
    commitStrategy: z.optional(z.enum(["auto", "per-record", "batch", "before-processing"], { error: "commitStrategy must be auto, per-record, batch or before-processing" })),
    batchSize: z.optional(int("batchSize", 1, 1_000_000)),
    autoOffsetReset: z.optional(z.enum(["earliest", "latest", "none"], { error: "autoOffsetReset must be earliest, latest or none" })),
    fromBeginning: z.optional(z.boolean({ error: "fromBeginning must be true or false" })),
    asyncProcessing: z.optional(z.boolean({ error: "asyncProcessing must be true or false" })),
    idempotent: z.optional(z.boolean({ error: "idempotent must be true or false" })),
    metadataMaxAge: z.optional(int("metadataMaxAge", 1, 86_400_000)),
  },
  { error: (iss) => (iss.code === "unrecognized_keys" ? `unknown consumer setting ${iss.keys.map((k) => `'${k}'`).join(", ")}` : undefined) },
);

export const keyDistribution = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("none") }),
  z.strictObject({ kind: z.literal("distinct"), count: int("keys.count", 1, 100_000) }),
  z.strictObject({
    kind: z.literal("hot"),
    count: int("keys.count", 1, 100_000),
    hotKey: z.optional(text("keys.hotKey")),
    hotShare: z.optional(z.number().check(z.minimum(0, { error: "keys.hotShare must be between 0 and 1" }), z.maximum(1, { error: "keys.hotShare must be between 0 and 1" }))),
  }),
], { error: "keys must be {kind:'none'}, {kind:'distinct', count} or {kind:'hot', count, hotKey?, hotShare?}" });

const partitionList = z.array(int("partition", 0, 255));
const topics = z.array(name("topic")).check(z.maxLength(64, { error: "at most 64 topics" }));

const resetTarget = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("earliest") }),
  z.strictObject({ kind: z.literal("latest") }),
  z.strictObject({ kind: z.literal("current") }),
  z.strictObject({ kind: z.literal("offset"), offset: nonNeg("offset", Number.MAX_SAFE_INTEGER) }),
  z.strictObject({ kind: z.literal("shiftBy"), by: int("shift", -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) }),
  z.strictObject({ kind: z.literal("datetime"), timestamp: int("timestamp", -8.64e15, 8.64e15) }),
  z.strictObject({ kind: z.literal("duration"), ms: nonNeg("duration", 8.64e15) }),
], { error: "to must be one of earliest, latest, current, offset, shiftBy, datetime, duration" });

const consumerRef = { consumer: name("consumer") };

export const commandSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("createTopic"), topic: name("topic"), partitions: int("partitions", 1, 256), retentionMs: z.optional(z.nullable(int("retentionMs", 1, 8.64e15))), retentionRecords: z.optional(z.nullable(int("retentionRecords", 1, 1e12))), segmentRecords: z.optional(int("segmentRecords", 1, 1e9)) }),
    z.strictObject({ type: z.literal("addPartitions"), topic: name("topic"), partitions: int("partitions", 1, 256) }),
    z.strictObject({ type: z.literal("produce"), topic: name("topic"), key: z.optional(z.nullable(text("key"))), value: z.optional(z.nullable(text("value"))), partition: z.optional(int("partition", 0, 255)), count: z.optional(int("count", 1, 100_000)) }),
    z.strictObject({ type: z.literal("setProducerRate"), topic: name("topic"), perSecond: z.number({ error: "perSecond must be a number" }).check(z.minimum(0, { error: "perSecond must be at least 0" }), z.maximum(1_000_000, { error: "perSecond must be at most 1,000,000" })), keys: z.optional(keyDistribution), nullKeyPartitioner: z.optional(z.enum(["round-robin", "sticky"], { error: "nullKeyPartitioner must be round-robin or sticky" })) }),
    z.strictObject({ type: z.literal("setRetention"), topic: name("topic"), ms: z.optional(z.nullable(int("retention ms", 1, 8.64e15))), records: z.optional(z.nullable(int("retention records", 1, 1e12))) }),
    z.strictObject({ type: z.literal("addConsumer"), group: name("group"), topics, consumer: z.optional(name("consumer")), config: z.optional(consumerConfigSchema) }),
    z.strictObject({ type: z.literal("crashConsumer"), ...consumerRef }),
    z.strictObject({ type: z.literal("stopConsumer"), ...consumerRef }),
    z.strictObject({ type: z.literal("restartConsumer"), ...consumerRef }),
    z.strictObject({ type: z.literal("removeConsumer"), ...consumerRef }),
    z.strictObject({ type: z.literal("setProcessingTime"), ...consumerRef, ms: nonNeg("ms", 3_600_000) }),
    z.strictObject({ type: z.literal("configureConsumer"), ...consumerRef, config: consumerConfigSchema }),
    z.strictObject({ type: z.literal("moveConsumer"), ...consumerRef, group: name("group") }),
    z.strictObject({ type: z.literal("subscribe"), ...consumerRef, topics }),
    z.strictObject({ type: z.literal("unsubscribe"), ...consumerRef, topics: z.optional(topics) }),
    z.strictObject({ type: z.literal("setAssignor"), group: name("group"), assignors }),
    z.strictObject({ type: z.literal("resetOffsets"), group: name("group"), topic: z.optional(name("topic")), partitions: z.optional(partitionList), to: resetTarget, execute: z.optional(z.boolean()) }),
    z.strictObject({ type: z.literal("deleteGroup"), group: name("group") }),
    z.strictObject({ type: z.literal("deleteOffsets"), group: name("group"), topic: name("topic"), partitions: z.optional(partitionList) }),
    z.strictObject({ type: z.literal("runCli"), line: z.string().check(z.maxLength(100_000, { error: "line must be at most 100,000 characters" })), defaultBootstrapServer: z.optional(z.string().check(z.maxLength(1000))) }),
  ],
  { error: (iss) => (iss.code === "invalid_union" ? `unknown command type ${JSON.stringify((iss.input as { type?: unknown })?.type ?? null)}` : undefined) },
);

export const COMMAND_TYPES = [
  "createTopic", "addPartitions", "produce", "setProducerRate", "setRetention", "addConsumer", "crashConsumer",
  "stopConsumer", "restartConsumer", "removeConsumer", "setProcessingTime", "configureConsumer", "moveConsumer",
  "subscribe", "unsubscribe", "setAssignor", "resetOffsets", "deleteGroup", "deleteOffsets", "runCli",
] as const satisfies readonly Command["type"][];

/** Checks a command's shape; returns the typed command or a message a person can read. */
export function parseCommand(input: unknown): { ok: true; command: Command } | { ok: false; error: string } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, error: "A command must be an object with a 'type', e.g. {\"type\":\"produce\",\"topic\":\"orders\"}" };
  }
  const type = (input as { type?: unknown }).type;
  if (typeof type !== "string" || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    return { ok: false, error: `Unknown command type ${JSON.stringify(type ?? null)}; known types: ${COMMAND_TYPES.join(", ")}` };
  }
  const result = commandSchema.safeParse(input);
  if (result.success) return { ok: true, command: result.data as Command };
  return { ok: false, error: `${type}: ${describeIssue(input, result.error.issues[0])}` };
}

/** One zod issue as a sentence: "count must be at least 1", "topic is required", "unknown field 'x'". */
export function describeIssue(input: unknown, issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  const where = path.join(".");
  if (issue.code === "unrecognized_keys") {
    const keys = (issue as { keys: string[] }).keys.map((k) => `'${k}'`).join(", ");
    return where ? `unknown field ${keys} in ${where}` : `unknown field ${keys}`;
  }
  if (issue.code === "invalid_type" && valueAt(input, [...prefix, ...issue.path]) === undefined) return `${where || "a field"} is required`;
  return where && !issue.message.includes(String(path[path.length - 1])) ? `${where}: ${issue.message}` : issue.message;
}

/** Kafka's Topic.validate rules for a topic name (org.apache.kafka.common.internals.Topic). */
export function validateTopicName(topic: string): string | null {
  if (topic === "." || topic === "..") return 'Topic name cannot be "." or ".."';
  if (topic.length > 249) return `Topic name is illegal, it can't be longer than 249 characters, topic name: ${topic}`;
  if (!/^[a-zA-Z0-9._-]+$/.test(topic)) {
    return `Topic name "${topic}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return null;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
