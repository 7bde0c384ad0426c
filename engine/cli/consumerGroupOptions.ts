/**
 * Port of tools/src/main/java/org/apache/kafka/tools/consumer/group/ConsumerGroupCommandOptions.java (Kafka trunk
 * of Oct 2024, the Java tool of 3.8 to 4.0): the option declarations and checkArgs(). Set iteration orders in the
 * messages ("[all-groups], [group]", the reset scenarios) are those of Kafka's HashSets of option specs.
 */

import { OptionParser, OptionSet, specString, type OptionSpecDef } from "./jopt";
import { checkInvalidArgs, checkRequiredArgs, maybePrintHelpOrVersion, printUsageAndExit, type ToolContext } from "./commandLineUtils";

export const CG_MAIN_FRAME = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand.main(ConsumerGroupCommand.java:95)";
const OPTS = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommandOptions";
export const CG_PARSE_FRAMES = [`${OPTS}.<init>(ConsumerGroupCommandOptions.java:206)`, `${OPTS}.fromArgs(ConsumerGroupCommandOptions.java:123)`, CG_MAIN_FRAME];
const CHECK_ARGS_FRAMES = [`${OPTS}.checkArgs(ConsumerGroupCommandOptions.java:224)`, `${OPTS}.fromArgs(ConsumerGroupCommandOptions.java:124)`, CG_MAIN_FRAME];

/** In declaration order (CommandDefaultOptions declares help and version first). */
export const CG_OPTION_SPECS: readonly OptionSpecDef[] = [
  { name: "help", arg: "none", forHelp: true },
  { name: "version", arg: "none", forHelp: true },
  { name: "bootstrap-server", arg: "required" },
  { name: "group", arg: "required" },
  { name: "topic", arg: "required" },
  { name: "all-topics", arg: "none" },
  { name: "list", arg: "none" },
  { name: "describe", arg: "none" },
  { name: "all-groups", arg: "none" },
  { name: "delete", arg: "none" },
  { name: "timeout", arg: "required", type: "long", defaults: ["5000"] },
  { name: "command-config", arg: "required" },
  { name: "reset-offsets", arg: "none" },
  { name: "delete-offsets", arg: "none" },
  { name: "dry-run", arg: "none" },
  { name: "execute", arg: "none" },
  { name: "export", arg: "none" },
  { name: "to-offset", arg: "required", type: "long" },
  { name: "from-file", arg: "required" },
  { name: "to-datetime", arg: "required" },
  { name: "by-duration", arg: "required" },
  { name: "to-earliest", arg: "none" },
  { name: "to-latest", arg: "none" },
  { name: "to-current", arg: "none" },
  { name: "shift-by", arg: "required", type: "long" },
  { name: "members", arg: "none", availableIf: ["describe"] },
  { name: "verbose", arg: "none", availableIf: ["describe"] },
  { name: "offsets", arg: "none", availableIf: ["describe"] },
  { name: "state", arg: "optional", availableIf: ["describe", "list"] },
  { name: "type", arg: "optional", availableIf: ["list"] },
];

/** allGroupSelectionScopeOpts, in HashSet order. */
const GROUP_SELECTION = ["all-groups", "group"];
/** allDeleteOffsetsOpts, in HashSet order. */
const DELETE_OFFSETS_OPTS = ["topic", "group"];
/** allResetOffsetScenarioOpts, in HashSet order (minus() copies keep it). */
export const RESET_SCENARIOS = ["to-offset", "to-current", "to-datetime", "from-file", "by-duration", "to-earliest", "to-latest", "shift-by"];

const list = (names: readonly string[]): string => names.map(specString).join(", ");

export const DRY_RUN_WARNING =
  "WARN: No action will be performed as the --execute option is missing." +
  "In a future major release, the default behavior of this command will be to prompt the user before " +
  "executing the reset rather than doing a dry run. You should add the --dry-run option explicitly " +
  "if you are scripting this command and want to keep the current default behavior without prompting.";

/** ConsumerGroupCommandOptions.fromArgs: parse (an OptionException escapes main) then checkArgs(). */
export function consumerGroupOptionsFromArgs(ctx: ToolContext, args: readonly string[]): OptionSet {
  const options = new OptionParser(CG_OPTION_SPECS).parse(args, CG_PARSE_FRAMES);
  checkArgs(ctx, args, options);
  return options;
}

function checkArgs(ctx: ToolContext, args: readonly string[], o: OptionSet): void {
  maybePrintHelpOrVersion(
    ctx,
    args,
    o,
    "This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.",
  );
  checkRequiredArgs(ctx, o, "bootstrap-server");

  if (o.has("describe")) {
    if (!o.has("group") && !o.has("all-groups")) {
      printUsageAndExit(ctx, `Option ${specString("describe")} takes one of these options: ${list(GROUP_SELECTION)}`);
    }
    const exclusive = ["members", "offsets", "state"];
    if (exclusive.filter((x) => o.has(x)).length > 1) {
      printUsageAndExit(ctx, `Option ${specString("describe")} takes at most one of these options: ${list(exclusive)}`);
    }
    if (o.has("state") && o.valueOf("state", CHECK_ARGS_FRAMES) !== null) {
      printUsageAndExit(ctx, `Option ${specString("describe")} does not take a value for ${specString("state")}`);
    }
  }

  if (o.has("delete")) {
    if (!o.has("group") && !o.has("all-groups")) {
      printUsageAndExit(ctx, `Option ${specString("delete")} takes one of these options: ${list(GROUP_SELECTION)}`);
    }
    if (o.has("topic")) printUsageAndExit(ctx, "The consumer does not support topic-specific offset deletion from a consumer group.");
  }

  if (o.has("delete-offsets")) {
    if (!o.has("group") || !o.has("topic")) {
      printUsageAndExit(ctx, `Option ${specString("delete-offsets")} takes the following options: ${list(DELETE_OFFSETS_OPTS)}`);
    }
  }

  if (o.has("reset-offsets")) {
    if (o.has("dry-run") && o.has("execute")) {
      printUsageAndExit(ctx, `Option ${specString("reset-offsets")} only accepts one of ${specString("execute")} and ${specString("dry-run")}`);
    }
    if (!o.has("dry-run") && !o.has("execute")) ctx.con.errPrintln(DRY_RUN_WARNING);
    if (!o.has("group") && !o.has("all-groups")) {
      printUsageAndExit(ctx, `Option ${specString("reset-offsets")} takes one of these options: ${list(GROUP_SELECTION)}`);
    }
    for (const s of ["to-offset", "to-datetime", "by-duration", "to-earliest", "to-latest", "to-current", "shift-by", "from-file"]) {
      checkInvalidArgs(ctx, o, s, RESET_SCENARIOS.filter((x) => x !== s));
    }
  }

  checkInvalidArgs(ctx, o, "group", ["all-groups"]);
  checkInvalidArgs(ctx, o, "group", ["list"]);
  checkInvalidArgs(ctx, o, "topic", ["describe", "list"]);
}

/** The action check at the top of ConsumerGroupCommand.main. */
export function checkSingleAction(ctx: ToolContext, o: OptionSet): "list" | "describe" | "delete" | "reset-offsets" | "delete-offsets" {
  const actions = (["list", "describe", "delete", "reset-offsets", "delete-offsets"] as const).filter((a) => o.has(a));
  if (actions.length !== 1) {
    printUsageAndExit(ctx, "Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets");
  }
  return actions[0]!;
}


