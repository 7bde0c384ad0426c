/**
 * Opening scenarios: a built-in one by name, or one from untrusted JSON (a file, an embedding page). On a problem
 * nothing changes and the message says why.
 */
import type { Scenario } from "../../engine/scenario";
import { loadUntrusted, setPlaying } from "../engine/engineClient";
import { setMeta } from "./scenarioStore";

export type OpenResult = { ok: true } | { ok: false; error: string };

const metaOf = (s: Scenario, name: string | null) => {
  const m = s as { title?: string; narrative?: string };
  return { name, title: m.title ?? null, narrative: m.narrative ?? null };
};

/** Opens a scenario object (validated by the engine). */
export async function openScenario(input: unknown, options: { name?: string | null; paused?: boolean } = {}): Promise<OpenResult> {
  const r = await loadUntrusted(input);
  if (!r.ok) return r;
  if (options.paused) await setPlaying(false);
  setMeta(metaOf(input as Scenario, options.name ?? null));
  return { ok: true };
}

/** Opens a built-in scenario (`large` included) by name. */
export async function openBuiltin(name: string, options: { paused?: boolean } = {}): Promise<OpenResult> {
  // The built-in scenarios (definitions and narratives) load on first use.
  const { namedScenario } = await import("../share/scenarioRef");
  const s = namedScenario(name);
  if (!s) return { ok: false, error: `There is no built-in scenario named “${name.slice(0, 80)}”.` };
  return openScenario(s, { name, paused: options.paused });
}

/** Opens a scenario file's text; a bad file leaves the current state as it is. */
export async function openScenarioText(text: string): Promise<OpenResult> {
  // The scenario schema (zod) loads only when a file is opened.
  const { parseScenarioText } = await import("../../engine/scenarios/schema");
  const p = parseScenarioText(text);
  if (!p.ok) return p;
  return openScenario(p.scenario, { name: null });
}

export { metaOf };
