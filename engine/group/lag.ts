/**
 * Lag of one partition for a group: LOG-END-OFFSET - CURRENT-OFFSET (ConsumerGroupCommand), and the time lag,
 * the age of the oldest record not yet committed (0 when there is no lag or it was deleted).
 */
import type { PartitionLog } from "../log/partitionLog";
import type { Millis, Offset } from "../types";

export function partitionLag(log: PartitionLog, committed: Offset, now: Millis): { lag: number; timeLag: Millis } {
  const lag = Math.max(0, log.logEndOffset - committed);
  if (lag === 0) return { lag, timeLag: 0 };
  const oldest = Math.max(committed, log.logStartOffset);
  return { lag, timeLag: oldest < log.logEndOffset ? now - log.timestampAt(oldest) : 0 };
}
