/**
 * The embed API's messages (docs/EMBEDDING.md). A host page posts requests to the playground's iframe; the
 * playground posts back results and events. Every request is validated here with zod: a wrong one gets an
 * `error` reply, never an exception. Engine commands are passed on as they are: the engine validates them.
 */
import * as z from "zod/mini";

z.config({ jitless: true });

export { EMBED_API_VERSION, ENGINE_COMMANDS, EVENT_KINDS, MAX_MESSAGE_CHARS, SOURCE, type EventKind } from "./constants";
import { ENGINE_COMMANDS, EVENT_KINDS, MAX_MESSAGE_CHARS } from "./constants";

const id = z.optional(z.union([z.string().check(z.maxLength(100)), z.number()]));

const controlSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("play"), id }),
  z.strictObject({ type: z.literal("pause"), id }),
  z.strictObject({ type: z.literal("step"), id }),
  z.strictObject({ type: z.literal("seek"), id, t: z.number().check(z.minimum(0), z.maximum(86_400_000)) }),
  z.strictObject({ type: z.literal("setSpeed"), id, speed: z.number().check(z.minimum(0.1), z.maximum(1000)) }),
  z.strictObject({ type: z.literal("loadScenario"), id, name: z.optional(z.string().check(z.maxLength(64))), scenario: z.optional(z.unknown()) }),
  z.strictObject({ type: z.literal("cli"), id, line: z.string().check(z.maxLength(10_000)) }),
  z.strictObject({
    type: z.literal("subscribeEvents"),
    id,
    kinds: z.optional(z.array(z.enum(EVENT_KINDS)).check(z.maxLength(EVENT_KINDS.length))),
    events: z.optional(z.nullable(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100)))),
  }),
  z.strictObject({ type: z.literal("getState"), id }),
]);

export type ControlRequest = z.infer<typeof controlSchema>;
export type RequestId = string | number | undefined;
export type HostRequest = ControlRequest | { readonly type: "command"; readonly id: RequestId; readonly command: unknown };

export type ParsedRequest = { ok: true; request: HostRequest } | { ok: false; id: RequestId; error: string };

const CONTROL_TYPES = new Set(["play", "pause", "step", "seek", "setSpeed", "loadScenario", "cli", "subscribeEvents", "getState"]);

function idOf(data: object): RequestId {
  const v = (data as { id?: unknown }).id;
  return (typeof v === "string" && v.length <= 100) || (typeof v === "number" && Number.isFinite(v)) ? v : undefined;
}

function sizeOf(data: unknown): number | null {
  try {
    return JSON.stringify(data)?.length ?? 0;
  } catch {
    return null; // cycles, BigInt: not JSON
  }
}

/** Validates a message from the host page. Never throws. */
export function parseRequest(data: unknown): ParsedRequest {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, id: undefined, error: 'A request must be an object with a "type", e.g. {"type":"play"}.' };
  const requestId = idOf(data);
  const size = sizeOf(data);
  if (size === null) return { ok: false, id: requestId, error: "A request must be plain JSON data." };
  if (size > MAX_MESSAGE_CHARS) return { ok: false, id: requestId, error: `This request is ${size.toLocaleString("en-US")} characters as JSON; the limit is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")}.` };
  const type = (data as { type?: unknown }).type;
  if (typeof type !== "string") return { ok: false, id: requestId, error: 'A request needs a "type".' };
  if ((ENGINE_COMMANDS as readonly string[]).includes(type)) {
    const { id: _omit, ...command } = data as Record<string, unknown>;
    return { ok: true, request: { type: "command", id: requestId, command } };
  }
  if (!CONTROL_TYPES.has(type)) {
    return { ok: false, id: requestId, error: `Unknown request type ${JSON.stringify(type.slice(0, 64))}; known: ${[...CONTROL_TYPES, ...ENGINE_COMMANDS].join(", ")}.` };
  }
  const r = controlSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path?.filter((p) => typeof p !== "symbol").join(".");
    const what = issue?.code === "unrecognized_keys" ? `unknown field ${(issue as { keys: string[] }).keys.map((k) => `'${k.slice(0, 64)}'`).join(", ")}` : `${where ? `${where}: ` : ""}${issue?.message ?? "invalid"}`;
    return { ok: false, id: requestId, error: `${type}: ${what}` };
  }
  if (r.data.type === "loadScenario" && (r.data.name === undefined) === (r.data.scenario === undefined)) {
    return { ok: false, id: requestId, error: 'loadScenario: give either "name" (a built-in scenario) or "scenario" (a scenario object).' };
  }
  return { ok: true, request: r.data };
}

export { parseOrigins } from "./origins";
