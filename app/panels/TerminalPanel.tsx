/**
 * A terminal where kafka-consumer-groups.sh and kafka-topics.sh run against the simulation, with history
 * (up/down), Tab completion of group and topic names, and the course's multi-line commands (trailing \).
 * Lazy-loaded.
 */
import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useSelectedGroup } from "./selectedGroup";
import { TerminalOutput } from "./TerminalOutput";
import { BUTTON, FOCUS, MUTED } from "./ui";
import { useTerminal } from "./useTerminal";

const BOOTSTRAP = "--bootstrap-server localhost:9092";

export default function TerminalPanel() {
  const term = useTerminal();
  const { groupId } = useSelectedGroup();
  const [line, setLine] = useState("");
  // Kafka's tables are ~130 columns wide: the terminal can take the whole window instead of the side column.
  const [maximized, setMaximized] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  /** After Escape, Tab leaves the terminal instead of completing (no keyboard trap). */
  const tabLeaves = useRef(false);
  const id = useId();

  const setLineAndCursor = (text: string, cursor = text.length) => {
    setLine(text);
    requestAnimationFrame(() => input.current?.setSelectionRange(cursor, cursor));
  };

  const onKeyDown = async (e: KeyboardEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    if (e.key === "Escape") {
      tabLeaves.current = true;
      setMaximized(false);
      return;
    }
    if (e.key === "Tab") {
      const cursor = el.selectionStart ?? line.length;
      if (e.shiftKey || tabLeaves.current || (line.slice(0, cursor).trim() === "" && term.pending === null)) {
        tabLeaves.current = false;
        return;
      }
      e.preventDefault();
      const r = await term.complete(line, cursor);
      if (r.line !== line) setLineAndCursor(r.line, r.cursor);
      return;
    }
    tabLeaves.current = false;
    if (e.key === "Enter") {
      e.preventDefault();
      setLine("");
      await term.enter(line);
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      setLineAndCursor(term.walk(line, e.key === "ArrowUp" ? -1 : 1));
    } else if (e.key === "c" && e.ctrlKey && el.selectionStart === el.selectionEnd) {
      e.preventDefault();
      term.cancel(line);
      setLine("");
    } else if (e.key === "l" && e.ctrlKey) {
      e.preventDefault();
      term.clear();
    }
  };

  // Pasting the course's multi-line commands: each line is entered, as in a real terminal.
  const onPaste = async (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData("text");
    if (!/\r?\n/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart ?? line.length;
    const end = el.selectionEnd ?? line.length;
    const combined = line.slice(0, start) + text + line.slice(end);
    setLine("");
    const rest = await term.enterLines(combined.split(/\r?\n/));
    setLineAndCursor(rest);
  };

  const fill = (text: string) => {
    setLineAndCursor(text);
    input.current?.focus();
  };

  return (
    <div
      className={
        maximized
          ? "fixed inset-2 z-40 flex flex-col gap-2 rounded-lg border border-neutral-300 bg-white p-3 shadow-2xl dark:border-neutral-700 dark:bg-neutral-900"
          : "flex flex-col gap-2"
      }
      onKeyDown={(e) => e.key === "Escape" && setMaximized(false)}
    >
      <div className="flex flex-wrap gap-2 text-sm" role="group" aria-label="Example commands">
        <span className={`self-center ${MUTED}`}>Try:</span>
        <button type="button" className={BUTTON} onClick={() => fill(`kafka-consumer-groups.sh ${BOOTSTRAP} --list`)}>
          list groups
        </button>
        {groupId !== null && (
          <button type="button" className={BUTTON} onClick={() => fill(`kafka-consumer-groups.sh ${BOOTSTRAP} --describe --group ${groupId}`)}>
            describe {groupId}
          </button>
        )}
        <button type="button" className={BUTTON} onClick={() => fill(`kafka-topics.sh ${BOOTSTRAP} --describe`)}>
          describe topics
        </button>
        <button type="button" className={`${BUTTON} ml-auto`} aria-pressed={maximized} onClick={() => setMaximized((m) => !m)}>
          {maximized ? "Restore" : "Maximize"}
        </button>
      </div>
      <div className={maximized ? "flex min-h-0 flex-1 flex-col" : ""}>
        <TerminalOutput entries={term.entries} grow={maximized} />
        <div className="flex items-center gap-2 rounded-b-md border-t border-neutral-700 bg-neutral-950 px-2 py-1.5 font-mono text-xs text-neutral-100">
          <span className="text-sky-300 select-none" aria-hidden="true">
            {term.pending === null ? "$" : ">"}
          </span>
          <input
            ref={input}
            id={id}
            aria-label={term.pending === null ? "Command line" : "Command line (continuation)"}
            aria-describedby={`${id}-help`}
            className={`min-w-0 flex-1 rounded bg-transparent px-1 py-0.5 text-neutral-100 ${FOCUS}`}
            value={line}
            onChange={(e) => setLine(e.target.value)}
            onKeyDown={(e) => void onKeyDown(e)}
            onPaste={(e) => void onPaste(e)}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            aria-busy={term.busy}
          />
        </div>
      </div>
      <p id={`${id}-help`} className={`text-xs ${MUTED}`}>
        Enter runs the command; a trailing \ continues it on the next line. Tab completes names (Esc, then Tab, leaves the terminal). ↑ and ↓ walk
        the history; Ctrl+C cancels the line; clear or Ctrl+L empties the screen.
      </p>
    </div>
  );
}
