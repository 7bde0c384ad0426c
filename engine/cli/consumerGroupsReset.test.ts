/**
 * kafka-consumer-groups.sh --reset-offsets against ConsumerGroupCommand.java (K): scopes, every scenario, the log-range
 * clamping of checkOffsetsRange (log4j WARN lines on stderr), --dry-run / --execute, --export, the refusal for an
 * active group and the course's commands. Expected tables come from Kafka's format string "%n%-30s %-30s %-10s %-15s".
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./index";
import { scenario } from "./testing/scenario";

const CG = "kafka-consumer-groups.sh --bootstrap-server localhost:9092";
const WARN =
  "WARN: No action will be performed as the --execute option is missing.In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting.\n";
const LOG = "(org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)";

const RESET_TO_OFFSET_100 =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          100            \n";
const RESET_HEADER_ONLY =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \n";
const RESET_CLAMPED_HIGH =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          150            \nidle-group                     orders                         1          200            \nidle-group                     orders                         2          180            \n";
const RESET_PAYMENTS_10 =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     payments                       0          10             \n";
const RESET_DATETIME_FALLBACK =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          150            \nidle-group                     orders                         1          150            \nidle-group                     orders                         2          150            \n";
const RESET_ALL_100 =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          100            \nidle-group                     orders                         1          100            \nidle-group                     orders                         2          100            \n";
const RESET_ALL_60 =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          60             \nidle-group                     orders                         1          60             \nidle-group                     orders                         2          60             \n";
const RESET_ALL_0 =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          0              \nidle-group                     orders                         1          0              \nidle-group                     orders                         2          0              \n";
const RESET_TO_CURRENT_ALL =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     payments                       0          20             \nidle-group                     orders                         0          50             \nidle-group                     orders                         1          60             \nidle-group                     orders                         2          70             \n";
const RESET_LATEST_NEW_GROUP =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nnew-group                      orders                         0          150            \nnew-group                      orders                         1          200            \nnew-group                      orders                         2          180            \n";
const RESET_SHIFT =
  "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     \nidle-group                     orders                         0          40             \nidle-group                     orders                         1          50             \nidle-group                     orders                         2          60             \n";

describe("dry run and execute", () => {
  it("without --dry-run or --execute warns on stderr and changes nothing", () => {
    const b = scenario();
    const r = runCli(b, `${CG} --reset-offsets --group idle-group --topic orders --to-earliest`);
    expect(r).toEqual({ exitCode: 0, stdout: RESET_ALL_0, stderr: WARN });
    expect(b.calls).toEqual([]);
  });

  it("--dry-run prints the plan without the warning", () => {
    const b = scenario();
    expect(runCli(b, `${CG} --reset-offsets --group idle-group --topic orders --to-earliest --dry-run`)).toEqual({ exitCode: 0, stdout: RESET_ALL_0, stderr: "" });
    expect(b.calls).toEqual([]);
  });

  it("--execute writes the offsets through alterConsumerGroupOffsets", () => {
    const b = scenario();
    const r = runCli(b, `${CG} --reset-offsets --group idle-group --topic orders --to-earliest --execute`);
    expect(r).toEqual({ exitCode: 0, stdout: RESET_ALL_0, stderr: "" });
    expect(b.calls).toEqual(["alterOffsets idle-group orders-0=0,orders-1=0,orders-2=0"]);
  });

  it("refuses an active group with Kafka's text and an empty table", () => {
    const b = scenario();
    const r = runCli(b, `${CG} --reset-offsets --group my-group --topic orders --to-earliest --execute`);
    expect(r.stdout).toBe("\nError: Assignments can only be reset if the group 'my-group' is inactive, but the current state is Stable.\n" + RESET_HEADER_ONLY);
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(b.calls).toEqual([]);
  });

  it("names the rebalancing state in the refusal", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group rebalancing-group --all-topics --to-latest --dry-run`);
    expect(r.stdout).toBe(
      "\nError: Assignments can only be reset if the group 'rebalancing-group' is inactive, but the current state is PreparingRebalance.\n" + RESET_HEADER_ONLY,
    );
  });

  it("resets a group that does not exist yet (Dead), creating its offsets", () => {
    const b = scenario();
    const r = runCli(b, `${CG} --reset-offsets --group new-group --topic orders --to-latest --execute`);
    expect(r.stdout).toBe(RESET_LATEST_NEW_GROUP);
    expect(b.calls).toEqual(["alterOffsets new-group orders-0=150,orders-1=200,orders-2=180"]);
  });
});

describe("the course's commands (03-consumer-groups-and-offsets.md)", () => {
  it("accepts the multi-line form with backslashes; without --bootstrap-server Kafka refuses it", () => {
    const r = runCli(scenario(), "kafka-consumer-groups.sh --reset-offsets \\\n  --group my-group \\\n  --topic orders \\\n  --to-earliest \\\n  --execute");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.startsWith('Missing required argument "[bootstrap-server]"\nOption                                  Description')).toBe(true);
  });

  it("--topic orders:0 --to-offset 100 --execute", () => {
    const b = scenario();
    const r = runCli(b, `kafka-consumer-groups.sh --reset-offsets \\\n  --bootstrap-server localhost:9092 \\\n  --group idle-group \\\n  --topic orders:0 \\\n  --to-offset 100 \\\n  --execute`);
    expect(r).toEqual({ exitCode: 0, stdout: RESET_TO_OFFSET_100, stderr: "" });
    expect(b.calls).toEqual(["alterOffsets idle-group orders-0=100"]);
  });

  it("--to-datetime 2024-01-01T00:00:00.000 (UTC when no zone is given) on the active group is refused", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group my-group --topic orders --to-datetime 2024-01-01T00:00:00.000 --execute`);
    expect(r.stdout).toBe("\nError: Assignments can only be reset if the group 'my-group' is inactive, but the current state is Stable.\n" + RESET_HEADER_ONLY);
  });

  it("--to-datetime 2024-01-01T00:00:00.000 on an inactive group picks the first record at or after it", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-datetime 2024-01-01T00:00:00.000 --execute`);
    expect(r.stdout).toBe(RESET_ALL_0);
  });
});

describe("scenarios", () => {
  it("--to-offset beyond the log end is clamped, one WARN log line per partition", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-offset 500 --dry-run`);
    expect(r.stdout).toBe(RESET_CLAMPED_HIGH);
    expect(r.stderr).toBe(
      `[2024-01-01 01:00:00,000] WARN New offset (500) is higher than latest offset for topic partition orders-0. Value will be set to 150 ${LOG}\n` +
        `[2024-01-01 01:00:00,000] WARN New offset (500) is higher than latest offset for topic partition orders-1. Value will be set to 200 ${LOG}\n` +
        `[2024-01-01 01:00:00,000] WARN New offset (500) is higher than latest offset for topic partition orders-2. Value will be set to 180 ${LOG}\n`,
    );
  });

  it("--to-offset below the log start is raised to it", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic payments --to-offset 3 --dry-run`);
    expect(r.stdout).toBe(RESET_PAYMENTS_10);
    expect(r.stderr).toBe(`[2024-01-01 01:00:00,000] WARN New offset (3) is lower than earliest offset for topic partition payments-0. Value will be set to 10 ${LOG}\n`);
  });

  it("--shift-by moves from the committed offset (negative too) and is clamped", () => {
    expect(runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --shift-by -10 --dry-run`).stdout).toBe(RESET_SHIFT);
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic payments --shift-by -100 --dry-run`);
    expect(r.stdout).toBe(RESET_PAYMENTS_10);
    expect(r.stderr).toBe(`[2024-01-01 01:00:00,000] WARN New offset (-80) is lower than earliest offset for topic partition payments-0. Value will be set to 10 ${LOG}\n`);
  });

  it("--shift-by without a committed offset is a usage error", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group nope --topic orders:2 --shift-by 1 --dry-run`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe("Cannot shift offset for partition orders-2 since there is no current committed offset");
  });

  it("--to-current keeps committed offsets; --all-topics takes the committed partitions", () => {
    expect(runCli(scenario(), `${CG} --reset-offsets --group idle-group --all-topics --to-current --dry-run`).stdout).toBe(RESET_TO_CURRENT_ALL);
  });

  it("--to-current without a commit uses the log end", () => {
    expect(runCli(scenario(), `${CG} --reset-offsets --group new-group --topic orders --to-current --dry-run`).stdout).toBe(RESET_LATEST_NEW_GROUP);
  });

  it("--to-datetime falls back to the log end, with a Warn line on stdout, where no record is that recent", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-datetime 2024-01-01T00:02:30.000 --dry-run`);
    expect(r.stdout).toBe("\nWarn: Partition 0 from topic orders is empty. Falling back to latest known offset.\n" + RESET_DATETIME_FALLBACK);
  });

  it("--to-datetime honours a zone offset (+01:00, Z, +01)", () => {
    for (const dt of ["2024-01-01T01:01:40.000+01:00", "2024-01-01T00:01:40.000Z", "2024-01-01T01:01:40.000+01"]) {
      expect(runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-datetime ${dt} --dry-run`).stdout).toBe(RESET_ALL_100);
    }
  });

  it("--to-datetime without milliseconds is a parse failure reported by Kafka", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-datetime 2024-01-01T00:00:00 --dry-run`);
    expect(r.stdout).toBe('\nError: Executing consumer group command failed due to java.text.ParseException: Unparseable date: "2024-01-01T00:00:00Z"\n');
    expect(r.stderr.split("\n")[0]).toBe('java.lang.RuntimeException: java.text.ParseException: Unparseable date: "2024-01-01T00:00:00Z"');
    expect(r.exitCode).toBe(0);
  });

  it("--to-datetime without a T", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-datetime 2024-01-01 --dry-run`);
    expect(r.stdout).toBe(
      "\nError: Executing consumer group command failed due to java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format\n",
    );
  });

  it("--by-duration counts back from the simulated clock", () => {
    expect(runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --by-duration PT59M --dry-run`).stdout).toBe(RESET_ALL_60);
    expect(runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --by-duration PT58M20S --dry-run`).stdout).toBe(RESET_ALL_100);
  });

  it("--by-duration rejects a malformed duration", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --by-duration 1h --dry-run`);
    expect(r.stdout).toBe("\nError: Executing consumer group command failed due to Text cannot be parsed to a Duration\n");
    expect(r.stderr).toBe("java.time.format.DateTimeParseException: Text cannot be parsed to a Duration\n");
  });

  it("--to-offset abc fails when the value is read, after the group check", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-offset abc --dry-run`);
    expect(r.stdout).toBe("\nError: Executing consumer group command failed due to Cannot parse argument 'abc' of option to-offset\n");
    expect(r.stderr.split("\n")[0]).toBe("joptsimple.OptionArgumentConversionException: Cannot parse argument 'abc' of option to-offset");
    const active = runCli(scenario(), `${CG} --reset-offsets --group my-group --topic orders --to-offset abc --dry-run`);
    expect(active.stdout).toBe("\nError: Assignments can only be reset if the group 'my-group' is inactive, but the current state is Stable.\n" + RESET_HEADER_ONLY);
  });

  it("--from-file finds no file on the simulated machine", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --from-file plan.csv --dry-run`);
    expect(r.stdout).toBe("\nError: Executing consumer group command failed due to java.nio.file.NoSuchFileException: plan.csv\n");
  });

  it("--export prints CSV (topic,partition,offset for one group) followed by an empty line", () => {
    expect(runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --to-earliest --export --dry-run`).stdout).toBe(
      "orders,0,0\norders,1,0\norders,2,0\n\n",
    );
    expect(
      runCli(scenario(), `${CG} --reset-offsets --all-groups --topic payments --to-latest --export --dry-run`).stdout,
    ).toBe(
      "\nError: Assignments can only be reset if the group 'my-group' is inactive, but the current state is Stable.\n" +
        "\nError: Assignments can only be reset if the group 'rebalancing-group' is inactive, but the current state is PreparingRebalance.\n" +
        "idle-group,payments,0,50\n\n",
    );
  });
});

describe("scope errors", () => {
  it("needs --topic or --all-topics", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --to-latest --dry-run`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("One of the reset scopes should be defined: --all-topics, --topic.");
  });

  it("needs a scenario", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders --dry-run`);
    expect(r.stderr.split("\n")[0]).toBe(
      "Option '[reset-offsets]' requires one of the following scenarios: [[to-offset], [to-current], [to-datetime], [from-file], [by-duration], [to-earliest], [to-latest], [shift-by]]",
    );
  });

  it("rejects a bad partition list", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic orders:x --to-latest --dry-run`);
    expect(r.stderr.split("\n")[0]).toBe("Invalid partition 'x' specified in topic arg 'orders:x''");
  });

  it("reports an unknown topic", () => {
    const r = runCli(scenario(), `${CG} --reset-offsets --group idle-group --topic nosuch --to-latest --dry-run`);
    expect(r.stdout).toBe(
      "\nError: Executing consumer group command failed due to java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\n",
    );
  });
});
