/**
 * What the page opens with, read from its URL: a permalink (scenario + commands + moment), a built-in scenario,
 * or the default scenario. A link that cannot be read gives a message and the default scenario.
 */
import type { Scenario } from "../../engine/scenario";
import type { SharedMoment } from "../../engine/share/restore";
import { DEFAULT_SCENARIO } from "../defaultScenario";

export interface Startup {
  readonly scenario: Scenario;
  readonly name: string | null;
  /** Replay to this moment (the scenario inside it is the one to validate). */
  readonly moment?: SharedMoment;
  /** Why the URL could not be followed (the default scenario opens instead). */
  readonly error?: string;
}

/** Whether a URL names a scenario or a moment at all (only then does the link codec load). */
export function asksForScenario(search: string, hash = ""): boolean {
  return /(^|[?&])(scenario|log)=/.test(search) || /(^|[#&])log=/.test(hash);
}

export async function resolveStartup(search: string, hash = ""): Promise<Startup> {
  if (!asksForScenario(search, hash)) return { scenario: DEFAULT_SCENARIO, name: null };
  const { decodePermalink } = await import("./permalink");
  const r = await decodePermalink(search, hash);
  if (!r.ok) return { scenario: DEFAULT_SCENARIO, name: null, error: `${r.error} The default scenario is open instead.` };
  if (!r.request) return { scenario: DEFAULT_SCENARIO, name: null };
  const scenario = r.request.scenario ?? DEFAULT_SCENARIO;
  const m = r.request.moment;
  if (!m) return { scenario, name: r.request.scenarioName };
  return { scenario, name: m.scenario === undefined ? r.request.scenarioName : null, moment: { scenario: m.scenario ?? scenario, seed: m.seed, log: m.log, at: m.at } };
}
