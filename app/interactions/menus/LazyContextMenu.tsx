import { lazy, Suspense, useEffect, useState } from "react";
import { selectMenu, useStore } from "../../store";

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
  useEffect(() => {
    const preload = () => void load().then(() => setReady(true));
    const idle = typeof requestIdleCallback === "function" ? requestIdleCallback(preload, { timeout: 2000 }) : setTimeout(preload, 500);
    return () => (typeof cancelIdleCallback === "function" ? cancelIdleCallback(idle as number) : clearTimeout(idle as ReturnType<typeof setTimeout>));
  }, []);
  if (!ready && !menu) return null;
  return (
    <Suspense fallback={null}>
      <ContextMenu />
    </Suspense>
  );
}
