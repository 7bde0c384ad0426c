/** A consumer's commit settings in words, for the delivery panel. */
import type { ConsumerConfig } from "../../engine/types";
import { formatDuration } from "./format";

export function describeCommitStrategy(c: ConsumerConfig): string {
  let text: string;
  switch (c.commitStrategy) {
    case "auto":
      text = `auto commit every ${formatDuration(c.autoCommitInterval)}`;
      break;
    case "per-record":
      text = "commit after each record";
      break;
    case "batch":
      text = `commit every ${c.batchSize} records`;
      break;
    case "before-processing":
      text = "commit before processing";
      break;
    default:
      text = String(c.commitStrategy);
  }
  if (c.asyncProcessing) text += ", processing on another thread";
  if (c.idempotent) text += ", idempotent";
  return text;
}
