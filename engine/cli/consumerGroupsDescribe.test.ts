/**
 * kafka-consumer-groups.sh --list and --describe against ConsumerGroupCommand.java (K). The expected tables were
 * produced with java.util.Formatter from Kafka's own format strings ("\n%-15s %-15s %-10s ...") and pasted here.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./index";
import { FakeBackend, member } from "./testing/fakeBackend";
import { scenario } from "./testing/scenario";

const CG = "kafka-consumer-groups.sh --bootstrap-server localhost:9092";

const DESCRIBE_MY_GROUP =
  "\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID              HOST            CLIENT-ID\nmy-group        orders          0          100             150             50              consumer-my-group-1-3f2a /127.0.0.1      consumer-my-group-1\nmy-group        orders          1          200             200             0               consumer-my-group-1-3f2a /127.0.0.1      consumer-my-group-1\nmy-group        orders          2          150             180             30              consumer-my-group-2-9c1d /127.0.0.1      consumer-my-group-2\n";
const DESCRIBE_IDLE_GROUP =
  "\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID\nidle-group      payments        0          20              50              30              -               -               -\nidle-group      orders          0          50              150             100             -               -               -\nidle-group      orders          1          60              200             140             -               -               -\nidle-group      orders          2          70              180             110             -               -               -\n";
const DESCRIBE_REBALANCING =
  "\nGROUP             TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID              HOST            CLIENT-ID\nrebalancing-group orders          1          -               200             -               consumer-rebal-1-5e6f7a8 /127.0.0.1      consumer-rebal-1\nrebalancing-group orders          0          10              150             140             -                        -               -\n";
const MEMBERS_MY_GROUP =
  "\nGROUP           CONSUMER-ID              HOST            CLIENT-ID           #PARTITIONS     \nmy-group        consumer-my-group-1-3f2a /127.0.0.1      consumer-my-group-1 2               \nmy-group        consumer-my-group-2-9c1d /127.0.0.1      consumer-my-group-2 1               \n";
const MEMBERS_MY_GROUP_VERBOSE =
  "\nGROUP           CONSUMER-ID              HOST            CLIENT-ID           #PARTITIONS     ASSIGNMENT\nmy-group        consumer-my-group-1-3f2a /127.0.0.1      consumer-my-group-1 2               orders(0,1)\nmy-group        consumer-my-group-2-9c1d /127.0.0.1      consumer-my-group-2 1               orders(2)\n";
const MEMBERS_STATIC_VERBOSE =
  "\nGROUP           CONSUMER-ID     GROUP-INSTANCE-ID HOST            CLIENT-ID         #PARTITIONS     ASSIGNMENT\nstatic-group    instance-a-77aa instance-a        /10.0.0.7       consumer-static-1 3               orders(1), payments(0), users(0)\nstatic-group    instance-b-88bb                   /10.0.0.8       consumer-static-2 0               -\n";
const MEMBERS_EMPTY_HEADER =
  "\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n";
const STATE_MY_GROUP =
  "\nGROUP                     COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS\nmy-group                  localhost:9092  (1)       range                Stable          2\n";
const STATE_IDLE_GROUP =
  "\nGROUP                     COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS\nidle-group                localhost:9092  (1)                            Empty           0\n";
const LIST_STATE =
  "GROUP                       STATE               \nmy-group                    Stable              \nrebalancing-group           PreparingRebalance  \nidle-group                  Empty               \n";
const LIST_TYPE_STATE_EMPTY =
  "GROUP                     TYPE                 STATE               \nidle-group                Classic              Empty               \n";

describe("--describe (offsets, the default)", () => {
  it("prints the offsets table of a stable group, members with most partitions first", () => {
    const r = runCli(scenario(), `${CG} --describe --group my-group`);
    expect(r).toEqual({ exitCode: 0, stdout: DESCRIBE_MY_GROUP, stderr: "" });
  });

  it("is the same with --offsets and with the options in another order", () => {
    const r = runCli(scenario(), `kafka-consumer-groups.sh --describe --group my-group --offsets --bootstrap-server localhost:9092`);
    expect(r.stdout).toBe(DESCRIBE_MY_GROUP);
  });

  it("lists committed partitions without an owner with '-' columns and says on stderr the group has no active members", () => {
    const r = runCli(scenario(), `${CG} --describe --group idle-group`);
    expect(r.stdout).toBe(DESCRIBE_IDLE_GROUP);
    expect(r.stderr).toBe("\nConsumer group 'idle-group' has no active members.\n");
    expect(r.exitCode).toBe(0);
  });

  it("warns on stderr about a rebalancing group; a partition with no commit shows '-' for offset and lag", () => {
    const r = runCli(scenario(), `${CG} --describe --group rebalancing-group`);
    expect(r.stdout).toBe(DESCRIBE_REBALANCING);
    expect(r.stderr).toBe("\nWarning: Consumer group 'rebalancing-group' is rebalancing.\n");
  });

  it("reports an unknown group as an error on stdout, with exit code 0", () => {
    const r = runCli(scenario(), `${CG} --describe --group nope`);
    expect(r).toEqual({ exitCode: 0, stdout: "\nError: Consumer group 'nope' does not exist.\n", stderr: "" });
  });

  it("prints an empty group with no commits as nothing but the stderr notice", () => {
    const b = scenario({ groups: [{ groupId: "fresh", state: "Empty" }] });
    const r = runCli(b, `${CG} --describe --group fresh`);
    expect(r).toEqual({ exitCode: 0, stdout: "", stderr: "\nConsumer group 'fresh' has no active members.\n" });
  });

  it("describes several groups in group-id order, each block after a blank line", () => {
    const r = runCli(scenario(), `${CG} --describe --group my-group --group idle-group`);
    expect(r.stdout).toBe(DESCRIBE_IDLE_GROUP + DESCRIBE_MY_GROUP);
  });

  it("--all-groups describes every consumer group", () => {
    const r = runCli(scenario(), `${CG} --describe --all-groups`);
    expect(r.stdout).toBe(DESCRIBE_IDLE_GROUP + DESCRIBE_MY_GROUP + DESCRIBE_REBALANCING);
    expect(r.stderr).toBe("\nConsumer group 'idle-group' has no active members.\n\nWarning: Consumer group 'rebalancing-group' is rebalancing.\n");
  });

  it("prints the partitions of a topic in java.util.HashMap order, as Kafka does", () => {
    const parts = Array.from({ length: 10 }, () => ({ logStartOffset: 0, logEndOffset: 5 }));
    const assignment = parts.map((_, i) => ["orders", i] as const);
    const b = new FakeBackend({
      topics: [{ name: "orders", partitions: parts }],
      groups: [{ groupId: "g", state: "Stable", members: [member("m", "c", assignment)] }],
    });
    const rows = runCli(b, `${CG} --describe --group g`).stdout.split("\n").slice(2, -1);
    expect(rows.map((l) => l.split(/ +/)[2])).toEqual(["7", "8", "9", "0", "1", "2", "3", "4", "5", "6"]);
  });
});

describe("--describe --members", () => {
  it("prints one row per member with a trailing column separator", () => {
    expect(runCli(scenario(), `${CG} --describe --group my-group --members`).stdout).toBe(MEMBERS_MY_GROUP);
  });

  it("--verbose adds the assignment, written topic(partitions) as the 3.7 tool did", () => {
    expect(runCli(scenario(), `${CG} --describe --group my-group --members --verbose`).stdout).toBe(MEMBERS_MY_GROUP_VERBOSE);
  });

  it("adds GROUP-INSTANCE-ID when a member is static; topics sorted, '-' for no assignment", () => {
    const b = scenario({
      groups: [
        {
          groupId: "static-group",
          state: "Stable",
          members: [
            member("instance-a-77aa", "consumer-static-1", [["users", 0], ["payments", 0], ["orders", 1]], { groupInstanceId: "instance-a", host: "/10.0.0.7" }),
            member("instance-b-88bb", "consumer-static-2", [], { host: "/10.0.0.8" }),
          ],
        },
      ],
    });
    expect(runCli(b, `${CG} --describe --group static-group --members --verbose`).stdout).toBe(MEMBERS_STATIC_VERBOSE);
  });

  it("still prints the header (default widths) for an empty group", () => {
    const r = runCli(scenario(), `${CG} --describe --group idle-group --members`);
    expect(r.stdout).toBe(MEMBERS_EMPTY_HEADER);
    expect(r.stderr).toBe("\nConsumer group 'idle-group' has no active members.\n");
  });

  it("prints the error and then the header for an unknown group", () => {
    const r = runCli(scenario(), `${CG} --describe --group nope --members`);
    expect(r.stdout).toBe("\nError: Consumer group 'nope' does not exist.\n" + MEMBERS_EMPTY_HEADER);
  });
});

describe("--describe --state", () => {
  it("names the coordinator 'host:port  (id)' with two spaces", () => {
    expect(runCli(scenario(), `${CG} --describe --group my-group --state`).stdout).toBe(STATE_MY_GROUP);
  });

  it("shows an empty assignment strategy as blanks and the notice on stderr", () => {
    const r = runCli(scenario(), `${CG} --describe --group idle-group --state`);
    expect(r.stdout).toBe(STATE_IDLE_GROUP);
    expect(r.stderr).toBe("\nConsumer group 'idle-group' has no active members.\n");
  });

  it("prints only the error for an unknown group", () => {
    expect(runCli(scenario(), `${CG} --describe --group nope --state`).stdout).toBe("\nError: Consumer group 'nope' does not exist.\n");
  });
});

describe("--list", () => {
  it("prints one group id per line, in HashMap order", () => {
    expect(runCli(scenario(), `${CG} --list`)).toEqual({ exitCode: 0, stdout: "my-group\nrebalancing-group\nidle-group\n", stderr: "" });
  });

  it("skips groups of other protocol types", () => {
    const b = scenario({ groups: [{ groupId: "connect-cluster", state: "Stable", protocolType: "connect" }] });
    expect(runCli(b, `${CG} --list`).stdout).toBe("my-group\nrebalancing-group\nidle-group\n");
  });

  it("--state adds a STATE column, the group column max(15, longest) + 10 wide", () => {
    expect(runCli(scenario(), `${CG} --list --state`).stdout).toBe(LIST_STATE);
  });

  it("--state with a list filters, case-insensitively; --type adds TYPE", () => {
    expect(runCli(scenario(), `${CG} --list --type --state EMPTY`).stdout).toBe(LIST_TYPE_STATE_EMPTY);
  });

  it("prints only the header when nothing matches", () => {
    expect(runCli(scenario(), `${CG} --list --state dead`).stdout).toBe("GROUP                     STATE               \n");
  });

  it("rejects an unknown state as a usage error", () => {
    const r = runCli(scenario(), `${CG} --list --state stable,bogus`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe(
      "Invalid state list 'stable,bogus'. Valid states are: PreparingRebalance, CompletingRebalance, Stable, Dead, Empty, Assigning, Reconciling",
    );
    expect(r.stderr.split("\n")[1]).toBe("Option                                  Description                            ");
  });

  it("rejects an unknown type", () => {
    const r = runCli(scenario(), `${CG} --list --type share,foo`);
    expect(r.stderr.split("\n")[0]).toBe("Invalid types list 'share,foo'. Valid types are: Consumer, Classic, Share");
  });
});

describe("the course's describe command", () => {
  it("runs as printed, over three lines", () => {
    const r = runCli(scenario(), "kafka-consumer-groups.sh --describe \\\n  --group my-group \\\n  --bootstrap-server localhost:9092");
    expect(r).toEqual({ exitCode: 0, stdout: DESCRIBE_MY_GROUP, stderr: "" });
  });
});

describe("failures while running", () => {
  it("a bad --timeout fails when the first Admin call reads it", () => {
    const r = runCli(scenario(), `${CG} --list --timeout abc`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("\nError: Executing consumer group command failed due to Cannot parse argument 'abc' of option timeout\n");
    expect(r.stderr).toBe(
      "joptsimple.OptionArgumentConversionException: Cannot parse argument 'abc' of option timeout\n" +
        'Caused by: joptsimple.internal.ReflectionException: java.lang.NumberFormatException: For input string: "abc"\n',
    );
  });

  it("--command-config names a file the simulated machine does not have", () => {
    expect(runCli(scenario(), `${CG} --list --command-config client.properties`).stdout).toBe(
      "\nError: Executing consumer group command failed due to java.nio.file.NoSuchFileException: client.properties\n",
    );
  });

  it("a committed offset on a topic that no longer exists fails the lookup of log end offsets", () => {
    const b = scenario({ groups: [{ groupId: "old", state: "Empty", committed: [["gone", 0, 5]] }] });
    const r = runCli(b, `${CG} --describe --group old`);
    expect(r.stdout).toBe(
      "\nError: Executing consumer group command failed due to java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: Failed to fetch metadata for partition gone-0 because metadata for topic `gone` could not be found\n",
    );
    expect(r.stderr.startsWith(
      "[2024-01-01 01:00:00,000] ERROR [AdminClient clientId=adminclient-1] Received unknown topic error for topic gone (org.apache.kafka.clients.admin.internals.PartitionLeaderStrategy)\n" +
        "org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\n",
    )).toBe(true);
  });
});
