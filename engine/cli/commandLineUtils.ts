/**
 * Port of server-common/src/main/java/org/apache/kafka/server/util/CommandLineUtils.java (and the defaults of
 * CommandDefaultOptions.java): usage errors print the message and the option table on stderr and exit with 1.
 * Also the log4j line of config/tools-log4j.properties ("[%d] %p %m (%c)%n" on stderr), which kafka-run-class.sh
 * selects for the tools.
 */
import { Console, ExitSignal } from "./java";
import { OptionSet, specString } from "./jopt";

/** The version string printed by --version (AppInfoParser.getVersion()). */
export const KAFKA_VERSION = "3.8.0";

export interface ToolContext {
  readonly con: Console;
  /** The option table of this tool (printHelpOn). */
  readonly help: string;
  /** Wall-clock time of the simulated cluster, for log lines. */
  readonly wallClockMs: number;
}

/** CommandLineUtils.printUsageAndExit: message, option table, Exit.exit(1). */
export function printUsageAndExit(ctx: ToolContext, message: string): never {
  ctx.con.errPrintln(message);
  ctx.con.errPrint(ctx.help);
  throw new ExitSignal(1);
}

/** CommandLineUtils.maybePrintHelpOrVersion. */
export function maybePrintHelpOrVersion(ctx: ToolContext, args: readonly string[], options: OptionSet, message: string): void {
  if (args.length === 0 || options.has("help")) printUsageAndExit(ctx, message);
  if (options.has("version")) {
    ctx.con.println(KAFKA_VERSION);
    throw new ExitSignal(0);
  }
}

/** CommandLineUtils.checkRequiredArgs. */
export function checkRequiredArgs(ctx: ToolContext, options: OptionSet, ...required: string[]): void {
  for (const r of required) if (!options.has(r)) printUsageAndExit(ctx, `Missing required argument "${specString(r)}"`);
}

/** CommandLineUtils.checkInvalidArgs; `invalid` in the iteration order of Kafka's set. */
export function checkInvalidArgs(ctx: ToolContext, options: OptionSet, used: string, invalid: readonly string[]): void {
  if (!options.has(used)) return;
  for (const x of invalid) {
    if (options.has(x)) printUsageAndExit(ctx, `Option "${specString(used)}" can't be used with option "${specString(x)}"`);
  }
}

function two(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** log4j 1.x %d (ISO8601 pattern "yyyy-MM-dd HH:mm:ss,SSS"), in UTC. */
export function log4jDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${two(d.getUTCFullYear(), 4)}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())},${two(d.getUTCMilliseconds(), 3)}`
  );
}

/** One event of tools-log4j.properties' stderr appender: "[%d] %p %m (%c)%n", then the throwable's trace if any. */
export function logLine(ctx: ToolContext, level: "WARN" | "ERROR", message: string, category: string, throwableTrace = ""): void {
  ctx.con.errPrint(`[${log4jDate(ctx.wallClockMs)}] ${level} ${message} (${category})\n${throwableTrace}`);
}
