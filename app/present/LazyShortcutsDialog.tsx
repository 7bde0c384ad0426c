import { lazy, Suspense, useRef } from "react";
import { selectHelpOpen, usePresentStore } from "./presentStore";

const ShortcutsDialog = lazy(() => import("./ShortcutsDialog").then((m) => ({ default: m.ShortcutsDialog })));

/** The "?" overlay, loaded the first time it is asked for. */
export function LazyShortcutsDialog() {
  const open = usePresentStore(selectHelpOpen);
  const wanted = useRef(false);
  if (open) wanted.current = true;
  if (!wanted.current) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog />
    </Suspense>
  );
}
