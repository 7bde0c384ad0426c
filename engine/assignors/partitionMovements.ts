/**
 * AbstractStickyAssignor.PartitionMovements and ConsumerPair
 * (clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java).
 * Records partition moves per topic so a move that would reverse an earlier one moves that earlier
 * partition back instead. The per-pair HashSet<TopicPartition> is simulated so that
 * iterator().next() picks the same partition Java does.
 */
import { JavaHashSet } from "./javaHashMap";
import { tpHash, tpKey, type TP } from "./topicPartition";

interface ConsumerPair {
  src: string;
  dst: string;
}

function pairKey(src: string, dst: string): string {
  return JSON.stringify([src, dst]);
}

function newPartitionSet(): JavaHashSet<TP> {
  return new JavaHashSet<TP>(tpKey, tpHash);
}

/** Movement bookkeeping for one general-path assignment. */
export class PartitionMovements {
  /** topic -> pairKey -> partitions of that topic that moved src -> dst. */
  private readonly byTopic = new Map<string, Map<string, JavaHashSet<TP>>>();
  /** tpKey -> the (original src, current dst) of a moved partition. */
  private readonly movements = new Map<string, ConsumerPair>();

  private removeMovementRecordOfPartition(tp: TP): ConsumerPair {
    const pair = this.movements.get(tpKey(tp))!;
    this.movements.delete(tpKey(tp));
    const forTopic = this.byTopic.get(tp[0])!;
    const key = pairKey(pair.src, pair.dst);
    const set = forTopic.get(key)!;
    set.delete(tp);
    if (set.size === 0) forTopic.delete(key);
    if (forTopic.size === 0) this.byTopic.delete(tp[0]);
    return pair;
  }

  private addPartitionMovementRecord(tp: TP, pair: ConsumerPair): void {
    this.movements.set(tpKey(tp), pair);
    let forTopic = this.byTopic.get(tp[0]);
    if (!forTopic) this.byTopic.set(tp[0], (forTopic = new Map()));
    const key = pairKey(pair.src, pair.dst);
    let set = forTopic.get(key);
    if (!set) forTopic.set(key, (set = newPartitionSet()));
    set.add(tp);
  }

  /** Records that `tp` moved from `oldConsumer` to `newConsumer`. */
  movePartition(tp: TP, oldConsumer: string, newConsumer: string): void {
    if (this.movements.has(tpKey(tp))) {
      const existing = this.removeMovementRecordOfPartition(tp);
      if (existing.src !== newConsumer) {
        this.addPartitionMovementRecord(tp, { src: existing.src, dst: newConsumer });
      }
    } else {
      this.addPartitionMovementRecord(tp, { src: oldConsumer, dst: newConsumer });
    }
  }

  /** getTheActualPartitionToBeMoved: the partition to move so no topic moves both ways between two members. */
  getTheActualPartitionToBeMoved(tp: TP, oldConsumer: string, newConsumer: string): TP {
    const forTopic = this.byTopic.get(tp[0]);
    if (!forTopic) return tp;
    const existing = this.movements.get(tpKey(tp));
    if (existing) oldConsumer = existing.src;
    const reverse = forTopic.get(pairKey(newConsumer, oldConsumer));
    if (!reverse) return tp;
    return reverse.first()!;
  }

  /** isSticky(): false if, within one topic, partitions moved both ways between two members. */
  isSticky(): boolean {
    for (const forTopic of this.byTopic.values()) {
      for (const key of forTopic.keys()) {
        const [src, dst] = JSON.parse(key) as [string, string];
        if (src !== dst && forTopic.has(pairKey(dst, src))) return false;
      }
    }
    return true;
  }
}
