/**
 * The scenario file format, version 1 (docs/SCENARIOS.md), checked with zod: a scenario from a file, a URL or
 * an embedding page is either valid or refused with a message that says where and why.
 */
import * as z from "zod/mini";
import { commandSchema, consumerConfigSchema, describeIssue, int, keyDistribution, name, text } from "../commands/schema";
import type { Scenario } from "../scenario";

export const SCENARIO_VERSION = 1;
/** A scenario larger than this (as JSON text) is refused before parsing. */
export const MAX_SCENARIO_CHARS = 1_000_000;

const topic = z.strictObject({
  name: name("topic name"),
  partitions: int("partitions", 1, 256),
  retentionMs: z.optional(z.nullable(int("retentionMs", 1, 8.64e15))),
  retentionRecords: z.optional(z.nullable(int("retentionRecords", 1, 1e12))),
  segmentRecords: z.optional(int("segmentRecords", 1, 1e9)),
});

const producer = z.strictObject({
  topic: name("producer topic"),
  perSecond: z.number().check(z.minimum(0, { error: "perSecond must be at least 0" }), z.maximum(1_000_000, { error: "perSecond must be at most 1,000,000" })),
  keys: z.optional(keyDistribution),
  nullKeyPartitioner: z.optional(z.enum(["round-robin", "sticky"], { error: "nullKeyPartitioner must be round-robin or sticky" })),
});

const consumer = z.strictObject({
  clientId: z.optional(name("clientId")),
  topics: z.optional(z.array(name("topic")).check(z.maxLength(64))),
  config: z.optional(consumerConfigSchema),
});

const group = z.strictObject({
  groupId: name("groupId"),
  topics: z.array(name("topic")).check(z.minLength(1, { error: "a group needs at least one topic" }), z.maxLength(64)),
  config: z.optional(consumerConfigSchema),
  consumers: z.array(consumer).check(z.maxLength(256, { error: "at most 256 consumers per group" })),
});

const broker = z.strictObject({
  retentionCheckIntervalMs: z.optional(int("retentionCheckIntervalMs", 100, 86_400_000)),
  initialRebalanceDelayMs: z.optional(int("initialRebalanceDelayMs", 0, 300_000)),
  offsetsRetentionMs: z.optional(int("offsetsRetentionMs", 1000, 8.64e15)),
  offsetsRetentionCheckIntervalMs: z.optional(int("offsetsRetentionCheckIntervalMs", 100, 86_400_000)),
  minSessionTimeoutMs: z.optional(int("minSessionTimeoutMs", 1, 1_800_000)),
  maxSessionTimeoutMs: z.optional(int("maxSessionTimeoutMs", 1, 86_400_000)),
});

const step = z.strictObject({ at: int("at", 0, 8.64e15), command: z.unknown() });

export const scenarioSchema = z.strictObject({
  version: z.literal(SCENARIO_VERSION),
  name: z.optional(name("name")),
  title: z.optional(text("title")),
  narrative: z.optional(text("narrative")),
  seed: z.optional(int("seed", 0, 4_294_967_295)),
  broker: z.optional(broker),
  topics: z.optional(z.array(topic).check(z.maxLength(64, { error: "at most 64 topics" }))),
  producers: z.optional(z.array(producer).check(z.maxLength(64))),
  groups: z.optional(z.array(group).check(z.maxLength(64, { error: "at most 64 groups" }))),
  script: z.optional(z.array(step).check(z.maxLength(10_000, { error: "at most 10,000 script steps" }))),
});

export type ParsedScenario = Scenario & { readonly name?: string; readonly title?: string; readonly narrative?: string };

/** Validates a scenario (already parsed from JSON); never throws. */
export function parseScenario(input: unknown): { ok: true; scenario: ParsedScenario } | { ok: false; error: string } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, error: "A scenario must be a JSON object with \"version\": 1" };
  const version = (input as { version?: unknown }).version;
  if (version === undefined) return { ok: false, error: 'This scenario has no "version"; add "version": 1' };
  if (version !== SCENARIO_VERSION) {
    return { ok: false, error: `This scenario is version ${JSON.stringify(version)}, but this playground reads version ${SCENARIO_VERSION} scenarios. It may come from a newer playground; please open it there, or rewrite it in the version ${SCENARIO_VERSION} format (docs/SCENARIOS.md).` };
  }
  const r = scenarioSchema.safeParse(input);
  if (!r.success) return { ok: false, error: `Scenario: ${describeIssue(input, r.error.issues[0])}` };
  const s = r.data;
  // Script steps are commands: each is checked like any command, with its position in the message.
  const script = [];
  for (let i = 0; i < (s.script ?? []).length; i++) {
    const c = commandSchema.safeParse(s.script![i].command);
    if (!c.success) return { ok: false, error: `Scenario: script[${i}].command: ${describeIssue(s.script![i].command, c.error.issues[0])}` };
    script.push({ at: s.script![i].at, command: c.data });
  }
  // Cross-references: producers and groups must name topics the scenario creates.
  const topics = new Set((s.topics ?? []).map((t) => t.name));
  if (topics.size !== (s.topics ?? []).length) return { ok: false, error: "Scenario: two topics have the same name" };
  for (const p of s.producers ?? []) if (!topics.has(p.topic)) return { ok: false, error: `Scenario: producer names topic '${p.topic}', which the scenario does not create` };
  const clientIds = new Set<string>();
  for (const g of s.groups ?? []) {
    for (const t of g.topics) if (!topics.has(t)) return { ok: false, error: `Scenario: group '${g.groupId}' subscribes to topic '${t}', which the scenario does not create` };
    for (const c of g.consumers) {
      for (const t of c.topics ?? []) if (!topics.has(t)) return { ok: false, error: `Scenario: consumer '${c.clientId ?? "?"}' subscribes to topic '${t}', which the scenario does not create` };
      if (c.clientId !== undefined) {
        if (clientIds.has(c.clientId)) return { ok: false, error: `Scenario: two consumers have the client id '${c.clientId}'` };
        clientIds.add(c.clientId);
      }
    }
  }
  return { ok: true, scenario: { ...s, script } as ParsedScenario };
}

/** Parses scenario JSON text (a file's content); never throws. */
export function parseScenarioText(textInput: string): { ok: true; scenario: ParsedScenario } | { ok: false; error: string } {
  if (textInput.length > MAX_SCENARIO_CHARS) return { ok: false, error: `This scenario is ${textInput.length.toLocaleString("en-US")} characters; the limit is ${MAX_SCENARIO_CHARS.toLocaleString("en-US")}` };
  let json: unknown;
  try {
    json = JSON.parse(textInput);
  } catch (e) {
    return { ok: false, error: `This is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseScenario(json);
}
