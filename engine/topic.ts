/**
 * A topic: its configuration, its partition logs, and where a producer's records go.
 * Partition choice follows KafkaProducer#partition: an explicit partition wins, a key goes to
 * BuiltInPartitioner.partitionForKey, and a record without a key goes round-robin (KafkaJS DefaultPartitioner)
 * or to the uniform sticky partition (Java BuiltInPartitioner, KIP-794).
 */
import { PartitionLog } from "./log/partitionLog";
import { partitionForKey, toPositive } from "./partitioner";
import type { Prng } from "./prng";
import type { KeyDistribution, Millis, NullKeyPartitioner, TopicConfigView } from "./types";

/** The Java producer's batch.size: the built-in sticky partitioner switches partition after this many bytes. */
export const PRODUCER_BATCH_SIZE = 16384;
export const MAX_PARTITIONS = 256;

export interface TopicConfig {
  retentionMs: Millis | null;
  retentionRecords: number | null;
  segmentRecords: number;
  cleanupPolicy: "delete" | "compact";
}

export interface RateProducerState {
  perSecond: number;
  keys: KeyDistribution;
  nullKeyPartitioner: NullKeyPartitioner;
  /** Virtual time the current rate took effect, and what was produced at it, so the count stays exact. */
  since: Millis;
  producedAtSince: number;
  produced: number;
  keyNames: string[];
}

export class Topic {
  readonly partitions: PartitionLog[] = [];
  producer: RateProducerState | null = null;
  /** Null-key partitioner state: KafkaJS's round-robin counter and the Java sticky partition. */
  private roundRobin: number;
  private stickyPartition = -1;
  private stickyBytes = 0;
  private keyCache = new Map<string, number>();
  version = 0;

  constructor(
    readonly name: string,
    partitions: number,
    readonly config: TopicConfig,
    private readonly prng: Prng,
    readonly internal = false,
  ) {
    for (let p = 0; p < partitions; p++) this.partitions.push(new PartitionLog(p));
    // KafkaJS seeds its per-topic counter from randomBytes(32).readUInt32BE(0).
    this.roundRobin = prng.nextUint32();
  }

  get numPartitions(): number {
    return this.partitions.length;
  }

  addPartitions(total: number): void {
    for (let p = this.partitions.length; p < total; p++) this.partitions.push(new PartitionLog(p));
    this.keyCache.clear();
    this.version++;
  }

  /** The partition a record goes to when the producer names none. */
  choosePartition(key: string | null, value: string | null, nullKeyPartitioner: NullKeyPartitioner): number {
    const n = this.partitions.length;
    if (key !== null) {
      let p = this.keyCache.get(key);
      if (p === undefined) {
        p = partitionForKey(key, n);
        if (this.keyCache.size < 100_000) this.keyCache.set(key, p);
      }
      return p;
    }
    if (nullKeyPartitioner === "round-robin") {
      const p = toPositive(this.roundRobin) % n;
      this.roundRobin = (this.roundRobin + 1) | 0;
      return p;
    }
    // BuiltInPartitioner: stay on one partition until a batch's worth of bytes went there, then pick at random.
    if (this.stickyPartition < 0 || this.stickyPartition >= n || this.stickyBytes >= PRODUCER_BATCH_SIZE) {
      this.stickyPartition = toPositive(this.prng.nextUint32() | 0) % n;
      this.stickyBytes = 0;
    }
    this.stickyBytes += estimatedRecordBytes(key, value);
    return this.stickyPartition;
  }

  configView(): TopicConfigView {
    return { ...this.config };
  }
}

/** Size of a record in a batch, as DefaultRecord.sizeInBytes counts it for small records (approximately). */
function estimatedRecordBytes(key: string | null, value: string | null): number {
  return 8 + (key?.length ?? 0) + (value?.length ?? 0);
}
