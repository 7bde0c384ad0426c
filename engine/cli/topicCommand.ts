/**
 * kafka-topics.sh: TopicCommand.mainNoExit, execute and TopicService (createTopic, alterTopic, listTopics,
 * describeTopic, deleteTopic) of tools/src/main/java/org/apache/kafka/tools/TopicCommand.java at Kafka 3.8.0, with
 * the broker's answers of metadata/.../controller/ReplicationControlManager.java (KRaft, 3.8.0) for the cases it
 * refuses. The simulated broker runs with delete.topic.enable=false.
 */
import { Admin } from "./admin";
import type { CliBackend, CliTopicInfo } from "./backend";
import { logLine, type ToolContext } from "./commandLineUtils";
import { TOPICS_HELP } from "./helpText";
import { Console, ExitSignal, JavaThrowable, javaSplit, stringHashOrder } from "./java";
import type { OptionSet } from "./jopt";
import { ERRORS, apiException, apiExceptionFor } from "./kafkaErrors";
import { TOPIC_CONFIG_NAMES, validateTopicConfig } from "./topicConfigs";
import { TOPIC_MAIN_FRAMES, topicOptionsFromArgs } from "./topicOptions";

const TC = "org.apache.kafka.tools.TopicCommand";
const INTERNAL_TOPICS = ["__consumer_offsets", "__transaction_state"];

function iae(message: string, frames: readonly string[]): JavaThrowable {
  return new JavaThrowable("java.lang.IllegalArgumentException", message, null, frames);
}

