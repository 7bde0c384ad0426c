/**
 * The simulation's state and its virtual clock: topics, producers and (through the group layer) consumers.
 * Everything random comes from `prng`; everything that happens later is a timer in `timers`.
 */
import { EventLog, type EventFields } from "./events";
import { Prng } from "./prng";
import { TimerQueue, type Timer } from "./timers";
import { Topic, type TopicConfig } from "./topic";
import type { Millis, SimEvent } from "./types";

/** log.retention.check.interval.ms (LogConfig / ServerLogConfigs default 300000). */
export const DEFAULT_RETENTION_CHECK_INTERVAL_MS = 300_000;
export const DEFAULT_SEGMENT_RECORDS = 100;

export interface BrokerConfig {
  /** log.retention.check.interval.ms */
  readonly retentionCheckIntervalMs: Millis;
  /** group.initial.rebalance.delay.ms (GroupCoordinatorConfig, default 3000) */
  readonly initialRebalanceDelayMs: Millis;
  /** offsets.retention.minutes, in ms (default 7 days) */
  readonly offsetsRetentionMs: Millis;
  /** offsets.retention.check.interval.ms (default 600000) */
  readonly offsetsRetentionCheckIntervalMs: Millis;
  /** group.min.session.timeout.ms / group.max.session.timeout.ms */
  readonly minSessionTimeoutMs: Millis;
  readonly maxSessionTimeoutMs: Millis;
}

export const DEFAULT_BROKER_CONFIG: BrokerConfig = {
  retentionCheckIntervalMs: DEFAULT_RETENTION_CHECK_INTERVAL_MS,
  initialRebalanceDelayMs: 3000,
  offsetsRetentionMs: 7 * 24 * 60 * 60_000,
  offsetsRetentionCheckIntervalMs: 600_000,
  minSessionTimeoutMs: 6000,
  maxSessionTimeoutMs: 1_800_000,
};

export type AppendListener = (topic: Topic, partition: number) => void;

export class World {
  now: Millis = 0;
  readonly prng: Prng;
  readonly timers = new TimerQueue();
  readonly log: EventLog;
  readonly topics = new Map<string, Topic>();
  private appendListeners: AppendListener[] = [];
  private retentionTimer: Timer | null = null;

  constructor(
    readonly seed: number,
    readonly broker: BrokerConfig = DEFAULT_BROKER_CONFIG,
    eventCap?: number,
  ) {
    this.prng = new Prng(seed);
    this.log = new EventLog(eventCap);
  }

  emit(type: string, message: string, fields?: EventFields): SimEvent {
    return this.log.emit(this.now, type, message, fields);
  }

  schedule(delay: Millis, run: () => void): Timer {
    return this.timers.schedule(this.now + Math.max(0, Math.round(delay)), run);
  }

  scheduleAt(at: Millis, run: () => void): Timer {
    return this.timers.schedule(Math.max(this.now, Math.round(at)), run);
  }

  /** Runs every timer due up to `t` in order, then sets the clock to `t`. */
  advanceTo(t: Millis): void {
    for (;;) {
      const timer = this.timers.popDue(t);
      if (!timer) break;
      this.now = timer.at;
      timer.run();
    }
    if (t > this.now) this.now = t;
  }

  /** Time of the next timer, if any. */
  nextTimerAt(): Millis | undefined {
    return this.timers.peekTime();
  }

  createTopic(name: string, partitions: number, config: Partial<TopicConfig>, internal = false): Topic {
    const topic = new Topic(
      name,
      partitions,
      {
        retentionMs: config.retentionMs ?? null,
        retentionRecords: config.retentionRecords ?? null,
        segmentRecords: config.segmentRecords ?? DEFAULT_SEGMENT_RECORDS,
        cleanupPolicy: config.cleanupPolicy ?? "delete",
      },
      this.prng,
      internal,
    );
    this.topics.set(name, topic);
    this.ensureRetentionTimer();
    return topic;
  }

  onAppend(listener: AppendListener): void {
    this.appendListeners.push(listener);
  }

  /** Appends one record and tells whoever waits for data on that partition. */
  append(topic: Topic, partition: number, key: string | null, value: string | null): number {
    const offset = topic.partitions[partition].append(key, value, this.now, topic.config.segmentRecords);
    for (const l of this.appendListeners) l(topic, partition);
    return offset;
  }

  private ensureRetentionTimer(): void {
    if (this.retentionTimer) return;
    const tick = (): void => {
      this.runRetention();
      this.retentionTimer = this.schedule(this.broker.retentionCheckIntervalMs, tick);
    };
    this.retentionTimer = this.schedule(this.broker.retentionCheckIntervalMs, tick);
  }

  /** The log cleaner's delete pass (LogManager#cleanupLogs), every log.retention.check.interval.ms. */
  runRetention(): void {
    for (const topic of this.topics.values()) {
      if (topic.config.cleanupPolicy !== "delete") continue;
      if (topic.config.retentionMs === null && topic.config.retentionRecords === null) continue;
      for (const log of topic.partitions) {
        const before = log.logStartOffset;
        const moved = log.applyRetention(this.now, topic.config);
        if (moved !== null) {
          this.emit(
            "segmentsDeleted",
            `Retention deleted ${moved - before} records of ${topic.name}-${log.partition}; log start offset is now ${moved}`,
            { topic: topic.name, partition: log.partition, data: { from: before, to: moved } },
          );
        }
      }
    }
  }
}
