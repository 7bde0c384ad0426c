import { moment } from "../engine/engineClient";
import { download, safeFileName } from "./download";
import { notify } from "./scenarioStore";

/** Saves the open scenario as a version 1 JSON file (docs/SCENARIOS.md). */
export async function saveCurrentScenario(): Promise<void> {
  const m = await moment();
  if (!m) {
    notify("The simulation is not running yet.");
    return;
  }
  const scenario = m.scenario ?? { version: 1 };
  const name = (scenario as { name?: string }).name ?? "scenario";
  download(new Blob([JSON.stringify(scenario, null, 2) + "\n"], { type: "application/json" }), `${safeFileName(name, "scenario")}.json`);
}
