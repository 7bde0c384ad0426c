import { memo, useLayoutEffect, useRef } from "react";
import type { TermEntry } from "./useTerminal";
import { FOCUS } from "./ui";

const STYLE: Record<TermEntry["kind"], string> = {
  in: "text-sky-300",
  out: "text-neutral-100",
  err: "border-l-2 border-red-400 pl-2 text-red-300",
  note: "text-neutral-400 italic",
};

const Entry = memo(function Entry({ entry }: { readonly entry: TermEntry }) {
  // Text children only: whatever the simulation prints (topic and group names included) is never HTML.
  return (
    <div className={STYLE[entry.kind]} data-stream={entry.kind === "err" ? "stderr" : entry.kind === "out" ? "stdout" : entry.kind}>
      {entry.kind === "err" && <span className="sr-only">error output: </span>}
      {entry.text.endsWith("\n") ? entry.text.slice(0, -1) : entry.text}
    </div>
  );
});

/** The terminal's scrollback: monospace, spaces preserved (Kafka's padded columns line up), stderr in red. */
export function TerminalOutput({ entries, grow = false }: { readonly entries: readonly TermEntry[]; readonly grow?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [entries]);
  return (
    <div
      ref={box}
      role="log"
      aria-label="Terminal output"
      tabIndex={0}
      className={`${grow ? "min-h-0 flex-1" : "max-h-[24rem] min-h-[8rem]"} overflow-auto rounded-t-md bg-neutral-950 p-2 font-mono text-xs leading-snug whitespace-pre ${FOCUS}`}
    >
      {entries.length === 0 ? (
        <div className="text-neutral-400 italic whitespace-normal">
          kafka-consumer-groups.sh and kafka-topics.sh run against the simulation. Tab completes group and topic names, ↑ and ↓ walk the history, a
          trailing \ continues a command on the next line, clear empties the screen.
        </div>
      ) : (
        entries.map((e) => <Entry key={e.id} entry={e} />)
      )}
    </div>
  );
}
