/**
 * Port of TopicCommand.TopicCommandOptions in tools/src/main/java/org/apache/kafka/tools/TopicCommand.java at
 * Kafka 3.8.0: the option declarations, checkArgs(), checkRequiredArgs() and checkInvalidArgs(). The conflicting
 * option named in a message is the first of Kafka's LinkedHashSet built from allTopicLevelOpts (a HashSet whose
 * order is describe, alter, delete, create, list).
 */
import { checkInvalidArgs, checkRequiredArgs, maybePrintHelpOrVersion, printUsageAndExit, type ToolContext } from "./commandLineUtils";
import { JavaThrowable } from "./java";
import { OptionParser, OptionSet, type OptionSpecDef } from "./jopt";

const TC = "org.apache.kafka.tools.TopicCommand";
export const TOPIC_MAIN_FRAMES = [`${TC}.mainNoExit(TopicCommand.java:88)`, `${TC}.main(TopicCommand.java:83)`];
const INIT_FRAMES = [`${TC}$TopicCommandOptions.<init>(TopicCommand.java:828)`, `${TC}.execute(TopicCommand.java:98)`, ...TOPIC_MAIN_FRAMES];

export const TOPIC_OPTION_SPECS: readonly OptionSpecDef[] = [
  { name: "help", arg: "none", forHelp: true },
  { name: "version", arg: "none", forHelp: true },
  { name: "bootstrap-server", arg: "required" },
  { name: "command-config", arg: "required" },
  { name: "list", arg: "none" },
  { name: "create", arg: "none" },
  { name: "delete", arg: "none" },
  { name: "alter", arg: "none" },
  { name: "describe", arg: "none" },
  { name: "topic", arg: "required" },
  { name: "topic-id", arg: "required" },
  { name: "config", arg: "required" },
  { name: "delete-config", arg: "required" },
  { name: "partitions", arg: "required", type: "int" },
  { name: "replication-factor", arg: "required", type: "int" },
  { name: "replica-assignment", arg: "required" },
  { name: "under-replicated-partitions", arg: "none" },
  { name: "unavailable-partitions", arg: "none" },
  { name: "under-min-isr-partitions", arg: "none" },
  { name: "at-min-isr-partitions", arg: "none" },
  { name: "topics-with-overrides", arg: "none" },
  { name: "if-exists", arg: "none" },
  { name: "if-not-exists", arg: "none" },
  { name: "exclude-internal", arg: "none" },
  { name: "partition-size-limit-per-response", arg: "required", type: "int" },
];

/** allTopicLevelOpts in HashSet order. */
const LEVEL = ["describe", "alter", "delete", "create", "list"];
/** allReplicationReportOpts in HashSet order. */
const REPORTS = ["at-min-isr-partitions", "unavailable-partitions", "under-min-isr-partitions", "under-replicated-partitions"];

/** TopicCommandOptions#invalidOptions: allTopicLevelOpts minus some, plus others. */
function invalidOptions(remove: readonly string[], add: readonly string[] = []): string[] {
  return [...LEVEL.filter((x) => !remove.includes(x)), ...add.filter((x) => !LEVEL.includes(x) || remove.includes(x))];
}

export const KAFKA_CONFIGS_SUPPORTS_ALTERING =
  " (the kafka-configs CLI supports altering topic configs with a --bootstrap-server option)";

/** new TopicCommandOptions(args): parse, then checkArgs(). Parse errors and the IAE below reach mainNoExit. */
export function topicOptionsFromArgs(ctx: ToolContext, args: readonly string[]): OptionSet {
  const o = new OptionParser(TOPIC_OPTION_SPECS).parse(args, INIT_FRAMES);
  if (args.length === 0) printUsageAndExit(ctx, "Create, delete, describe, or change a topic.");
  maybePrintHelpOrVersion(ctx, args, o, "This tool helps to create, delete, describe, or change a topic.");
  const actions = ["create", "list", "alter", "describe", "delete"].filter((a) => o.has(a));
  if (actions.length !== 1) {
    printUsageAndExit(ctx, "Command must include exactly one action: --list, --describe, --create, --alter or --delete");
  }

  // checkRequiredArgs
  if (!o.has("bootstrap-server")) {
    throw new JavaThrowable("java.lang.IllegalArgumentException", "--bootstrap-server must be specified", null, [
      `${TC}$TopicCommandOptions.checkRequiredArgs(TopicCommand.java:976)`,
      `${TC}$TopicCommandOptions.checkArgs(TopicCommand.java:969)`,
      `${TC}$TopicCommandOptions.<init>(TopicCommand.java:833)`,
      `${TC}.execute(TopicCommand.java:98)`,
      ...TOPIC_MAIN_FRAMES,
    ]);
  }
  if (o.has("describe") && o.has("if-exists")) {
    if (!o.has("topic") && !o.has("topic-id")) printUsageAndExit(ctx, "--topic or --topic-id is required to describe a topic");
    if (o.has("topic") && o.has("topic-id")) {
      ctx.con.println("Only topic id will be used when both --topic and --topic-id are specified and topicId is not Uuid.ZERO_UUID");
    }
  }
  if (!o.has("list") && !o.has("describe")) checkRequiredArgs(ctx, o, "topic");
  if (o.has("alter")) {
    if (o.has("bootstrap-server") && o.has("config") && o.has("alter")) {
      printUsageAndExit(
        ctx,
        `Option combination "[[bootstrap-server], [config]]" can't be used with option "[alter]"${KAFKA_CONFIGS_SUPPORTS_ALTERING}`,
      );
    }
    checkRequiredArgs(ctx, o, "partitions");
  }

  // checkInvalidArgs
  checkInvalidArgs(ctx, o, "config", invalidOptions(["alter", "create"]));
  checkInvalidArgs(ctx, o, "delete-config", invalidOptions(["alter"], ["bootstrap-server"]));
  checkInvalidArgs(ctx, o, "partitions", invalidOptions(["alter", "create"]));
  checkInvalidArgs(ctx, o, "replication-factor", invalidOptions(["create"]));
  checkInvalidArgs(ctx, o, "replica-assignment", invalidOptions(["alter", "create"]));
  if (o.has("create")) checkInvalidArgs(ctx, o, "replica-assignment", ["partitions", "replication-factor"]);
  for (const r of ["under-replicated-partitions", "under-min-isr-partitions", "at-min-isr-partitions", "unavailable-partitions"]) {
    checkInvalidArgs(ctx, o, r, invalidOptions(["describe", r], ["topics-with-overrides"]));
  }
  checkInvalidArgs(ctx, o, "topics-with-overrides", invalidOptions(["describe"], REPORTS));
  checkInvalidArgs(ctx, o, "if-exists", invalidOptions(["alter", "delete", "describe"]));
  checkInvalidArgs(ctx, o, "if-not-exists", invalidOptions(["create"]));
  checkInvalidArgs(ctx, o, "exclude-internal", invalidOptions(["list", "describe"]));
  return o;
}
