import { lazy, Suspense, useEffect, useState } from "react";
import { selectMenu, useStore } from "../../store";
import { whenIdle } from "../../view/whenIdle";

const load = () => import("./ContextMenu");
const ContextMenu = lazy(() => load().then((m) => ({ default: m.ContextMenu })));

/**
 * The context menu: not part of the first load, but fetched as soon as the page is idle, so a keyboard user's
 * first Enter and arrow keys find it there.
 */
export function LazyContextMenu() {
  const menu = useStore(selectMenu);
  // Mounted (showing nothing) once its code is in, so opening a menu does not wait for a first render.
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => void load().then(() => setReady(true))), []);
  if (!ready && !menu) return null;
  return (
    <Suspense fallback={null}>
      <ContextMenu />
    </Suspense>
  );
}
