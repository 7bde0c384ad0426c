/**
 * Where --reset-offsets moves a group's partitions, as ConsumerGroupCommand's ResetOffsets scenarios compute
 * it, clamped to the log range as checkOffsetsRange does.
 */
import type { Offset, ResetTarget } from "../types";
import type { World } from "../world";
import type { GroupRuntime } from "./groupRuntime";

export interface PlannedOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: Offset;
}

export function computeReset(world: World, g: GroupRuntime, topic: string | undefined, partitions: readonly number[] | undefined, to: ResetTarget): PlannedOffset[] | string {
  let scope: Array<[string, number]>;
  if (topic !== undefined) {
    const t = world.topics.get(topic);
    if (!t) return `Topic '${topic}' does not exist`;
    const ps = partitions ?? t.partitions.map((p) => p.partition);
    const bad = ps.filter((p) => p >= t.numPartitions);
    if (bad.length > 0) return `Partition ${bad.join(", ")} does not exist in ${topic}`;
    scope = ps.map((p) => [topic, p]);
  } else {
    // --all-topics: every partition with a committed offset.
    scope = [...g.committed.values()].map((o) => [o.topic, o.partition]);
    if (scope.length === 0) return `Group '${g.groupId}' has no committed offsets to reset`;
  }
  const out: PlannedOffset[] = [];
  for (const [t, p] of scope) {
    const log = world.topics.get(t)!.partitions[p];
    const committed = g.getCommitted(t, p);
    let target: number;
    switch (to.kind) {
      case "earliest":
        target = log.logStartOffset;
        break;
      case "latest":
        target = log.logEndOffset;
        break;
      case "current":
        target = committed ?? log.logEndOffset;
        break;
      case "offset":
        target = to.offset;
        break;
      case "shiftBy":
        if (committed === null) return `Cannot shift offset for partition ${t}-${p} since there is no current committed offset`;
        target = committed + to.by;
        break;
      case "datetime":
        target = log.offsetForTimestamp(to.timestamp) ?? log.logEndOffset;
        break;
      case "duration":
        target = log.offsetForTimestamp(world.now - to.ms) ?? log.logEndOffset;
        break;
    }
    out.push({ topic: t, partition: p, offset: Math.min(log.logEndOffset, Math.max(log.logStartOffset, target)) });
  }
  return out;
}

export function describeReset(group: string, plan: readonly PlannedOffset[]): string {
  return `${group} → ${plan.map((p) => `${p.topic}-${p.partition}=${p.offset}`).join(", ")}`;
}
