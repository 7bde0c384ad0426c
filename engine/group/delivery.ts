/**
 * Delivery accounting for one group: which records it processed (and how often), and which it skipped without
 * processing. A record processed twice is a duplicate; a record whose offset the group moved past without
 * processing it (committed past it before processing, reset past it, or deleted by retention first) is lost.
 * This is the playground's own bookkeeping, not something Kafka keeps.
 */
import { tp } from "../format";
import type { DeliveryStats, Offset } from "../types";
import type { World } from "../world";
import { IntervalSet } from "./intervals";
import { tpKey } from "./tpKey";

export type SkipCause = "reset" | "committed-ahead" | "retention" | "admin-reset";

const CAUSE_TEXT: Record<SkipCause, string> = {
  reset: "auto.offset.reset moved the position past them",
  "committed-ahead": "their offsets were committed before they were processed",
  retention: "retention deleted them before the group read them",
  "admin-reset": "an operator reset the group's offsets past them",
};

interface PartitionDelivery {
  /** First position the group ever had on this partition: nothing before it was the group's to read. */
  origin: Offset;
  processed: IntervalSet;
  lost: IntervalSet;
}

export class GroupDelivery {
  private readonly partitions = new Map<string, PartitionDelivery>();
  processed = 0;
  duplicates = 0;
  skippedDuplicates = 0;
  private lostCount = 0;
  version = 0;

  constructor(private readonly world: World, private readonly groupId: string) {}

  private key(topic: string, partition: number): string {
    return tpKey(topic, partition);
  }

  /**
   * A consumer of the group starts reading at `position` (from a committed offset or a reset). Offsets between
   * what the group has covered and `position` that it never processed are now lost, except those still `pending`
   * (handed to a live consumer's processing thread, which will yet process them).
   */
  onPositionSet(topic: string, partition: number, position: Offset, cause: SkipCause, fromConsumer: string, pending: ReadonlyArray<readonly [Offset, Offset]> = []): void {
    const k = this.key(topic, partition);
    let d = this.partitions.get(k);
    if (!d) {
      d = { origin: position, processed: new IntervalSet(), lost: new IntervalSet() };
      this.partitions.set(k, d);
      return;
    }
    if (position <= d.origin) return;
    const newlyLost: Array<[number, number]> = [];
    const inFlight = new IntervalSet();
    for (const [a, b] of pending) inFlight.add(a, b);
    for (const [a, b] of d.processed.gaps(d.origin, position)) {
      for (const [x, y] of d.lost.gaps(a, b)) for (const gap of inFlight.gaps(x, y)) newlyLost.push(gap);
    }
    if (newlyLost.length === 0) return;
    let n = 0;
    for (const [a, b] of newlyLost) {
      d.lost.add(a, b);
      n += b - a;
    }
    this.lostCount += n;
    this.version++;
    const which = newlyLost.map(([a, b]) => (b - a === 1 ? `${a}` : `${a}..${b - 1}`)).join(", ");
    this.world.emit("recordsLost", `Group ${this.groupId} lost ${n} record${n === 1 ? "" : "s"} of ${tp(topic, partition)} (offsets ${which}): ${fromConsumer} starts at offset ${position} and ${CAUSE_TEXT[cause]}`, {
      group: this.groupId,
      consumer: fromConsumer,
      topic,
      partition,
      data: { offsets: newlyLost, cause },
    });
  }

  /**
   * One record processed by a consumer of the group. Returns 'duplicate' when the group had processed it
   * before (an idempotent consumer recognises it and skips it: 'skipped').
   */
  onProcessed(topic: string, partition: number, offset: Offset, idempotent: boolean): "first" | "duplicate" | "skipped" {
    const k = this.key(topic, partition);
    let d = this.partitions.get(k);
    if (!d) {
      d = { origin: offset, processed: new IntervalSet(), lost: new IntervalSet() };
      this.partitions.set(k, d);
    }
    this.version++;
    if (d.processed.addOne(offset)) {
      this.processed++;
      if (offset < d.origin) d.origin = offset;
      if (this.lostCount > 0 && d.lost.has(offset)) {
        d.lost.remove(offset, offset + 1);
        this.lostCount--;
      }
      return "first";
    }
    if (idempotent) {
      this.skippedDuplicates++;
      return "skipped";
    }
    this.processed++;
    this.duplicates++;
    return "duplicate";
  }

  stats(): DeliveryStats {
    return { processed: this.processed, duplicates: this.duplicates, lost: this.lostCount, skippedDuplicates: this.skippedDuplicates };
  }

  /** Offsets of a partition that are currently counted as lost. */
  lostRanges(topic: string, partition: number): Array<[number, number]> {
    return this.partitions.get(this.key(topic, partition))?.lost.ranges ?? [];
  }
}
