import { useState } from "react";
import { EmbedCodeDialog } from "./EmbedCodeDialog";

export function EmbedCodeButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Embed…
      </button>
      {open && <EmbedCodeDialog onClose={() => setOpen(false)} />}
    </>
  );
}
