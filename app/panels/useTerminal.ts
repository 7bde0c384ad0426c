/**
 * The terminal's state and line discipline: echo, continuation lines, history, completion, clear. The CLI itself
 * runs in the engine's worker (engineClient's cli / completions).
 */
import { useCallback, useRef, useState } from "react";
import { cli, completions } from "../engine/engineClient";
import { applyCompletion, EMPTY_HISTORY, historyLine, needsMoreInput, pushHistory, walkHistory, type HistoryState } from "./terminalInput";

export interface TermEntry {
  readonly id: number;
  readonly kind: "in" | "out" | "err" | "note";
  readonly text: string;
}

const MAX_ENTRIES = 400;

export function useTerminal() {
  const [entries, setEntries] = useState<readonly TermEntry[]>([]);
  const [pending, setPending] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const history = useRef<HistoryState>(EMPTY_HISTORY);
  const nextId = useRef(1);
  // The state as the async handlers must see it right now (several pasted lines run one after another).
  const pendingRef = useRef<string | null>(null);

  const print = useCallback((kind: TermEntry["kind"], text: string) => {
    if (text === "") return;
    const entry = { id: nextId.current++, kind, text };
    setEntries((list) => [...list, entry].slice(-MAX_ENTRIES));
  }, []);

  const setPendingBoth = (p: string | null) => {
    pendingRef.current = p;
    setPending(p);
  };

  /** One line as typed and entered: continues, runs, or clears. */
  const enter = useCallback(
    async (line: string) => {
      const before = pendingRef.current;
      const text = before === null ? line : `${before}\n${line}`;
      print("in", `${before === null ? "$" : ">"} ${line}`);
      if (needsMoreInput(text)) {
        setPendingBoth(text);
        return;
      }
      setPendingBoth(null);
      const command = historyLine(text);
      history.current = pushHistory(history.current, command);
      if (command === "") return;
      if (command === "clear") {
        setEntries([]);
        return;
      }
      setBusy(true);
      try {
        const r = await cli(text);
        print("out", r.stdout);
        print("err", r.stderr);
        if (r.exitCode !== 0 && r.stderr === "" && r.stdout === "") print("note", `exit code ${r.exitCode}`);
      } catch (e) {
        print("err", `The simulation could not run the command: ${e instanceof Error ? e.message : String(e)}\n`);
      } finally {
        setBusy(false);
      }
    },
    [print],
  );

  /** Several lines at once (a paste): all but the last are entered, the last is returned to stay in the input. */
  const enterLines = useCallback(
    async (lines: readonly string[]) => {
      for (const l of lines.slice(0, -1)) await enter(l);
      return lines[lines.length - 1] ?? "";
    },
    [enter],
  );

  const cancel = useCallback(
    (line: string) => {
      print("in", `${pendingRef.current === null ? "$" : ">"} ${line}^C`);
      setPendingBoth(null);
    },
    [print],
  );

  const walk = useCallback((current: string, dir: -1 | 1) => {
    const r = walkHistory(history.current, current, dir);
    history.current = r.state;
    return r.line;
  }, []);

  /** Completes the word before the cursor; prints the candidates when Tab cannot decide. */
  const complete = useCallback(
    async (line: string, cursor: number) => {
      const before = line.slice(0, cursor);
      const context = pendingRef.current === null ? before : `${pendingRef.current}\n${before}`;
      const candidates = await completions(context).catch(() => [] as string[]);
      const r = applyCompletion(line, cursor, candidates);
      if (r.listing) print("note", r.listing.join("  "));
      return r;
    },
    [print],
  );

  const clear = useCallback(() => setEntries([]), []);

  return { entries, pending, busy, enter, enterLines, cancel, walk, complete, clear };
}
