/** Tab completion of program names, option names, group ids and topic names. */
import { describe, expect, it } from "vitest";
import { cliCompletions } from "./index";
import { scenario } from "./testing/scenario";

describe("cliCompletions", () => {
  const b = scenario();
  it("completes program names", () => {
    expect(cliCompletions(b, "kafka-c")).toEqual(["kafka-consumer-groups.sh"]);
    expect(cliCompletions(b, "")).toEqual(["kafka-consumer-groups.sh", "kafka-topics.sh"]);
  });

  it("completes option names of the tool", () => {
    expect(cliCompletions(b, "kafka-consumer-groups.sh --desc")).toEqual(["--describe"]);
    expect(cliCompletions(b, "kafka-consumer-groups.sh --to-")).toEqual(["--to-current", "--to-datetime", "--to-earliest", "--to-latest", "--to-offset"]);
    expect(cliCompletions(b, "kafka-topics.sh --repl")).toEqual(["--replica-assignment", "--replication-factor"]);
  });

  it("leaves out options already given, except repeatable ones", () => {
    expect(cliCompletions(b, "kafka-consumer-groups.sh --describe --de")).toEqual(["--delete", "--delete-offsets"]);
    expect(cliCompletions(b, "kafka-consumer-groups.sh --group a --gr")).toEqual(["--group"]);
  });

  it("completes group ids, topic names and the server", () => {
    expect(cliCompletions(b, "kafka-consumer-groups.sh --describe --group ")).toEqual(["idle-group", "my-group", "rebalancing-group"]);
    expect(cliCompletions(b, "kafka-consumer-groups.sh --describe --group my")).toEqual(["my-group"]);
    expect(cliCompletions(b, "bin/kafka-topics.sh --describe --topic p")).toEqual(["payments"]);
    expect(cliCompletions(b, "kafka-topics.sh --bootstrap-server ")).toEqual(["localhost:9092"]);
    expect(cliCompletions(b, "kafka-topics.sh --create --config retention.m")).toEqual(["retention.ms="]);
  });

  it("offers states after --state but options after a dash", () => {
    expect(cliCompletions(b, "kafka-consumer-groups.sh --list --state St")).toEqual(["Stable"]);
    expect(cliCompletions(b, "kafka-consumer-groups.sh --list --state --ty")).toEqual(["--type"]);
  });

  it("offers nothing for an unknown program", () => {
    expect(cliCompletions(b, "ls --")).toEqual([]);
  });
});
