/**
 * The broker's group side and the consumer processes: the registry of groups (each with its coordinator and
 * offsets) and consumers, the GroupHost the consumers talk through, metadata refresh, lag sampling and offset
 * expiry (GroupCoordinatorShard#cleanupGroupMetadata).
 */
import { assign as runAssignor } from "../assignors/index";
import { formatDuration } from "../format";
import type { Topic } from "../topic";
import type { AssignorName, ConsumerConfig, LagSample, Offset, TopicPartition } from "../types";
import type { World } from "../world";
import { ConsumerClient, type CommitOffset, type GroupHost } from "./consumer";
import type { GroupCoordinator } from "./coordinator";
import { hashMapOrder } from "./javaHashMap";
import { OffsetsTopic } from "./offsetsTopic";
import { GroupRuntime } from "./groupRuntime";
import { tpKey } from "./tpKey";
import { partitionLag } from "./lag";
import type { JoinResponse, KafkaError, MemberChannel, ProtocolMetadata } from "./protocol";

/** How often lag is sampled for the lag-over-time charts (virtual ms). */
export const LAG_SAMPLE_MS = 1000;

export class GroupLayer {
  readonly groups = new Map<string, GroupRuntime>();
  readonly consumers = new Map<string, ConsumerClient>();
  readonly offsetsTopic = new OffsetsTopic();
  private readonly watchers = new Map<string, Set<ConsumerClient>>();
  private clientSeq = 0;
  private lagTimerStarted = false;
  private expiryTimerStarted = false;

  constructor(readonly world: World) {
    world.onAppend((topic, partition) => this.onAppend(topic, partition));
  }

  // ------------------------------------------------------------------------------------------ registry

  group(groupId: string): GroupRuntime {
    let g = this.groups.get(groupId);
    if (!g || g.coordinator.state === "Dead") {
      g = new GroupRuntime(this.world, groupId, this.offsetsTopic, {
        onStable: (c) => this.onStable(c),
        onEmpty: (c) => this.groups.get(c.groupId)?.writeGroupMetadata(),
        onMemberRemoved: () => undefined,
      });
      this.groups.set(groupId, g);
      this.startTimers();
    }
    return g;
  }

  /** A group runtime that is not registered (for a dry run on a group that does not exist). */
  detachedGroup(groupId: string): GroupRuntime {
    return new GroupRuntime(this.world, groupId, this.offsetsTopic, { onStable: () => undefined, onEmpty: () => undefined, onMemberRemoved: () => undefined });
  }

  nextClientId(groupId: string): string {
    // The Java client's default client.id: "consumer-" + groupId + "-" + a sequence number.
    let id: string;
    do id = `consumer-${groupId}-${++this.clientSeq}`;
    while (this.consumers.has(id));
    return id;
  }

  addConsumer(clientId: string, groupId: string, topics: string[], config: ConsumerConfig): ConsumerClient {
    this.group(groupId);
    const client = new ConsumerClient(this.world, clientId, groupId, config, topics, this.host);
    this.consumers.set(clientId, client);
    this.world.emit("consumerStarted", `${clientId} started in group ${groupId}, subscribed to ${topics.join(", ")}; it sends JoinGroup`, {
      group: groupId,
      consumer: clientId,
      data: { topics, config },
    });
    client.start();
    this.scheduleMetadataRefresh(client);
    return client;
  }

  // ------------------------------------------------------------------------------------------ the host

  readonly host: GroupHost = {
    join: (client: ConsumerClient, memberId: string, protocols: readonly ProtocolMetadata[], channel: MemberChannel) => {
      this.group(client.groupId).coordinator.join(
        { memberId, clientId: client.clientId, sessionTimeout: client.config.sessionTimeout, rebalanceTimeout: client.config.maxPollInterval, protocols },
        channel,
      );
    },
    sync: (client, assignments, channel) => {
      this.group(client.groupId).coordinator.sync(client.memberId, client.generation, assignments, channel);
    },
    heartbeat: (client) => {
      const g = this.groups.get(client.groupId);
      return g ? g.coordinator.heartbeat(client.memberId, client.generation) : "UNKNOWN_MEMBER_ID";
    },
    leave: (client, reason) => {
      this.groups.get(client.groupId)?.coordinator.leave(client.memberId, reason);
    },
    commit: (client, offsets: readonly CommitOffset[], how: string): KafkaError => {
      const g = this.groups.get(client.groupId);
      if (!g) return "COORDINATOR_NOT_AVAILABLE";
      const error = g.coordinator.validateOffsetCommit(client.memberId, client.generation);
      if (error === "NONE") g.storeOffsets(offsets, client.clientId, how);
      return error;
    },
    committed: (client, topic, partition) => this.committedOf(client.groupId, topic, partition),
    partitionsOf: (topic) => this.world.topics.get(topic)?.numPartitions ?? null,
    log: (topic, partition) => this.world.topics.get(topic)?.partitions[partition],
    assign: (client: ConsumerClient, protocol: AssignorName, response: JoinResponse) => this.runLeaderAssignment(client, protocol, response),
    onPositionSet: (client, topic, partition, position, cause) => {
      // Records still queued in a live consumer's processing thread (asyncProcessing) are not lost yet.
      const pending = this.consumersOf(client.groupId).flatMap((c) => (c.alive ? c.pendingRecords(topic, partition) : []));
      this.groups.get(client.groupId)?.delivery.onPositionSet(topic, partition, position, cause, client.clientId, pending);
    },
    onProcessed: (client, topic, partition, offset) =>
      this.groups.get(client.groupId)?.delivery.onProcessed(topic, partition, offset, client.config.idempotent) ?? "first",
    watch: (client, partitions) => {
      for (const [t, p] of partitions) {
        const k = tpKey(t, p);
        let set = this.watchers.get(k);
        if (!set) this.watchers.set(k, (set = new Set()));
        set.add(client);
      }
    },
  };

