import { useState } from "react";
import { announce } from "../store";
import { currentPermalink } from "./shareLink";

/**
 * Copies a permalink to this moment (scenario, commands so far, virtual time). The link is also shown, selected,
 * for browsers that refuse the clipboard.
 */
export function CopyLinkButton() {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex min-w-0 items-center gap-2">
      <button
        type="button"
        className="btn"
        onClick={async () => {
          const url = await currentPermalink();
          if (!url) return;
          setLink(url);
          let ok = false;
          try {
            await navigator.clipboard.writeText(url);
            ok = true;
          } catch {
            ok = false;
          }
          setCopied(ok);
          announce(ok ? "Link to this moment copied." : "Copy the link from the field next to the button.");
        }}
      >
        Copy link
      </button>
      {link && (
        <label className="flex min-w-0 items-center gap-1 text-sm">
          <span className="shrink-0">{copied ? "Copied:" : "Link:"}</span>
          <input className="field w-48 min-w-0 text-xs" readOnly value={link} data-testid="permalink" aria-label="Link to this moment" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
