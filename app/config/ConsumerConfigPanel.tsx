import { lazy, Suspense, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { selectConsumers } from "../diagram/selectors";
import { select, selectSelection, useStore, type PlaygroundState } from "../store";

// The form and its KafkaJS code load after the first picture: they are below the diagram.
const ConfigForm = lazy(() => import("./ConfigForm").then((m) => ({ default: m.ConfigForm })));

const selectConsumerIds = (s: PlaygroundState) => selectConsumers(s).map((c) => c.clientId);
const NONE = { clientId: "", groupId: "", subscriptions: [] as readonly string[], config: null };
/** Only what the form shows, so positions moving every frame do not re-render it. */
const consumerSettings = (id: string | undefined) => (s: PlaygroundState) => {
  const c = selectConsumers(s).find((x) => x.clientId === id);
  return c ? { clientId: c.clientId, groupId: c.groupId, subscriptions: c.subscriptions, config: c.config } : NONE;
};

/** Consumer configuration: the selected consumer's settings with their Java defaults, beside its KafkaJS code. */
export function ConsumerConfigPanel() {
  const selection = useStore(selectSelection);
  const ids = useStore(useShallow(selectConsumerIds));
  const id = selection?.kind === "consumer" && ids.includes(selection.id) ? selection.id : ids[0];
  const settings = useStore(useShallow(useMemo(() => consumerSettings(id), [id])));
  return (
    <section id="consumer-config" aria-labelledby="consumer-config-title" className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-3 dark:border-neutral-800">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="consumer-config-title" className="text-base font-bold">
          Consumer configuration
        </h2>
        {ids.length > 0 && (
          <label className="flex items-center gap-2 text-sm">
            <span className="sr-only">Consumer</span>
            <select className="field" value={id} onChange={(e) => select({ kind: "consumer", id: e.target.value })} aria-label="Consumer to configure">
              {ids.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        )}
        <span className="text-xs text-neutral-600 dark:text-neutral-400">Names as in KafkaJS and the course; defaults are the Java client's.</span>
      </div>
      {settings.config ? (
        <Suspense fallback={<p className="text-sm">Loading the configuration…</p>}>
        <ConfigForm key={`${settings.clientId}|${JSON.stringify(settings.config)}`} clientId={settings.clientId} groupId={settings.groupId} subscriptions={settings.subscriptions} config={settings.config} />
        </Suspense>
      ) : (
        <p className="text-sm">No consumer yet: drag one into a group.</p>
      )}
    </section>
  );
}
