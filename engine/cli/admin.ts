/**
 * The Admin client calls of ConsumerGroupCommand.java and TopicCommand.java, answered from the CliBackend, with the
 * iteration order of the maps the Admin client hands back (clients/.../admin/KafkaAdminClient.java
 * ListConsumerGroupsResults, DescribeConsumerGroupsResult#describedGroups, ListOffsetsResult#all,
 * DescribeTopicsResult#allTopicNames, internals/PartitionLeaderStrategy.java for unknown topics).
 */
import type { CliBackend, CliGroupDescription, CliTopicInfo } from "./backend";
import { logLine, type ToolContext } from "./commandLineUtils";
import { JavaHashMap, JavaThrowable, newStringMap, newTpMap, stringHashOrder, type TP } from "./java";
import { ERRORS, apiException, executionException } from "./kafkaErrors";

export interface GroupListing {
  readonly groupId: string;
  readonly state: string;
  readonly type: string;
}

export interface GroupDescription {
  readonly groupId: string;
  readonly state: string;
  readonly partitionAssignor: string;
  readonly coordinator: { readonly host: string; readonly port: number; readonly id: number };
  readonly members: CliGroupDescription["members"];
}

/** The coordinator DescribeGroups names for an unknown group: the cluster's only broker. */
const ONLY_BROKER = { host: "localhost", port: 9092, id: 1 } as const;

export type OffsetSpec = { readonly kind: "earliest" } | { readonly kind: "latest" } | { readonly kind: "timestamp"; readonly wallClockMs: number };

export class Admin {
  constructor(
    readonly backend: CliBackend,
    readonly ctx: ToolContext,
  ) {}

  /** listConsumerGroups: groups of protocol type "consumer" or "", keyed by id in a HashMap. */
  listConsumerGroups(states: ReadonlySet<string> = new Set(), types: ReadonlySet<string> = new Set()): GroupListing[] {
    const listings = newStringMap<GroupListing>();
    for (const g of this.backend.listGroups()) {
      if (g.protocolType !== "consumer" && g.protocolType !== "") continue;
      if (states.size > 0 && !states.has(g.state.toLowerCase())) continue;
      if (types.size > 0 && !types.has("classic")) continue;
      listings.put(g.groupId, { groupId: g.groupId, state: g.state, type: "Classic" });
    }
    return listings.entries().map(([, l]) => l);
  }

  /** describeConsumerGroups for one group: an unknown group is described as Dead, with no members. */
  describeConsumerGroup(groupId: string): GroupDescription {
    const d = this.backend.describeGroup(groupId);
    if (d === null) return { groupId, state: "Dead", partitionAssignor: "", coordinator: ONLY_BROKER, members: [] };
    return { groupId, state: d.state, partitionAssignor: d.assignmentStrategy, coordinator: d.coordinator, members: d.members };
  }

  /** The group ids in the order of DescribeConsumerGroupsResult#describedGroups (a HashMap copy). */
  describedGroupsOrder(groupIds: readonly string[]): string[] {
    const distinct = stringHashOrder(groupIds);
    return stringHashOrder(distinct, { kind: "copy", size: distinct.length });
  }

  /** listConsumerGroupOffsets(...).partitionsToOffsetAndMetadata(group): a HashMap in response order. */
  committedOffsets(groupId: string): JavaHashMap<TP, number> {
    const m = newTpMap<number>();
    const d = this.backend.describeGroup(groupId);
    for (const c of d?.committed ?? []) m.put({ topic: c.topic, partition: c.partition }, c.offset);
    return m;
  }

  /**
   * getLogOffsets: listOffsets(...).all().get(), then a map over the requested partitions (Collectors.toMap), with
   * null for a partition the answer lacks. A topic that does not exist fails the whole call, and the tool rethrows
   * the ExecutionException as `new RuntimeException(e)`.
   */
  listOffsets(tps: readonly TP[], spec: OffsetSpec): JavaHashMap<TP, number | null> {
    try {
      return this.listOffsetsOrFail(tps, spec);
    } catch (e) {
      if (e instanceof JavaThrowable) throw JavaThrowable.wrapping("java.lang.RuntimeException", e);
      throw e;
    }
  }

  private listOffsetsOrFail(tps: readonly TP[], spec: OffsetSpec): JavaHashMap<TP, number | null> {
    for (const tp of tps) {
      if (this.backend.topic(tp.topic) === null) {
        logLine(
          this.ctx,
          "ERROR",
          `[AdminClient clientId=adminclient-1] Received unknown topic error for topic ${tp.topic}`,
          "org.apache.kafka.clients.admin.internals.PartitionLeaderStrategy",
          apiException(ERRORS.UNKNOWN_TOPIC_OR_PARTITION).stackTrace(),
        );
        throw executionException(
          apiException(
            ERRORS.UNKNOWN_TOPIC_OR_PARTITION,
            `Failed to fetch metadata for partition ${tp.topic}-${tp.partition} because metadata for topic \`${tp.topic}\` could not be found`,
          ),
        );
      }
    }
    const out = newTpMap<number | null>();
    for (const tp of tps) {
      const info = this.backend.topic(tp.topic)!.partitions.find((p) => p.partition === tp.partition);
      if (!info) throw executionException(apiException(ERRORS.UNKNOWN_TOPIC_OR_PARTITION));
      let value: number;
      if (spec.kind === "earliest") value = info.logStartOffset;
      else if (spec.kind === "latest") value = info.logEndOffset;
      else value = this.backend.offsetForTimestamp(tp.topic, tp.partition, spec.wallClockMs - this.backend.epochMs()) ?? -1;
      out.put(tp, value);
    }
    return out;
  }

  /**
   * describeTopics(names).allTopicNames(): topic futures in a HashMap(n), copied (new HashMap<>(map)), then collected
   * into a HashMap(n). A missing topic fails the whole call with UNKNOWN_TOPIC_OR_PARTITION.
   */
  describeTopicsOrder(names: readonly string[]): string[] {
    const distinct: string[] = [];
    for (const n of names) if (!distinct.includes(n)) distinct.push(n);
    const futures = stringHashOrder(distinct, { kind: "capacity", capacity: names.length });
    const copied = stringHashOrder(futures, { kind: "copy", size: futures.length });
    return stringHashOrder(copied, { kind: "capacity", capacity: copied.length });
  }

  /** describeTopics for a single topic, as a failed future's exception or the description. */
  describeTopic(name: string): CliTopicInfo | JavaThrowable {
    return this.backend.topic(name) ?? apiException(ERRORS.UNKNOWN_TOPIC_OR_PARTITION);
  }
}
