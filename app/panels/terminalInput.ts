/**
 * The terminal's line editing, as pure functions: continuation lines (a trailing backslash or an open quote
 * asks for more, as bash does), history (up/down) and Tab completion of the word under the cursor.
 */

/** True when bash would print its continuation prompt: a trailing unescaped backslash or an unclosed quote. */
export function needsMoreInput(text: string): boolean {
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      if (i === text.length - 1) return true;
      i++;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
  }
  return quote !== null;
}

/** How a multi-line command is kept in history: backslash-newlines joined away, as bash's history shows it. */
export function historyLine(command: string): string {
  return command.replace(/\\\r?\n/g, "").trim();
}

export interface HistoryState {
  readonly entries: readonly string[];
  /** The entry shown (null: the line being typed). */
  readonly index: number | null;
  /** What was being typed before the user walked into history. */
  readonly draft: string;
}

export const EMPTY_HISTORY: HistoryState = { entries: [], index: null, draft: "" };
const MAX_HISTORY = 200;

export function pushHistory(h: HistoryState, line: string): HistoryState {
  const entries = line === "" || h.entries[h.entries.length - 1] === line ? h.entries : [...h.entries, line].slice(-MAX_HISTORY);
  return { entries, index: null, draft: "" };
}

/** Up (-1) or down (+1) through history; returns the new state and the line to show. */
export function walkHistory(h: HistoryState, current: string, dir: -1 | 1): { state: HistoryState; line: string } {
  if (h.entries.length === 0) return { state: h, line: current };
  if (dir === -1) {
    const index = h.index === null ? h.entries.length - 1 : Math.max(0, h.index - 1);
    return { state: { ...h, index, draft: h.index === null ? current : h.draft }, line: h.entries[index] };
  }
  if (h.index === null) return { state: h, line: current };
  if (h.index >= h.entries.length - 1) return { state: { ...h, index: null }, line: h.draft };
  const index = h.index + 1;
  return { state: { ...h, index }, line: h.entries[index] };
}

const PLAIN_WORD = /^[A-Za-z0-9._\-:=,/@+%]+$/;

/** A word as it must be typed for bash to read it back unchanged. */
export function shellQuote(word: string): string {
  return PLAIN_WORD.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? "";
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export interface CompletionResult {
  readonly line: string;
  readonly cursor: number;
  /** Candidates to print when Tab cannot decide (bash lists them). */
  readonly listing: readonly string[] | null;
}

/**
 * Applies completion candidates to the word before the cursor. Candidates may be words (service-a) or whole
 * lines that extend the text before the cursor; both work.
 */
export function applyCompletion(line: string, cursor: number, candidates: readonly string[]): CompletionResult {
  const before = line.slice(0, cursor);
  const after = line.slice(cursor);
  const word = /[^\s'"]*$/.exec(before)?.[0] ?? "";
  const wordStart = before.length - word.length;
  const words = [
    ...new Set(
      candidates
        .map((c) => (/\s/.test(before) && c.length > before.length && c.startsWith(before) ? word + c.slice(before.length).trimEnd() : c.trim()))
        .filter((c) => c.startsWith(word) && c.length > 0),
    ),
  ].sort();
  const unchanged: CompletionResult = { line, cursor, listing: null };
  if (words.length === 0) return unchanged;
  if (words.length === 1) {
    const w = shellQuote(words[0]);
    const space = /[=/:]$/.test(w) || after.startsWith(" ") ? "" : " ";
    const head = before.slice(0, wordStart) + w + space;
    return { line: head + after, cursor: head.length, listing: null };
  }
  const prefix = commonPrefix(words);
  if (prefix.length > word.length && PLAIN_WORD.test(prefix)) {
    const head = before.slice(0, wordStart) + prefix;
    return { line: head + after, cursor: head.length, listing: null };
  }
  return { ...unchanged, listing: words };
}
