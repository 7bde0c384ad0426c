/**
 * kafka-topics.sh against TopicCommand.java (Kafka 3.8.0) and the KRaft controller's answers
 * (ReplicationControlManager.java): describe, list, create, alter and their error texts.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./index";
import { FakeBackend } from "./testing/fakeBackend";
import { scenario } from "./testing/scenario";

const T = "kafka-topics.sh --bootstrap-server localhost:9092";
const ERR = "[2024-01-01 01:00:00,000] ERROR ";
const CAT = " (org.apache.kafka.tools.TopicCommand)\n";

const ORDERS =
  "Topic: orders\tTopicId: vT7bX2QkRwa3CzJ9dE1fNg\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: cleanup.policy=delete,retention.ms=604800000\n" +
  "\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: \n" +
  "\tTopic: orders\tPartition: 1\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: \n" +
  "\tTopic: orders\tPartition: 2\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: \n";
const PAYMENTS =
  "Topic: payments\tTopicId: Qm8sLp0aTgiYb4Nc6VwZxA\tPartitionCount: 1\tReplicationFactor: 1\tConfigs: \n" +
  "\tTopic: payments\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: \n";

describe("--describe", () => {
  it("prints the topic line, then a tab-indented line per partition", () => {
    expect(runCli(scenario(), `${T} --describe --topic orders`)).toEqual({ exitCode: 0, stdout: ORDERS, stderr: "" });
  });

  it("describes every topic (in the Admin client's HashMap order) without --topic", () => {
    expect(runCli(scenario(), `${T} --describe`).stdout).toBe(ORDERS + PAYMENTS);
  });

  it("--topic is a regular expression", () => {
    expect(runCli(scenario(), `${T} --describe --topic 'pay.*'`).stdout).toBe(PAYMENTS);
  });

  it("prints configs in the order of the Admin client's Config map", () => {
    const b = new FakeBackend({
      topics: [{ name: "t", topicId: "AbCdEfGhIjKlMnOpQrStUv", partitions: [{ logStartOffset: 0, logEndOffset: 0 }], configs: { "segment.bytes": "1048576", "retention.ms": "60000", "min.insync.replicas": "1" } }],
    });
    expect(runCli(b, `${T} --describe --topic t`).stdout.split("\n")[0]).toBe(
      "Topic: t\tTopicId: AbCdEfGhIjKlMnOpQrStUv\tPartitionCount: 1\tReplicationFactor: 1\tConfigs: min.insync.replicas=1,retention.ms=60000,segment.bytes=1048576",
    );
  });

  it("reports a missing topic as Kafka does (with Optional[...] in the text)", () => {
    const r = runCli(scenario(), `${T} --describe --topic nosuch`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("Error while executing topic command : Topic 'Optional[nosuch]' does not exist as expected\n");
    expect(r.stderr).toBe(
      `${ERR}java.lang.IllegalArgumentException: Topic 'Optional[nosuch]' does not exist as expected\n` +
        "\tat org.apache.kafka.tools.TopicCommand.ensureTopicExists(TopicCommand.java:216)\n" +
        "\tat org.apache.kafka.tools.TopicCommand$TopicService.describeTopic(TopicCommand.java:576)\n" +
        "\tat org.apache.kafka.tools.TopicCommand.execute(TopicCommand.java:109)\n" +
        "\tat org.apache.kafka.tools.TopicCommand.mainNoExit(TopicCommand.java:88)\n" +
        "\tat org.apache.kafka.tools.TopicCommand.main(TopicCommand.java:83)\n" +
        CAT,
    );
  });

  it("--if-exists turns a missing topic into no output", () => {
    expect(runCli(scenario(), `${T} --describe --topic nosuch --if-exists`)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("--under-replicated-partitions finds nothing on one broker; --at-min-isr-partitions lists every partition", () => {
    expect(runCli(scenario(), `${T} --describe --under-replicated-partitions`).stdout).toBe("");
    expect(runCli(scenario(), `${T} --describe --topic payments --at-min-isr-partitions`).stdout).toBe(
      "\tTopic: payments\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr: \n",
    );
  });

  it("--topics-with-overrides prints the topic lines of topics with configs only", () => {
    expect(runCli(scenario(), `${T} --describe --topics-with-overrides`).stdout).toBe(ORDERS.split("\n")[0] + "\n");
  });
});

describe("--list", () => {
  it("prints the sorted topic names, internal ones unless --exclude-internal", () => {
    const b = scenario({ topics: [{ name: "__consumer_offsets", internal: true, partitions: [{ logStartOffset: 0, logEndOffset: 0 }] }] });
    expect(runCli(b, `${T} --list`).stdout).toBe("__consumer_offsets\norders\npayments\n");
    expect(runCli(b, `${T} --list --exclude-internal`).stdout).toBe("orders\npayments\n");
  });

  it("prints an empty line when there is no topic", () => {
    expect(runCli(new FakeBackend(), `${T} --list`)).toEqual({ exitCode: 0, stdout: "\n", stderr: "" });
  });
});

describe("--create", () => {
  it("creates a topic", () => {
    const b = scenario();
    expect(runCli(b, `${T} --create --topic clicks --partitions 6 --replication-factor 1 --config retention.ms=60000`)).toEqual({
      exitCode: 0,
      stdout: "Created topic clicks.\n",
      stderr: "",
    });
    expect(b.calls).toEqual(['createTopic clicks 6 {"retention.ms":"60000"}']);
  });

  it("uses the broker default of one partition", () => {
    const b = scenario();
    runCli(b, `${T} --create --topic clicks`);
    expect(b.calls).toEqual(["createTopic clicks 1 {}"]);
  });

  it("warns about '.' and '_' in names", () => {
    expect(runCli(scenario(), `${T} --create --topic my.topic`).stdout).toBe(
      "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\nCreated topic my.topic.\n",
    );
  });

  it("refuses an existing topic", () => {
    const r = runCli(scenario(), `${T} --create --topic orders --partitions 3`);
    expect(r).toEqual({
      exitCode: 1,
      stdout: "Error while executing topic command : Topic 'orders' already exists.\n",
      stderr: `${ERR}org.apache.kafka.common.errors.TopicExistsException: Topic 'orders' already exists.\n${CAT}`,
    });
  });

  it("--if-not-exists accepts an existing topic silently", () => {
    expect(runCli(scenario(), `${T} --create --topic orders --if-not-exists`)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("cannot replicate beyond the single broker", () => {
    expect(runCli(scenario(), `${T} --create --topic x --replication-factor 3`).stdout).toBe(
      "Error while executing topic command : Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 1 broker(s) are registered.\n",
    );
  });

  it("checks partitions and configs", () => {
    expect(runCli(scenario(), `${T} --create --topic x --partitions 0`).stdout).toBe("Error while executing topic command : The partitions must be greater than 0\n");
    expect(runCli(scenario(), `${T} --create --topic x --partitions abc`).stdout).toBe(
      "Error while executing topic command : Cannot parse argument 'abc' of option partitions\n",
    );
    expect(runCli(scenario(), `${T} --create --topic x --config foo=bar`).stdout).toBe("Error while executing topic command : Unknown topic config name: foo\n");
    expect(runCli(scenario(), `${T} --create --topic x --config retention.ms=abc`).stdout).toBe(
      "Error while executing topic command : Invalid value abc for configuration retention.ms: Not a number of type LONG\n",
    );
    expect(runCli(scenario(), `${T} --create --topic x --config retention.ms`).stdout).toBe(
      'Error while executing topic command : requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".\n',
    );
  });
});

describe("--alter", () => {
  it("adds partitions and prints nothing", () => {
    const b = scenario();
    expect(runCli(b, `${T} --alter --topic orders --partitions 5`)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
    expect(b.calls).toEqual(["addPartitions orders 5"]);
  });

  it("refuses fewer partitions with the controller's text", () => {
    const r = runCli(scenario(), `${T} --alter --topic orders --partitions 2`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("Error while executing topic command : The topic orders currently has 3 partition(s); 2 would not be an increase.\n");
    expect(r.stderr).toBe(
      `${ERR}org.apache.kafka.common.errors.InvalidPartitionsException: The topic orders currently has 3 partition(s); 2 would not be an increase.\n${CAT}`,
    );
  });

  it("refuses the same count", () => {
    expect(runCli(scenario(), `${T} --alter --topic orders --partitions 3`).stdout).toBe("Error while executing topic command : Topic already has 3 partition(s).\n");
  });

  it("needs an existing topic", () => {
    expect(runCli(scenario(), `${T} --alter --topic nosuch --partitions 3`).stdout).toBe(
      "Error while executing topic command : Topic 'Optional[nosuch]' does not exist as expected\n",
    );
  });
});

describe("--delete", () => {
  it("is disabled on the simulated broker", () => {
    const r = runCli(scenario(), `${T} --delete --topic orders`);
    expect(r.stdout).toBe("Error while executing topic command : Topic deletion is disabled.\n");
    expect(r.exitCode).toBe(1);
  });
});

describe("failures before the command runs", () => {
  it("a second --bootstrap-server fails when the Admin client is created (stack trace on stderr, exit 1)", () => {
    const r = runCli(scenario(), `${T} --bootstrap-server other:9092 --list`);
    expect(r).toEqual({
      exitCode: 1,
      stdout: "",
      stderr:
        "Found multiple arguments for option bootstrap-server, but you asked for only one\n" +
        "joptsimple.MultipleArgumentsForOptionException: Found multiple arguments for option bootstrap-server, but you asked for only one\n" +
        "\tat joptsimple.OptionSet.valueOf(OptionSet.java:179)\n" +
        "\tat org.apache.kafka.tools.TopicCommand$TopicCommandOptions.valueAsOption(TopicCommand.java:850)\n" +
        "\tat org.apache.kafka.tools.TopicCommand$TopicCommandOptions.valueAsOption(TopicCommand.java:841)\n" +
        "\tat org.apache.kafka.tools.TopicCommand$TopicCommandOptions.bootstrapServer(TopicCommand.java:881)\n" +
        "\tat org.apache.kafka.tools.TopicCommand.execute(TopicCommand.java:99)\n" +
        "\tat org.apache.kafka.tools.TopicCommand.mainNoExit(TopicCommand.java:88)\n" +
        "\tat org.apache.kafka.tools.TopicCommand.main(TopicCommand.java:83)\n\n",
    });
  });

  it("--command-config names a missing file", () => {
    expect(runCli(scenario(), `${T} --list --command-config admin.properties`)).toEqual({
      exitCode: 1,
      stdout: "",
      stderr: "admin.properties\njava.nio.file.NoSuchFileException: admin.properties\n\n",
    });
  });
});
