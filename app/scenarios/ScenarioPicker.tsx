import { useRef } from "react";
import { BUILTIN_SCENARIOS } from "../../engine/scenarios/builtin";
import { notify, selectMeta, useScenarioStore } from "./scenarioStore";
import { openBuiltin, openScenarioText } from "./openScenario";
import { saveCurrentScenario } from "./saveScenario";
import { replaceQuery } from "../share/replaceQuery";

/** The largest scenario file read (the engine refuses more than 1,000,000 characters anyway). */
const MAX_FILE_BYTES = 2_000_000;

/** Choose a built-in scenario, open one from a file, or save the current one as JSON. */
export function ScenarioPicker() {
  const meta = useScenarioStore(selectMeta);
  const file = useRef<HTMLInputElement>(null);
  const value = meta.name ?? "";
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Scenario">
      <label className="flex items-center gap-1 text-sm">
        <span>Scenario</span>
        <select
          className="field max-w-[14rem]"
          value={value}
          onChange={async (e) => {
            const name = e.target.value;
            if (!name) return;
            const r = await openBuiltin(name);
            if (!r.ok) notify(r.error);
            else replaceQuery({ scenario: name });
          }}
        >
          <option value="" disabled={value !== ""}>
            {value === "" ? "(this scenario)" : "Choose…"}
          </option>
          {BUILTIN_SCENARIOS.map((s) => (
            <option key={s.name} value={s.name}>
              {s.title}
            </option>
          ))}
          <option value="large">Large: 4 topics × 64 partitions</option>
        </select>
      </label>
      <button type="button" className="btn" onClick={() => file.current?.click()}>
        Open file…
      </button>
      <input
        ref={file}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Scenario file"
        data-testid="scenario-file"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (!f) return;
          if (f.size > MAX_FILE_BYTES) {
            notify(`This file is ${f.size.toLocaleString("en-US")} bytes; a scenario may be at most 1,000,000 characters. Nothing was changed.`);
            return;
          }
          const r = await openScenarioText(await f.text());
          if (!r.ok) notify(`This scenario file was not opened: ${r.error} The playground is unchanged.`);
          else {
            replaceQuery({});
            notify(`Opened ${f.name}.`, "info");
          }
        }}
      />
      <button type="button" className="btn" onClick={() => void saveCurrentScenario()}>
        Save JSON
      </button>
    </div>
  );
}