/** TopicFilter.IncludeList over the sorted topic names (getTopics / doGetTopics). */
function getTopics(admin: Admin, o: OptionSet): string[] {
  const exclude = o.has("exclude-internal");
  const all = admin.backend
    .topics()
    .filter((t) => !(exclude && t.internal))
    .map((t) => t.name)
    .sort();
  const include = o.stringValueOf("topic");
  if (include === null) return all.filter((t) => !(INTERNAL_TOPICS.includes(t) && exclude));
  const regex = include.trim().replaceAll(",", "|").replaceAll(" ", "").replace(/^["']+/, "").replace(/["']+$/, "");
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${regex})$`, "u");
  } catch {
    throw new JavaThrowable("java.lang.RuntimeException", `${regex} is an invalid regex.`);
  }
  return all.filter((t) => pattern.test(t) && !(INTERNAL_TOPICS.includes(t) && exclude));
}

function ensureTopicExists(found: readonly string[], o: OptionSet, callerFrames: readonly string[]): void {
  const requested = o.stringValueOf("topic");
  if (requested !== null && requested !== "" && !o.has("if-exists") && found.length === 0) {
    throw iae(`Topic 'Optional[${requested}]' does not exist as expected`, [`${TC}.ensureTopicExists(TopicCommand.java:216)`, ...callerFrames]);
  }
}

/** parseTopicConfigsToBeAdded: "k=v" pairs (split on \s*=\s*), then LogConfig.validate. */
function parseConfigs(o: OptionSet, callerFrames: readonly string[]): Record<string, string> {
  const pairs = o.rawValuesOf("config").map((s) => javaSplit(s.replace(/\s*=\s*/g, "\u0000"), "\u0000"));
  if (!pairs.every((p) => p.length === 2)) {
    throw iae('requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".', [
      `${TC}.parseTopicConfigsToBeAdded(TopicCommand.java:168)`,
      `${TC}$CommandTopicPartition.<init>(TopicCommand.java:265)`,
      ...callerFrames,
    ]);
  }
  const configs: Record<string, string> = {};
  for (const [k, v] of pairs as Array<[string, string]>) configs[k.trim()] = v.trim();
  validateTopicConfig(configs);
  return configs;
}

function createTopic(ctx: ToolContext, admin: Admin, o: OptionSet): void {
  const frames = [`${TC}$TopicService.createTopic(TopicCommand.java:458)`, `${TC}.execute(TopicCommand.java:103)`, ...TOPIC_MAIN_FRAMES];
  const name = o.stringValueOf("topic")!;
  const partitions = o.numberValueOf("partitions");
  const replicationFactor = o.numberValueOf("replication-factor");
  const assignment = o.stringValueOf("replica-assignment");
  const configs = parseConfigs(o, frames);
  if (name.includes(".") || name.includes("_")) {
    ctx.con.println(
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.",
    );
  }
  const inner = [`${TC}$TopicService.createTopic(TopicCommand.java:463)`, `${TC}.execute(TopicCommand.java:103)`, ...TOPIC_MAIN_FRAMES];
  if (replicationFactor !== null && (replicationFactor > 32767 || replicationFactor < 1)) {
    throw iae("The replication factor must be between 1 and 32767 inclusive", [`${TC}$TopicService.createTopic(TopicCommand.java:468)`, ...inner]);
  }
  if (partitions !== null && partitions < 1) {
    throw iae("The partitions must be greater than 0", [`${TC}$TopicService.createTopic(TopicCommand.java:471)`, ...inner]);
  }
  if (admin.backend.topic(name) !== null) {
    if (o.has("if-not-exists")) return;
    throw apiException(ERRORS.TOPIC_ALREADY_EXISTS, `Topic '${name}' already exists.`);
  }
  const count = assignment !== null && assignment !== "" ? assignment.split(",").length : (partitions ?? 1);
  const rf = replicationFactor ?? 1;
  if (rf > 1) {
    throw apiException(
      ERRORS.INVALID_REPLICATION_FACTOR,
      `Unable to replicate the partition ${rf} time(s): The target replication factor of ${rf} cannot be reached because only 1 broker(s) are registered.`,
    );
  }
  const r = admin.backend.createTopic(name, count, configs);
  if (!r.ok) throw apiExceptionFor(r.error);
  ctx.con.println(`Created topic ${name}.`);
}

function alterTopic(admin: Admin, o: OptionSet): void {
  const frames = [`${TC}$TopicService.alterTopic(TopicCommand.java:508)`, `${TC}.execute(TopicCommand.java:105)`, ...TOPIC_MAIN_FRAMES];
  const partitions = o.numberValueOf("partitions");
  parseConfigs(o, frames);
  const topics = getTopics(admin, o);
  ensureTopicExists(topics, o, [`${TC}$TopicService.alterTopic(TopicCommand.java:510)`, `${TC}.execute(TopicCommand.java:105)`, ...TOPIC_MAIN_FRAMES]);
  for (const name of topics) {
    const current = admin.backend.topic(name)!.partitions.length;
    const target = partitions!;
    if (target === current) throw apiException(ERRORS.INVALID_PARTITIONS, `Topic already has ${current} partition(s).`);
    if (target < current) {
      throw apiException(ERRORS.INVALID_PARTITIONS, `The topic ${name} currently has ${current} partition(s); ${target} would not be an increase.`);
    }
  }
  for (const name of topics) {
    const r = admin.backend.addPartitions(name, partitions!);
    if (!r.ok) throw apiExceptionFor(r.error);
  }
}

function describeTopic(ctx: ToolContext, admin: Admin, o: OptionSet): void {
  let topics: CliTopicInfo[];
  const topicId = o.stringValueOf("topic-id");
  if (topicId !== null && topicId !== "AAAAAAAAAAAAAAAAAAAAAA") {
    const found = admin.backend.topics().filter((t) => t.topicId === topicId && !(o.has("exclude-internal") && t.internal));
    if (found.length === 0 && !o.has("if-exists")) {
      throw iae(`TopicId '${topicId}' does not exist as expected`, [
        `${TC}.ensureTopicIdExists(TopicCommand.java:246)`,
        `${TC}$TopicService.describeTopic(TopicCommand.java:574)`,
        `${TC}.execute(TopicCommand.java:109)`,
        ...TOPIC_MAIN_FRAMES,
      ]);
    }
    topics = found;
  } else {
    const names = getTopics(admin, o);
    ensureTopicExists(names, o, [`${TC}$TopicService.describeTopic(TopicCommand.java:576)`, `${TC}.execute(TopicCommand.java:109)`, ...TOPIC_MAIN_FRAMES]);
    topics = admin.describeTopicsOrder(names).map((n) => admin.backend.topic(n)!);
  }
  const reports = ["under-replicated-partitions", "unavailable-partitions", "under-min-isr-partitions", "at-min-isr-partitions"];
  const describeConfigs = !reports.some((r) => o.has(r));
  const describePartitions = !o.has("topics-with-overrides");
  for (const t of topics) {
    const overrides = Object.keys(t.configs);
    const order = stringHashOrder([...TOPIC_CONFIG_NAMES, ...overrides.filter((k) => !TOPIC_CONFIG_NAMES.includes(k))]);
    const configs = order.filter((k) => k in t.configs).map((k) => `${k}=${t.configs[k]}`);
    const partitions = [...t.partitions].sort((a, b) => a.partition - b.partition);
    if (describeConfigs && (!o.has("topics-with-overrides") || overrides.length > 0)) {
      const id = t.topicId === "AAAAAAAAAAAAAAAAAAAAAA" ? "" : `\tTopicId: ${t.topicId}`;
      ctx.con.println(`Topic: ${t.name}${id}\tPartitionCount: ${partitions.length}\tReplicationFactor: 1\tConfigs: ${configs.join(",")}`);
    }
    if (!describePartitions) continue;
    const minIsr = Number(t.configs["min.insync.replicas"] ?? "1");
    for (const p of partitions) {
      // One broker: every partition is led by broker 1, fully replicated, never under-replicated or unavailable.
      const show = describeConfigs || (o.has("under-min-isr-partitions") && 1 < minIsr) || (o.has("at-min-isr-partitions") && minIsr === 1);
      if (!show) continue;
      ctx.con.println(`\tTopic: ${t.name}\tPartition: ${p.partition}\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: `);
    }
  }
}

function execute(ctx: ToolContext, admin: Admin, o: OptionSet): number {
  try {
    if (o.has("create")) createTopic(ctx, admin, o);
    else if (o.has("alter")) alterTopic(admin, o);
    else if (o.has("list")) ctx.con.println(getTopics(admin, o).join("\n"));
    else if (o.has("describe")) describeTopic(ctx, admin, o);
    else if (o.has("delete")) {
      ensureTopicExists(getTopics(admin, o), o, [`${TC}$TopicService.deleteTopic(TopicCommand.java:654)`, `${TC}.execute(TopicCommand.java:111)`, ...TOPIC_MAIN_FRAMES]);
      throw apiException(ERRORS.TOPIC_DELETION_DISABLED);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof JavaThrowable)) throw e;
    // printException: the message on stdout, the stack trace logged at ERROR.
    ctx.con.println(`Error while executing topic command : ${e.getMessage()}`);
    logLine(ctx, "ERROR", e.stackTrace(), TC);
    return 1;
  }
}

/** Runs kafka-topics.sh with the given arguments; returns the exit code. */
export function topicCommand(backend: CliBackend, args: readonly string[], con: Console): number {
  const ctx: ToolContext = { con, help: TOPICS_HELP, wallClockMs: backend.epochMs() + backend.now() };
  try {
    let o: OptionSet;
    try {
      o = topicOptionsFromArgs(ctx, args);
    } catch (e) {
      if (!(e instanceof JavaThrowable)) throw e;
      con.errPrintln(e.getMessage() ?? "null");
      con.errPrintln(e.stackTrace());
      return 1;
    }
    // new TopicService(opts.commandConfig(), opts.bootstrapServer()), outside execute's try.
    try {
      if (o.has("command-config")) throw new JavaThrowable("java.nio.file.NoSuchFileException", o.stringValueOf("command-config"));
      o.valueOf("bootstrap-server", [
        `${TC}$TopicCommandOptions.valueAsOption(TopicCommand.java:850)`,
        `${TC}$TopicCommandOptions.valueAsOption(TopicCommand.java:841)`,
        `${TC}$TopicCommandOptions.bootstrapServer(TopicCommand.java:881)`,
        `${TC}.execute(TopicCommand.java:99)`,
        ...TOPIC_MAIN_FRAMES,
      ]);
    } catch (e) {
      if (!(e instanceof JavaThrowable)) throw e;
      con.errPrintln(e.getMessage() ?? "null");
      con.errPrintln(e.stackTrace());
      return 1;
    }
    return execute(ctx, new Admin(backend, ctx), o);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}