  /** ConsumerCoordinator#onLeaderElected: the leader runs the chosen assignor over every member's subscription. */
  private runLeaderAssignment(client: ConsumerClient, protocol: AssignorName, response: JoinResponse): Map<string, TopicPartition[]> {
    const partitionsPerTopic: Record<string, number> = {};
    for (const m of response.members) for (const t of m.metadata.topics) {
      const n = this.world.topics.get(t)?.numPartitions;
      if (n !== undefined) partitionsPerTopic[t] = n;
    }
    const g = this.groups.get(client.groupId);
    if (g) g.assignmentSnapshot = snapshotOf(partitionsPerTopic);
    // The leader fills a java.util.HashMap from the JoinGroup response; the assignors iterate that map.
    const byId = new Map(response.members.map((m) => [m.memberId, m]));
    const order = hashMapOrder(response.members.map((m) => m.memberId));
    const members = order.map((id) => {
      const md = byId.get(id)!.metadata;
      return {
        id,
        subscriptions: [...md.topics],
        ...(md.owned.length > 0 || md.generation !== null ? { owned: md.owned.map(([t, p]) => [t, p] as [string, number]) } : {}),
        ...(md.generation !== null ? { generation: md.generation } : {}),
      };
    });
    const out = new Map<string, TopicPartition[]>();
    try {
      const result = runAssignor(protocol, { partitionsPerTopic, members });
      for (const [id, parts] of Object.entries(result)) out.set(id, parts);
    } catch (e) {
      this.world.emit("assignorFailed", `The ${protocol} assignor failed: ${e instanceof Error ? e.message : String(e)}`, {});
    }
    return out;
  }

  private onStable(c: GroupCoordinator): void {
    const g = this.groups.get(c.groupId);
    g?.writeGroupMetadata();
    for (const client of this.consumers.values()) if (client.groupId === c.groupId) client.closePartialPauses();
  }

  private onAppend(topic: Topic, partition: number): void {
    const set = this.watchers.get(tpKey(topic.name, partition));
    if (!set || set.size === 0) return;
    for (const c of set) c.wake();
    set.clear();
  }

  // ------------------------------------------------------------------------------------------ metadata

  /** Each client refreshes metadata every metadata.max.age.ms; a leader that sees new partitions rejoins. */
  /**
   * Each client refreshes metadata every metadata.max.age.ms; a leader whose assignment was computed on other
   * partition counts rejoins (ConsumerCoordinator#rejoinNeededOrPending: assignmentSnapshot vs metadataSnapshot).
   */
  private scheduleMetadataRefresh(client: ConsumerClient): void {
    const refresh = (): void => {
      if (!client.alive || this.consumers.get(client.clientId) !== client) return;
      const g = this.groups.get(client.groupId);
      const isLeader = g !== undefined && client.memberId !== "" && g.coordinator.leaderId === client.memberId;
      if (isLeader && g.assignmentSnapshot !== null) {
        const topics: Record<string, number> = {};
        for (const t of Object.keys(JSON.parse(g.assignmentSnapshot) as Record<string, number>)) topics[t] = this.world.topics.get(t)?.numPartitions ?? 0;
        if (snapshotOf(topics) !== g.assignmentSnapshot) {
          g.assignmentSnapshot = null;
          this.world.emit("metadataChanged", `${client.clientId}, the leader of ${client.groupId}, refreshed metadata (every metadata.max.age.ms = ${formatDuration(client.config.metadataMaxAge)}) and saw the partition count of its topics change; it rejoins to trigger a rebalance`, {
            group: client.groupId,
            consumer: client.clientId,
          });
          client.requestRejoin();
        }
      }
      this.world.schedule(client.config.metadataMaxAge, refresh);
    };
    this.world.schedule(client.config.metadataMaxAge, refresh);
  }

