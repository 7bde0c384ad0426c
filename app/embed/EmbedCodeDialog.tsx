import { useEffect, useRef, useState } from "react";
import { currentPermalink } from "../share/shareLink";
import { embedSnippet, embedUrl } from "./embedCode";

interface Props {
  onClose: () => void;
}

/** "Get embed code": an iframe snippet for this scenario (or this very moment), with or without controls. */
export function EmbedCodeDialog({ onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [controls, setControls] = useState(true);
  const [moment, setMoment] = useState(true);
  const [page, setPage] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  useEffect(() => {
    let live = true;
    void (async () => {
      const base = moment ? await currentPermalink() : scenarioOnly();
      if (live) setPage(base);
    })();
    return () => {
      live = false;
    };
  }, [moment]);
  const snippet = page ? embedSnippet(embedUrl(page, controls)) : "";
  return (
    <dialog
      ref={ref}
      aria-labelledby="embed-code-title"
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-1.5rem))] rounded-lg border border-neutral-300 bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-black/40 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="flex flex-col gap-3 p-4">
        <h2 id="embed-code-title" className="text-lg font-bold">
          Embed this playground
        </h2>
        <p className="text-sm">Paste this into a documentation page. The page can drive the playground through postMessage (see docs/EMBEDDING.md).</p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} /> Show the clock controls
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={moment} onChange={(e) => setMoment(e.target.checked)} /> Start at this moment (with the commands so far)
        </label>
        <textarea className="field h-28 font-mono text-xs" readOnly value={snippet} aria-label="Embed code" onFocus={(e) => e.currentTarget.select()} />
        <div className="flex items-center justify-end gap-2">
          {copied && <span role="status" className="text-sm">Copied.</span>}
          <button
            type="button"
            className="btn"
            disabled={!snippet}
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(snippet);
                setCopied(true);
              } catch {
                setCopied(false);
              }
            }}
          >
            Copy
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** The page URL with only its scenario (no log). */
function scenarioOnly(): string {
  const u = new URL(location.href);
  const name = u.searchParams.get("scenario");
  u.search = name ? `?scenario=${encodeURIComponent(name)}` : "";
  return u.toString();
}
