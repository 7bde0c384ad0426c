import { lazy, Suspense } from "react";
import { useMediaQuery } from "../panels/useMediaQuery";
import { selectPanelOpen, useLessonStore } from "./lessonStore";

const LessonPanel = lazy(() => import("./LessonPanel").then((m) => ({ default: m.LessonPanel })));

/** Where the app's columns sit side by side (App.tsx's xl breakpoint). */
const SIDE_BY_SIDE = "(min-width: 1280px)";

/**
 * The lesson panel, loaded (with the lesson catalogue) the first time it opens. It shows beside the diagram on
 * wide screens ("side") and above it on narrow ones ("main"), so a learner on a phone reads the step first.
 */
export function LazyLessonPanel({ placement }: { placement: "main" | "side" }) {
  const open = useLessonStore(selectPanelOpen);
  const wide = useMediaQuery(SIDE_BY_SIDE);
  if (!open || wide !== (placement === "side")) return null;
  return (
    <Suspense fallback={<p className="text-sm">Loading the lessons…</p>}>
      <LessonPanel />
    </Suspense>
  );
}
