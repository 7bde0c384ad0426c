/**
 * --delete and --delete-offsets of tools/src/main/java/org/apache/kafka/tools/consumer/group/ConsumerGroupCommand.java
 * (ConsumerGroupService.deleteGroups, deleteOffsets), with the map orders of the Admin client's
 * DeleteConsumerGroupsResult#deletedGroups and DeleteConsumerGroupOffsetsResult#all/partitionResult.
 */
import { Admin } from "./admin";
import type { ToolContext } from "./commandLineUtils";
import { parseTopicsWithPartitions, printError } from "./consumerGroupDescribe";
import { compareJavaStrings, JavaThrowable, newStringMap, newTpMap, padRight, stringHashOrder, tpHashOrder, type TP } from "./java";
import type { OptionSet } from "./jopt";
import { ERRORS, apiException, apiExceptionFor, errorNameOf, executionException } from "./kafkaErrors";

export function deleteGroups(ctx: ToolContext, admin: Admin, o: OptionSet): void {
  const groupIds = o.has("all-groups") ? admin.listConsumerGroups().map((g) => g.groupId) : o.rawValuesOf("group");
  const futures = stringHashOrder(groupIds);
  const deleted = stringHashOrder(futures, { kind: "capacity", capacity: futures.length });
  const success = newStringMap<null>();
  const failed = newStringMap<JavaThrowable>();
  for (const g of deleted) {
    const r = admin.backend.deleteGroup(g);
    if (r.ok) success.put(g, null);
    else failed.put(g, executionException(apiExceptionFor(r.error)));
  }
  if (failed.size === 0) {
    ctx.con.println(`Deletion of requested consumer groups ('${success.keys().join(", ")}') was successful.`);
    return;
  }
  printError(ctx, "Deletion of some consumer groups failed:");
  for (const [group, error] of failed.entries()) ctx.con.println(`* Group '${group}' could not be deleted due to: ${error.toString()}`);
  // Kafka's own quoting of this list: "'" + join("'") + "', '".
  if (success.size > 0) ctx.con.println(`\nThese consumer groups were deleted successfully: '${success.keys().join("'")}', '`);
}

export function deleteOffsets(ctx: ToolContext, admin: Admin, o: OptionSet): void {
  const groupId = o.stringValueOf("group")!;
  const topics = o.rawValuesOf("topic");
  const partitionLevelResult = newTpMap<JavaThrowable | null>();
  const withPartitions = stringHashOrder(topics.filter((t) => t.includes(":")));
  const withoutPartitions = stringHashOrder(topics.filter((t) => !t.includes(":")));
  const known = withPartitions.flatMap(parseTopicsWithPartitions);

  const describeOrder = stringHashOrder(stringHashOrder(withoutPartitions, { kind: "capacity", capacity: withoutPartitions.length }), {
    kind: "copy",
    size: withoutPartitions.length,
  });
  const unknown: TP[] = [];
  for (const topic of describeOrder) {
    const d = admin.describeTopic(topic);
    if (d instanceof JavaThrowable) partitionLevelResult.put({ topic, partition: -1 }, executionException(d));
    else for (const p of d.partitions) unknown.push({ topic, partition: p.partition });
  }
  // new HashSet<>(knownPartitions), then the described topics' partitions added to it.
  const partitions = tpHashOrder([...known, ...unknown], { kind: "collection", size: known.length });

  const answer = admin.backend.deleteOffsets(
    groupId,
    partitions.map((tp) => [tp.topic, tp.partition] as const),
  );
  let topLevel = "NONE";
  if ("error" in answer) {
    const e = apiException(ERRORS[answer.error]);
    topLevel = answer.error;
    for (const tp of partitions) partitionLevelResult.put(tp, executionException(e));
  } else {
    const errorOf = (tp: TP): string | null =>
      answer.results.find((r) => r.topic === tp.topic && r.partition === tp.partition)?.error ?? null;
    const firstFailed = partitions.find((tp) => errorOf(tp) !== null);
    if (firstFailed) topLevel = errorNameOf(apiExceptionFor(errorOf(firstFailed)!));
    for (const tp of partitions) {
      const err = errorOf(tp);
      partitionLevelResult.put(tp, err === null ? null : executionException(apiExceptionFor(err)));
    }
  }

  switch (topLevel) {
    case "NONE":
      ctx.con.println(`Request succeed for deleting offsets with topic ${topics.join(", ")} group ${groupId}`);
      break;
    case "INVALID_GROUP_ID":
      printError(ctx, `'${groupId}' is not valid.`);
      break;
    case "GROUP_ID_NOT_FOUND":
      printError(ctx, `'${groupId}' does not exist.`);
      break;
    case "GROUP_AUTHORIZATION_FAILED":
      printError(ctx, `Access to '${groupId}' is not authorized.`);
      break;
    case "NON_EMPTY_GROUP":
      printError(ctx, `Deleting offsets of a consumer group '${groupId}' is forbidden if the group is not empty.`);
      break;
    case "GROUP_SUBSCRIBED_TO_TOPIC":
    case "TOPIC_AUTHORIZATION_FAILED":
    case "UNKNOWN_TOPIC_OR_PARTITION":
      printError(ctx, "Encounter some partition level error, see the follow-up details:");
      break;
    default:
      printError(ctx, `Encounter some unknown error: ${topLevel}`);
  }

  const line = (a: string | number, b: string | number, c: string): string => `\n${padRight(a, 30)} ${padRight(b, 15)} ${padRight(c, 15)}`;
  ctx.con.print(line("TOPIC", "PARTITION", "STATUS"));
  const rows = partitionLevelResult.entries();
  const key = ([tp]: [TP, unknown]): string => `${tp.topic}${tp.partition}`;
  rows.sort((a, b) => compareJavaStrings(key(a), key(b)));
  for (const [tp, error] of rows) {
    ctx.con.print(line(tp.topic, tp.partition >= 0 ? tp.partition : "Not Provided", error !== null ? `Error: :${error.getMessage()}` : "Successful"));
  }
  ctx.con.println();
}
