/**
 * Which scenario the playground shows, as a link names it: a built-in one by name (short links), the app's
 * default one (no name at all), or a custom one (carried whole, compressed, in the link).
 */
import { builtinScenario } from "../../engine/scenarios/builtin";
import { largeScenario } from "../../engine/scenarios/large";
import type { Scenario } from "../../engine/scenario";
import type { ParsedScenario } from "../../engine/scenarios/schema";
import { DEFAULT_SCENARIO } from "../defaultScenario";
import { stableJson } from "./stableJson";

export type ScenarioRef = { readonly kind: "default" } | { readonly kind: "builtin"; readonly name: string } | { readonly kind: "custom"; readonly scenario: Scenario };

/** Names a built-in scenario can have in a URL. */
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The built-in scenario `name` (including `large`), or undefined. */
export function namedScenario(name: string): ParsedScenario | undefined {
  if (!NAME.test(name)) return undefined;
  return name === "large" ? largeScenario() : builtinScenario(name);
}

export function scenarioRefOf(scenario: Scenario | undefined): ScenarioRef {
  if (!scenario) return { kind: "custom", scenario: { version: 1 } };
  const text = stableJson(scenario);
  if (text === stableJson(DEFAULT_SCENARIO)) return { kind: "default" };
  const name = (scenario as ParsedScenario).name;
  if (name) {
    const builtin = namedScenario(name);
    if (builtin && stableJson(builtin) === text) return { kind: "builtin", name };
  }
  return { kind: "custom", scenario };
}
