/**
 * Splits a typed command line into words the way bash does before it execs bin/kafka-run-class.sh (which passes
 * "$@" on unchanged): blanks separate words; '...' is literal; "..." is literal except for \" \\ \$ \` and
 * backslash-newline; outside quotes a backslash escapes the next character and backslash-newline joins lines (the
 * multi-line commands of Kafka's docs); '#' at the start of a word begins a comment. An unquoted newline or ';' ends
 * a command. No expansion ($VAR, globs) and no pipes: such characters stay literal.
 */

export type TokenizeResult =
  | { readonly ok: true; readonly commands: readonly (readonly string[])[] }
  | { readonly ok: false; readonly error: string };

export interface PartialWords {
  /** The complete words before the one being typed. */
  readonly words: readonly string[];
  /** The word being typed (unquoted so far), "" after a blank. */
  readonly current: string;
}

interface ScanState {
  commands: string[][];
  words: string[];
  word: string;
  inWord: boolean;
  quote: "'" | '"' | null;
}

function scan(line: string): ScanState {
  const s: ScanState = { commands: [], words: [], word: "", inWord: false, quote: null };
  const endWord = (): void => {
    if (s.inWord) s.words.push(s.word);
    s.word = "";
    s.inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (s.words.length > 0) s.commands.push(s.words);
    s.words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (s.quote === "'") {
      if (c === "'") s.quote = null;
      else s.word += c;
      continue;
    }
    if (s.quote === '"') {
      if (c === '"') s.quote = null;
      else if (c === "\\" && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
        if (line[i + 1] !== "\n") s.word += line[i + 1];
        i++;
      } else if (c === "\\" && line.startsWith("\r\n", i + 1)) i += 2;
      else s.word += c;
      continue;
    }
    if (c === "\\") {
      if (line.startsWith("\r\n", i + 1)) i += 2;
      else if (i + 1 < line.length) {
        if (line[i + 1] !== "\n") {
          s.word += line[i + 1];
          s.inWord = true;
        }
        i++;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      s.quote = c;
      s.inWord = true;
      continue;
    }
    if (c === "#" && !s.inWord) {
      while (i + 1 < line.length && line[i + 1] !== "\n") i++;
      continue;
    }
    if (c === "\n" || c === ";") {
      endCommand();
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      endWord();
      continue;
    }
    s.word += c;
    s.inWord = true;
  }
  return s;
}

/** Words of each command on the line, or bash's complaint about an unclosed quote. */
export function tokenize(line: string): TokenizeResult {
  const s = scan(line);
  if (s.quote !== null) {
    return { ok: false, error: `bash: unexpected EOF while looking for matching \`${s.quote}'\n` };
  }
  if (s.inWord) s.words.push(s.word);
  if (s.words.length > 0) s.commands.push(s.words);
  return { ok: true, commands: s.commands };
}

/** The last command of a line being typed, split into finished words and the word under the cursor. */
export function partialWords(line: string): PartialWords {
  const s = scan(line);
  return { words: s.words, current: s.inWord ? s.word : "" };
}
