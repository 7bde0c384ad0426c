import { closeIntro, selectIntroOpen, selectMeta, useScenarioStore } from "./scenarioStore";

/** The open scenario's title and narrative (shown when it opens; text only). */
export function ScenarioIntro() {
  const meta = useScenarioStore(selectMeta);
  const open = useScenarioStore(selectIntroOpen);
  if (!open || !(meta.title || meta.narrative)) return null;
  return (
    <section aria-label="Scenario introduction" className="relative rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 pr-10 text-neutral-900 dark:border-blue-900 dark:bg-blue-950 dark:text-neutral-100">
      {meta.title && <h2 className="text-base font-bold">{meta.title}</h2>}
      {meta.narrative && <p className="mt-1 max-w-4xl text-sm leading-relaxed">{meta.narrative}</p>}
      <button type="button" className="absolute top-2 right-2 rounded px-2 py-0.5 text-lg leading-none hover:bg-blue-100 dark:hover:bg-blue-900" onClick={closeIntro} aria-label="Close the scenario introduction">
        ×
      </button>
    </section>
  );
}
