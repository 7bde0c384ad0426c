import { useEffect, useRef } from "react";
import { closeHelp, selectHelpOpen, usePresentStore } from "./presentStore";
import { SHORTCUTS } from "./shortcuts";

/**
 * The "?" overlay: every shortcut, in a modal <dialog> (the page behind is inert, so focus stays inside; Escape or
 * Close closes it and focus goes back where it was).
 */
export function ShortcutsDialog() {
  const open = usePresentStore(selectHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={closeHelp}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-neutral-300 bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-black/50 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="flex flex-col gap-3 p-5">
        <h2 id="shortcuts-title" className="text-xl font-bold">
          Keyboard shortcuts
        </h2>
        <p className="text-sm text-neutral-700 dark:text-neutral-300">They work in presenter mode, except while typing in a field. Select a consumer or a group by clicking it.</p>
        <table className="w-full text-left">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.label} className="border-t border-neutral-200 dark:border-neutral-700">
                <th scope="row" className="py-1.5 pr-4 align-top">
                  <kbd className="rounded border border-neutral-400 bg-neutral-100 px-2 py-0.5 font-mono text-sm dark:border-neutral-500 dark:bg-neutral-800">{s.label}</kbd>
                </th>
                <td className="py-1.5">{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="flex justify-end">
          <button type="button" className="btn btn-primary" onClick={closeHelp} autoFocus>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
