/**
 * kafka-consumer-groups.sh: ConsumerGroupCommand.main and run() of
 * tools/src/main/java/org/apache/kafka/tools/consumer/group/ConsumerGroupCommand.java. An OptionException thrown
 * while the options are parsed escapes main (the JVM prints it as "Exception in thread "main" ..."); inside run(),
 * an IllegalArgumentException becomes a usage error and anything else "Executing consumer group command failed".
 */
import { Admin } from "./admin";
import type { CliBackend } from "./backend";
import { printUsageAndExit, type ToolContext } from "./commandLineUtils";
import { deleteGroups, deleteOffsets } from "./consumerGroupDelete";
import { describeGroups, listGroups, printError } from "./consumerGroupDescribe";
import { checkSingleAction, consumerGroupOptionsFromArgs } from "./consumerGroupOptions";
import { exportOffsetsToCsv, printOffsetsToReset, resetOffsets } from "./consumerGroupReset";
import { CONSUMER_GROUPS_HELP } from "./helpText";
import { Console, ExitSignal, JavaThrowable } from "./java";
import type { OptionSet } from "./jopt";

type Action = ReturnType<typeof checkSingleAction>;

function run(ctx: ToolContext, admin: Admin, o: OptionSet, action: Action): void {
  try {
    // new ConsumerGroupService(...) -> createAdminClient: the property file, then the server; every Admin call then
    // reads --timeout (withTimeoutMs).
    if (o.has("command-config")) {
      throw JavaThrowable.wrapping("java.lang.RuntimeException", new JavaThrowable("java.nio.file.NoSuchFileException", o.stringValueOf("command-config")));
    }
    o.valueOf("bootstrap-server");
    o.valueOf("timeout");
    switch (action) {
      case "list":
        listGroups(ctx, admin, o);
        break;
      case "describe":
        describeGroups(ctx, admin, o);
        break;
      case "delete":
        deleteGroups(ctx, admin, o);
        break;
      case "reset-offsets": {
        const offsets = resetOffsets(ctx, admin, o);
        if (o.has("export")) ctx.con.println(exportOffsetsToCsv(o, offsets));
        else printOffsetsToReset(ctx, offsets);
        break;
      }
      case "delete-offsets":
        deleteOffsets(ctx, admin, o);
        break;
    }
  } catch (e) {
    if (!(e instanceof JavaThrowable)) throw e;
    if (e.className === "java.lang.IllegalArgumentException") printUsageAndExit(ctx, e.getMessage() ?? "null");
    printError(ctx, `Executing consumer group command failed due to ${e.getMessage()}`, e);
  }
}

/** Runs kafka-consumer-groups.sh with the given arguments; returns the exit code. */
export function consumerGroupCommand(backend: CliBackend, args: readonly string[], con: Console): number {
  const ctx: ToolContext = { con, help: CONSUMER_GROUPS_HELP, wallClockMs: backend.epochMs() + backend.now() };
  try {
    let options: OptionSet;
    try {
      options = consumerGroupOptionsFromArgs(ctx, args);
    } catch (e) {
      if (e instanceof JavaThrowable) {
        con.errPrint(`Exception in thread "main" ${e.stackTrace()}`);
        return 1;
      }
      throw e;
    }
    const action = checkSingleAction(ctx, options);
    run(ctx, new Admin(backend, ctx), options, action);
    return 0;
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}
