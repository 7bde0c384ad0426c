import { SimulatedNote } from "./SimulatedNote";
import { ViewToggles } from "./ViewToggles";

/** The page header: title, what the playground simplifies, and the view settings. */
export function Header() {
  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-neutral-200 px-4 py-2 sm:py-3 dark:border-neutral-800">
      <div className="min-w-0">
        <h1 className="text-lg font-bold">Consumer Groups Playground</h1>
        <p className="hidden text-sm text-neutral-600 sm:block dark:text-neutral-400">Kafka consumer groups and offsets, live: drag, produce, crash, rewind.</p>
      </div>
      <div className="relative">
        <SimulatedNote />
      </div>
      <div className="ml-auto">
        <ViewToggles />
      </div>
    </header>
  );
}
