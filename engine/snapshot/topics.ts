/**
 * Topic snapshots that keep their identity while nothing changed, so React and the worker boundary pay only
 * for what changed.
 */
import type { PartitionLog } from "../log/partitionLog";
import type { Topic } from "../topic";
import type { PartitionSnapshot, TopicSnapshot } from "../types";

/** How many of the newest records each partition snapshot carries. */
export const RECENT_RECORDS = 48;
/** With more partitions than this in all, each carries fewer records (the diagram aggregates them anyway). */
export const MANY_PARTITIONS = 64;
export const RECENT_RECORDS_WHEN_MANY = 8;

export class TopicSnapshotter {
  /** Records per partition snapshot (set per snapshot from the number of partitions). */
  recentCount = RECENT_RECORDS;
  private partitionCache = new WeakMap<PartitionLog, { version: number; snap: PartitionSnapshot }>();
  private topicCache = new WeakMap<Topic, { version: number; producedKey: number; snap: TopicSnapshot }>();

  partition(log: PartitionLog): PartitionSnapshot {
    const hit = this.partitionCache.get(log);
    if (hit && hit.version === log.version && hit.snap.recent.length <= this.recentCount) return hit.snap;
    const snap: PartitionSnapshot = {
      partition: log.partition,
      logStartOffset: log.logStartOffset,
      logEndOffset: log.logEndOffset,
      recent: log.records(log.logEndOffset - this.recentCount, log.logEndOffset),
    };
    this.partitionCache.set(log, { version: log.version, snap });
    return snap;
  }

  topic(topic: Topic): TopicSnapshot {
    const partitions = topic.partitions.map((p) => this.partition(p));
    const hit = this.topicCache.get(topic);
    const producedKey = topic.producer?.produced ?? -1;
    if (hit && hit.version === topic.version && hit.producedKey === producedKey && hit.snap.partitions.every((p, i) => p === partitions[i]) && hit.snap.partitions.length === partitions.length) {
      return hit.snap;
    }
    const producer = topic.producer;
    const snap: TopicSnapshot = {
      name: topic.name,
      internal: topic.internal,
      config: topic.configView(),
      partitions,
      producer: producer
        ? { perSecond: producer.perSecond, keys: producer.keys, nullKeyPartitioner: producer.nullKeyPartitioner, produced: producer.produced }
        : null,
    };
    this.topicCache.set(topic, { version: topic.version, producedKey, snap });
    return snap;
  }
}
