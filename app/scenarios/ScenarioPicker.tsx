import { useEffect, useRef, useState } from "react";
import { notify, selectMeta, useScenarioStore } from "./scenarioStore";
import { openBuiltin, openScenarioText } from "./openScenario";
import { saveCurrentScenario } from "./saveScenario";
import { replaceQuery } from "../share/replaceQuery";
import { whenIdle } from "../view/whenIdle";

/** The largest scenario file read (the engine refuses more than 1,000,000 characters anyway). */
const MAX_FILE_BYTES = 2_000_000;

type Entry = { readonly name: string; readonly title: string };

/** The built-in scenarios' names and titles: their module (definitions, narratives) is not part of the first load. */
let catalog: Promise<readonly Entry[]> | null = null;
const loadCatalog = () => (catalog ??= import("../../engine/scenarios/builtin").then((m) => m.BUILTIN_SCENARIOS.map((s) => ({ name: s.name, title: s.title }))));

/** The catalogue, fetched when the page is idle, or at once when the picker is focused or pressed. */
function useCatalog(): [readonly Entry[] | null, () => void] {
  const [entries, setEntries] = useState<readonly Entry[] | null>(null);
  const load = () => void loadCatalog().then(setEntries);
  useEffect(() => whenIdle(load), []);
  return [entries, load];
}

/** Choose a built-in scenario, open one from a file, or save the current one as JSON. */
export function ScenarioPicker() {
  const meta = useScenarioStore(selectMeta);
  const file = useRef<HTMLInputElement>(null);
  const value = meta.name ?? "";
  const [entries, load] = useCatalog();
  // Until the catalogue is in, the open scenario is the one option shown (so the picker names it at once).
  const shown: readonly Entry[] = entries ?? (value && value !== "large" ? [{ name: value, title: meta.title ?? value }] : []);
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Scenario">
      <label className="flex items-center gap-1 text-sm">
        <span>Scenario</span>
        <select
          className="field max-w-[14rem]"
          value={value}
          onFocus={load}
          onPointerDown={load}
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
          {shown.map((s) => (
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
