/**
 * Everything the broker keeps for one group: its coordinator, its committed offsets (with their
 * __consumer_offsets records), its delivery accounting and its lag history.
 */
import { tp } from "../format";
import type { LagSample, Millis, Offset } from "../types";
import type { World } from "../world";
import { GroupCoordinator, type CoordinatorHooks } from "./coordinator";
import { GroupDelivery } from "./delivery";
import { tpKey } from "./tpKey";
import type { OffsetsTopic } from "./offsetsTopic";

export interface CommittedOffset {
  readonly offset: Offset;
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly commitTimestamp: Millis;
}

/** Lag samples kept per group (one per sampling interval). */
export const LAG_HISTORY = 300;

export class GroupRuntime {
  readonly coordinator: GroupCoordinator;
  readonly delivery: GroupDelivery;
  readonly committed = new Map<string, { topic: string; partition: number; offset: Offset; leaderEpoch: number; metadata: string; commitTimestamp: Millis }>();
  lagHistory: LagSample[] = [];
  commitCount = 0;
  /** Partition counts the leader last assigned with (JSON), to notice metadata changes. */
  assignmentSnapshot: string | null = null;
  version = 0;

  constructor(
    private readonly world: World,
    readonly groupId: string,
    private readonly offsetsTopic: OffsetsTopic,
    hooks: CoordinatorHooks,
  ) {
    this.coordinator = new GroupCoordinator(world, groupId, hooks);
    this.delivery = new GroupDelivery(world, groupId);
  }

  get offsetsPartition(): number {
    return this.offsetsTopic.partitionOf(this.groupId);
  }

  getCommitted(topic: string, partition: number): Offset | null {
    return this.committed.get(tpKey(topic, partition))?.offset ?? null;
  }

  /** Stores commits and appends one OffsetCommit record per partition to __consumer_offsets. */
  storeOffsets(offsets: ReadonlyArray<{ topic: string; partition: number; offset: Offset }>, who: string, how: string): void {
    const now = this.world.now;
    const moved: string[] = [];
    for (const o of offsets) {
      const k = tpKey(o.topic, o.partition);
      const entry = this.committed.get(k);
      const before = entry?.offset;
      if (entry) {
        entry.offset = o.offset;
        entry.commitTimestamp = now;
      } else this.committed.set(k, { topic: o.topic, partition: o.partition, offset: o.offset, leaderEpoch: -1, metadata: "", commitTimestamp: now });
      this.offsetsTopic.writeOffset(this.groupId, o.topic, o.partition, o.offset, now);
      if (before !== o.offset) moved.push(`${tp(o.topic, o.partition)}=${o.offset}`);
    }
    this.commitCount += offsets.length;
    this.version++;
    const where = `__consumer_offsets-${this.offsetsPartition}`;
    this.world.emit(
      "offsetsCommitted",
      moved.length > 0
        ? `${who} committed ${moved.join(", ")} for group ${this.groupId} (${how}) → ${where}`
        : `${who} committed unchanged offsets for group ${this.groupId} (${how}) → ${where}`,
      { group: this.groupId, consumer: who, data: { offsets: offsets.map((o) => [o.topic, o.partition, o.offset]), how, offsetsPartition: this.offsetsPartition } },
    );
  }

  /** Removes committed offsets, writing tombstones (DeleteOffsets, DeleteGroups, expiry). */
  deleteOffsets(parts: ReadonlyArray<[string, number]>): void {
    for (const [t, p] of parts) {
      const k = tpKey(t, p);
      if (!this.committed.delete(k)) continue;
      this.offsetsTopic.writeOffset(this.groupId, t, p, null, this.world.now);
    }
    this.version++;
  }

  writeGroupMetadata(): void {
    const c = this.coordinator;
    this.offsetsTopic.writeGroup(
      this.groupId,
      { protocolType: c.protocolType ?? "consumer", generation: c.generationId, protocol: c.protocolName, leader: c.leaderId, members: c.members.size },
      this.world.now,
    );
  }

  writeGroupTombstone(): void {
    this.offsetsTopic.writeGroup(this.groupId, null, this.world.now);
  }

  pushLagSample(sample: LagSample): void {
    this.lagHistory = this.lagHistory.length >= LAG_HISTORY ? [...this.lagHistory.slice(1), sample] : [...this.lagHistory, sample];
  }
}