  // ------------------------------------------------------------------------------------------ timers

  private startTimers(): void {
    if (!this.lagTimerStarted) {
      this.lagTimerStarted = true;
      const sample = (): void => {
        for (const g of this.groups.values()) if (g.coordinator.state !== "Dead") g.pushLagSample(this.lagSample(g));
        this.world.schedule(LAG_SAMPLE_MS, sample);
      };
      this.world.schedule(LAG_SAMPLE_MS, sample);
    }
    if (!this.expiryTimerStarted) {
      this.expiryTimerStarted = true;
      const check = (): void => {
        this.expireOffsets();
        this.world.schedule(this.world.broker.offsetsRetentionCheckIntervalMs, check);
      };
      this.world.schedule(this.world.broker.offsetsRetentionCheckIntervalMs, check);
    }
  }

  lagSample(g: GroupRuntime): LagSample {
    let totalLag = 0;
    let timeLag = 0;
    const byPartition: Record<string, number> = {};
    for (const c of g.committed.values()) {
      const log = this.world.topics.get(c.topic)?.partitions[c.partition];
      if (!log) continue;
      const l = partitionLag(log, c.offset, this.world.now);
      byPartition[`${c.topic}-${c.partition}`] = l.lag;
      totalLag += l.lag;
      timeLag = Math.max(timeLag, l.timeLag);
    }
    return { time: this.world.now, totalLag, timeLag, byPartition };
  }

  /**
   * GroupCoordinatorShard#cleanupGroupMetadata, every offsets.retention.check.interval.ms:
   * OffsetMetadataManager#cleanupExpiredOffsets writes a tombstone for each expired offset of a topic the group
   * is not subscribed to, and when every offset of the group is gone (or it never had one) an Empty group is
   * deleted (GroupMetadataManager#maybeDeleteGroup).
   */
  private expireOffsets(): void {
    const retention = this.world.broker.offsetsRetentionMs;
    const now = this.world.now;
    for (const g of [...this.groups.values()]) {
      const c = g.coordinator;
      if (c.state === "Dead") continue;
      const base = offsetExpirationBase(c);
      let allExpired = true;
      const expired: Array<[string, number]> = [];
      if (g.committed.size > 0 && base === null) allExpired = false;
      else {
        for (const o of g.committed.values()) {
          // OffsetExpirationConditionImpl#isOffsetExpired
          if (!c.isSubscribedToTopic(o.topic) && now - base!(o) >= retention) expired.push([o.topic, o.partition]);
          else allExpired = false;
        }
      }
      if (expired.length > 0) {
        g.deleteOffsets(expired);
        this.world.emit("offsetsExpired", `Offsets of group ${g.groupId} expired after offsets.retention.minutes (${formatDuration(retention)}): ${expired.map(([t, p]) => `${t}-${p}`).join(", ")}`, { group: g.groupId });
      }
      if (allExpired && c.state === "Empty") this.removeGroup(g, expired.length > 0 ? "all its offsets expired" : "it has no members and no committed offsets");
    }
  }

  removeGroup(g: GroupRuntime, why: string): void {
    g.coordinator.markDead();
    g.writeGroupTombstone();
    this.groups.delete(g.groupId);
    this.world.emit("groupDeleted", `Group ${g.groupId} is Dead and removed: ${why}`, { group: g.groupId });
  }

  consumersOf(groupId: string): ConsumerClient[] {
    return [...this.consumers.values()].filter((c) => c.groupId === groupId);
  }

  committedOf(groupId: string, topic: string, partition: number): Offset | null {
    return this.groups.get(groupId)?.getCommitted(topic, partition) ?? null;
  }
}

/**
 * ClassicGroup#offsetExpirationCondition: the time an offset's retention counts from, or null when the group's
 * offsets do not expire now. Empty group: since it became Empty; Stable consumer group: since the commit (only
 * topics it no longer subscribes to); a group with no protocol type (offsets only, e.g. set by an admin): since
 * the commit; any other state: never.
 */
function offsetExpirationBase(c: GroupCoordinator): ((o: { commitTimestamp: number }) => number) | null {
  if (c.protocolType === null) return (o) => o.commitTimestamp;
  if (c.state === "Empty") return () => c.stateTimestamp;
  if (c.protocolType === "consumer" && c.subscribedTopics !== null && c.state === "Stable") return (o) => o.commitTimestamp;
  return null;
}

function snapshotOf(partitionsPerTopic: Record<string, number>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(partitionsPerTopic).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
