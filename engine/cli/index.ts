/**
 * The simulated shell in front of bin/kafka-consumer-groups.sh and bin/kafka-topics.sh (both `exec
 * kafka-run-class.sh <MainClass> "$@"`): splits the typed line into commands and words, picks the tool by the
 * program name and returns what the Java tool would print on each stream, with its exit code.
 *
 * Tools: consumerGroupCommand.ts (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand) and topicCommand.ts
 * (org.apache.kafka.tools.TopicCommand).
 */
import type { CliBackend } from "./backend";
import { consumerGroupCommand } from "./consumerGroupCommand";
import { cliCompletions as completions, toolOf } from "./completions";
import { Console } from "./java";
import { tokenize } from "./tokenizer";
import { topicCommand } from "./topicCommand";

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /**
   * Used when a command names no --bootstrap-server (real Kafka refuses such a command). The playground's
   * terminal sets it to its only broker so that the course's commands, printed without it, run as typed.
   */
  readonly defaultBootstrapServer?: string;
}

function runOne(backend: CliBackend, words: readonly string[], con: Console, options: CliOptions): number {
  const program = words[0]!;
  const tool = toolOf(program);
  if (tool === null) {
    con.errPrintln(`bash: ${program}: command not found`);
    return 127;
  }
  const args = words.slice(1);
  if (options.defaultBootstrapServer !== undefined && !args.some((a) => a === "--bootstrap-server" || a.startsWith("--bootstrap-server="))) {
    args.push("--bootstrap-server", options.defaultBootstrapServer);
  }
  return tool === "consumer-groups" ? consumerGroupCommand(backend, args, con) : topicCommand(backend, args, con);
}

/** Runs a command line as typed in a terminal. Never throws. */
export function runCli(backend: CliBackend, commandLine: string, options: CliOptions = {}): CliResult {
  const con = new Console();
  try {
    const tokens = tokenize(commandLine);
    if (!tokens.ok) return { exitCode: 2, stdout: "", stderr: tokens.error };
    let exitCode = 0;
    for (const words of tokens.commands) exitCode = runOne(backend, words, con, options);
    return { exitCode, stdout: con.out, stderr: con.err };
  } catch (e) {
    // Not a Kafka behaviour: a defect of this simulation. Report it instead of throwing.
    const detail = e instanceof Error ? e.message : String(e);
    return { exitCode: 1, stdout: con.out, stderr: `${con.err}[simulation] internal error: ${detail}\n` };
  }
}

/** Completions for the word being typed at the end of `partialLine`. Never throws. */
export function cliCompletions(backend: CliBackend, partialLine: string): string[] {
  return completions(backend, partialLine);
}

export type { CliBackend } from "./backend";
