import { lazy, Suspense } from "react";

const PresenterView = lazy(() => import("./PresenterView").then((m) => ({ default: m.PresenterView })));

/** Presenter mode's view, loaded the first time presenter mode opens. */
export function LazyPresenterView() {
  return (
    <Suspense fallback={null}>
      <PresenterView />
    </Suspense>
  );
}
