import { dismissNotice, selectNotice, useScenarioStore } from "./scenarioStore";

/** A message about what could not be opened (a link, a file) and what the playground did instead. Text only. */
export function NoticeBar() {
  const notice = useScenarioStore(selectNotice);
  if (!notice) return null;
  const error = notice.tone === "error";
  return (
    <div
      key={notice.n}
      role={error ? "alert" : "status"}
      data-testid="notice"
      className={`flex items-start gap-2 rounded border px-3 py-2 text-sm ${error ? "border-red-400 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100" : "border-emerald-400 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100"}`}
    >
      <p className="min-w-0 flex-1 break-words">{notice.text}</p>
      <button type="button" className="rounded px-1.5 leading-none hover:bg-black/10" onClick={dismissNotice} aria-label="Dismiss this message">
        ×
      </button>
    </div>
  );
}
