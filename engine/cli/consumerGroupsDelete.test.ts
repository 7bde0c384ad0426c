/**
 * kafka-consumer-groups.sh --delete and --delete-offsets against ConsumerGroupCommand.java (K): success and error
 * texts, the TOPIC / PARTITION / STATUS table ("%n%-30s %-15s %-15s", rows sorted by topic + partition).
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./index";
import { scenario } from "./testing/scenario";

const CG = "kafka-consumer-groups.sh --bootstrap-server localhost:9092";

const DELETE_OFFSETS_OK =
  "\nTOPIC                          PARTITION       STATUS         \norders                         0               Successful     \norders                         1               Successful     \norders                         2               Successful     \n";
const DELETE_OFFSETS_SUBSCRIBED =
  "\nTOPIC                          PARTITION       STATUS         \norders                         0               Error: :org.apache.kafka.common.errors.GroupSubscribedToTopicException: Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.\norders                         1               Error: :org.apache.kafka.common.errors.GroupSubscribedToTopicException: Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.\norders                         2               Error: :org.apache.kafka.common.errors.GroupSubscribedToTopicException: Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.\n";
const DELETE_OFFSETS_NO_GROUP =
  "\nTOPIC                          PARTITION       STATUS         \norders                         1               Error: :org.apache.kafka.common.errors.GroupIdNotFoundException: The group id does not exist.\n";
const DELETE_OFFSETS_UNKNOWN_TOPIC =
  "\nTOPIC                          PARTITION       STATUS         \nnosuch                         Not Provided    Error: :org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.\npayments                       0               Successful     \n";

describe("--delete", () => {
  it("deletes an empty group", () => {
    const b = scenario();
    const r = runCli(b, `${CG} --delete --group idle-group`);
    expect(r).toEqual({ exitCode: 0, stdout: "Deletion of requested consumer groups ('idle-group') was successful.\n", stderr: "" });
    expect(runCli(b, `${CG} --list`).stdout).toBe("my-group\nrebalancing-group\n");
  });

  it("joins several deleted groups inside one pair of quotes", () => {
    const b = scenario({ groups: [{ groupId: "g1", state: "Empty" }, { groupId: "g2", state: "Empty" }] });
    expect(runCli(b, `${CG} --delete --group g2 --group g1`).stdout).toBe("Deletion of requested consumer groups ('g1, g2') was successful.\n");
  });

  it("reports a non-empty group with the ExecutionException text, and the groups that were deleted", () => {
    const r = runCli(scenario(), `${CG} --delete --group my-group --group idle-group`);
    expect(r.stdout).toBe(
      "\nError: Deletion of some consumer groups failed:\n" +
        "* Group 'my-group' could not be deleted due to: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.GroupNotEmptyException: The group is not empty.\n" +
        "\nThese consumer groups were deleted successfully: 'idle-group', '\n",
    );
    expect(r.exitCode).toBe(0);
  });

  it("reports an unknown group", () => {
    expect(runCli(scenario(), `${CG} --delete --group nope`).stdout).toBe(
      "\nError: Deletion of some consumer groups failed:\n" +
        "* Group 'nope' could not be deleted due to: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.GroupIdNotFoundException: The group id does not exist.\n",
    );
  });

  it("accepts backend error texts that already name the exception class", () => {
    const b = scenario();
    b.deleteGroup = () => ({ ok: false, error: "org.apache.kafka.common.errors.GroupNotEmptyException: The group is not empty." });
    expect(runCli(b, `${CG} --delete --group my-group`).stdout).toBe(
      "\nError: Deletion of some consumer groups failed:\n" +
        "* Group 'my-group' could not be deleted due to: java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.GroupNotEmptyException: The group is not empty.\n",
    );
  });

  it("--all-groups tries every group, in the order of DeleteConsumerGroupsResult#deletedGroups (a HashMap(3))", () => {
    const b = scenario();
    runCli(b, `${CG} --delete --all-groups`);
    expect(b.calls).toEqual(["deleteGroup idle-group", "deleteGroup my-group", "deleteGroup rebalancing-group"]);
  });
});

describe("--delete-offsets", () => {
  it("deletes the offsets of every partition of a topic", () => {
    const b = scenario();
    const r = runCli(b, `${CG} --delete-offsets --group idle-group --topic orders`);
    expect(r).toEqual({ exitCode: 0, stdout: "Request succeed for deleting offsets with topic orders group idle-group\n" + DELETE_OFFSETS_OK, stderr: "" });
    expect(b.calls).toEqual(["deleteOffsets idle-group orders-0,orders-1,orders-2"]);
  });

  it("refuses topics the group is subscribed to, partition by partition", () => {
    const r = runCli(scenario(), `${CG} --delete-offsets --group my-group --topic orders`);
    expect(r.stdout).toBe("\nError: Encounter some partition level error, see the follow-up details:\n" + DELETE_OFFSETS_SUBSCRIBED);
  });

  it("reports an unknown group for each requested partition", () => {
    const r = runCli(scenario(), `${CG} --delete-offsets --group nope --topic orders:1`);
    expect(r.stdout).toBe("\nError: 'nope' does not exist.\n" + DELETE_OFFSETS_NO_GROUP);
  });

  it("lists an unknown topic as 'Not Provided' next to the others", () => {
    const r = runCli(scenario(), `${CG} --delete-offsets --group idle-group --topic nosuch --topic payments`);
    expect(r.stdout).toBe("Request succeed for deleting offsets with topic nosuch, payments group idle-group\n" + DELETE_OFFSETS_UNKNOWN_TOPIC);
  });

  it("needs --group and --topic", () => {
    const r = runCli(scenario(), `${CG} --delete-offsets --group idle-group`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("Option [delete-offsets] takes the following options: [topic], [group]");
  });

  it("takes a single group: two fail when the value is read", () => {
    const r = runCli(scenario(), `${CG} --delete-offsets --group a --group b --topic orders`);
    expect(r.stdout).toBe("\nError: Executing consumer group command failed due to Found multiple arguments for option group, but you asked for only one\n");
  });
});
