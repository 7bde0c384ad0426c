import { lazy, Suspense, useState } from "react";

/** The dialog loads the first time it opens. */
const EmbedCodeDialog = lazy(() => import("./EmbedCodeDialog").then((m) => ({ default: m.EmbedCodeDialog })));

export function EmbedCodeButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Embed…
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedCodeDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
