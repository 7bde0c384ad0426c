/**
 * Permalinks: the URL holds the scenario and the command log so far, and opening it replays to the same moment.
 *
 *   ?scenario=<built-in name>                      a built-in scenario from its start
 *   ?scenario=<name>&log=<payload>                 a built-in scenario, then the commands, up to a moment
 *   ?log=<payload>                                 the default scenario (or the custom one inside the payload)
 *   #log=<payload>                                 the same, for long payloads: a fragment never goes to the server,
 *                                                  and static hosts refuse URLs over a few KB
 *
 * The payload is JSON `{ v: 1, at, seed?, log: [[time, command], ...], scenario? }`, deflate-raw compressed
 * (the platform's CompressionStream) and base64url encoded. Decoding trusts nothing: the link's length and the
 * unpacked size are capped, the JSON's shape is checked here, and the scenario and every command are validated
 * again by the engine when it replays them (engine/share/restore.ts).
 */
import type { Scenario } from "../../engine/scenario";
import type { Command, Millis } from "../../engine/types";
import { fromBase64Url, toBase64Url } from "./base64url";
import { deflate, inflate } from "./compress";
import { namedScenario, scenarioRefOf } from "./scenarioRef";

export const PERMALINK_VERSION = 1;
/** Payloads longer than this go in the URL's fragment instead of its query. */
export const MAX_QUERY_LOG_CHARS = 4_000;
/** The longest `log` parameter read (characters). */
export const MAX_LINK_CHARS = 1_500_000;
/** The most bytes a payload may unpack to. */
export const MAX_DECODED_BYTES = 1_000_000;

/** What a link restores. `scenario` undefined means the app's default scenario. */
export interface LinkRequest {
  readonly scenario: Scenario | undefined;
  /** Where the scenario came from, for messages: a built-in name, "the link" or null (default). */
  readonly scenarioName: string | null;
  /** Present when the link holds a moment to replay to (else the scenario opens at its start). */
  readonly moment?: { readonly seed?: number; readonly log: readonly unknown[]; readonly at: Millis; readonly scenario?: unknown };
}

export type LinkResult = { ok: true; request: LinkRequest | null } | { ok: false; error: string };

/** The moment to share, as the engine reports it. */
export interface ShareableMoment {
  readonly scenario: Scenario | undefined;
  readonly seed: number;
  readonly log: readonly (readonly [Millis, Command])[];
  readonly at: Millis;
}

interface Payload {
  readonly v: 1;
  readonly at: number;
  readonly seed?: number;
  readonly log: readonly unknown[];
  readonly scenario?: unknown;
}

const PAYLOAD_KEYS = new Set(["v", "at", "seed", "log", "scenario"]);
const wholeIn = (x: unknown, min: number, max: number): x is number => typeof x === "number" && Number.isInteger(x) && x >= min && x <= max;

/** The payload's shape (its commands and scenario are checked by the engine when it replays them). */
function asPayload(x: unknown): Payload | null {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  if (Object.keys(o).some((k) => !PAYLOAD_KEYS.has(k))) return null;
  if (o.v !== PERMALINK_VERSION || !wholeIn(o.at, 0, Number.MAX_SAFE_INTEGER)) return null;
  if (o.seed !== undefined && !wholeIn(o.seed, 0, 4_294_967_295)) return null;
  if (!Array.isArray(o.log) || o.log.length > 10_000) return null;
  return o as unknown as Payload;
}

/** Builds the query string (without "?") of a permalink to `moment`. */
export async function encodePermalink(moment: ShareableMoment): Promise<string> {
  const ref = scenarioRefOf(moment.scenario);
  const q = new URLSearchParams();
  if (ref.kind === "builtin") q.set("scenario", ref.name);
  const defaultSeed = ref.kind === "custom" ? undefined : (moment.scenario?.seed ?? 1);
  if (ref.kind !== "custom" && moment.log.length === 0 && moment.at === 0 && moment.seed === defaultSeed) return q.toString();
  const payload = {
    v: PERMALINK_VERSION,
    at: moment.at,
    ...(moment.seed !== defaultSeed ? { seed: moment.seed } : {}),
    log: moment.log,
    ...(ref.kind === "custom" ? { scenario: ref.scenario } : {}),
  };
  q.set("log", toBase64Url(await deflate(JSON.stringify(payload))));
  return q.toString();
}

/** A full URL to `moment` on this page (drops the page's other parameters except view ones). */
export async function permalinkUrl(moment: ShareableMoment, page: string, keep: readonly string[] = []): Promise<string> {
  const url = new URL(page);
  const kept = new URLSearchParams();
  for (const k of keep) {
    const v = url.searchParams.get(k);
    if (v !== null) kept.set(k, v);
  }
  const q = new URLSearchParams(await encodePermalink(moment));
  const log = q.get("log");
  const long = log !== null && log.length > MAX_QUERY_LOG_CHARS;
  if (long) q.delete("log");
  const all = [q.toString(), kept.toString()].filter(Boolean).join("&");
  url.search = all ? `?${all}` : "";
  url.hash = long ? `log=${log}` : "";
  return url.toString();
}

/** Reads the scenario and moment a URL asks for (query, or `#log=` fragment); null when it asks for none. Never throws. */
export async function decodePermalink(search: string, hash = ""): Promise<LinkResult> {
  let q: URLSearchParams;
  let h: URLSearchParams;
  try {
    q = new URLSearchParams(search);
    h = new URLSearchParams(hash.replace(/^#/, ""));
  } catch {
    return { ok: false, error: "This link could not be read." };
  }
  const name = q.get("scenario");
  const log = q.get("log") ?? h.get("log");
  if (name === null && log === null) return { ok: true, request: null };
  let scenario: Scenario | undefined;
  if (name !== null) {
    scenario = namedScenario(name);
    if (!scenario) return { ok: false, error: `There is no built-in scenario named “${name.slice(0, 80)}”.` };
  }
  if (log === null) return { ok: true, request: { scenario, scenarioName: name } };
  if (log.length > MAX_LINK_CHARS) return { ok: false, error: `This link is too long (${log.length.toLocaleString("en-US")} characters; the most is ${MAX_LINK_CHARS.toLocaleString("en-US")}).` };
  const bytes = fromBase64Url(log);
  if (!bytes) return { ok: false, error: "This link is damaged: its log is not base64url text. Was it cut or changed when it was copied?" };
  const inflated = await inflate(bytes, MAX_DECODED_BYTES);
  if (!inflated.ok) {
    return {
      ok: false,
      error: inflated.reason === "too-large" ? "This link unpacks to more than 1 MB, the most a link may hold." : "This link is damaged: its log cannot be unpacked. Was it cut short when it was copied?",
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(inflated.text);
  } catch {
    return { ok: false, error: "This link is damaged: its log is not valid JSON." };
  }
  const p = asPayload(json);
  if (!p) return { ok: false, error: "This link is not a playground link of this version (its log has the wrong shape)." };
  const moment = { log: p.log, at: p.at, ...(p.seed !== undefined ? { seed: p.seed } : {}), ...(p.scenario !== undefined ? { scenario: p.scenario } : {}) };
  return { ok: true, request: { scenario: p.scenario !== undefined ? undefined : scenario, scenarioName: p.scenario !== undefined ? "the link" : name, moment } };
}
