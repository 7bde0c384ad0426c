/**
 * Consumer configuration: the Java client's defaults (ConsumerConfig), KafkaJS spellings, and the rebalance
 * protocol a member's assignors allow (ConsumerCoordinator's constructor picks the highest protocol that every
 * configured assignor supports).
 */
import type { AssignorName, ConsumerConfig, ConsumerConfigInput, RebalanceProtocol } from "../types";

export const DEFAULT_CONSUMER_CONFIG: ConsumerConfig = {
  sessionTimeout: 45_000,
  heartbeatInterval: 3000,
  maxPollInterval: 300_000,
  partitionAssigners: ["range", "cooperative-sticky"],
  maxPollRecords: 500,
  processingTime: 10,
  autoCommit: true,
  autoCommitInterval: 5000,
  autoCommitThreshold: null,
  commitStrategy: "auto",
  batchSize: 100,
  autoOffsetReset: "latest",
  asyncProcessing: false,
  idempotent: false,
  metadataMaxAge: 300_000,
};

/** Protocols each assignor supports (ConsumerPartitionAssignor#supportedProtocols). */
const SUPPORTS_COOPERATIVE: Record<AssignorName, boolean> = {
  range: false,
  roundrobin: false,
  sticky: false,
  "cooperative-sticky": true,
};

export function rebalanceProtocolOf(assigners: readonly AssignorName[]): RebalanceProtocol {
  return assigners.every((a) => SUPPORTS_COOPERATIVE[a]) ? "cooperative" : "eager";
}

/** Merges a partial config over a base, applying KafkaJS spellings (fromBeginning, autoCommit: false). */
export function resolveConfig(base: ConsumerConfig, input: ConsumerConfigInput | undefined): ConsumerConfig | string {
  const { fromBeginning, ...rest } = input ?? {};
  const merged: ConsumerConfig = { ...base, ...rest } as ConsumerConfig;
  let out = merged;
  if (fromBeginning !== undefined && rest.autoOffsetReset === undefined) out = { ...out, autoOffsetReset: fromBeginning ? "earliest" : "latest" };
  // autoCommit: false as in the course's KafkaJS examples means manual per-record commits unless a strategy is named.
  if (rest.autoCommit === false && rest.commitStrategy === undefined && out.commitStrategy === "auto") out = { ...out, commitStrategy: "per-record" };
  if (rest.commitStrategy !== undefined && rest.autoCommit === undefined) out = { ...out, autoCommit: rest.commitStrategy === "auto" };
  if (rest.commitStrategy === "auto" && rest.autoCommit === false) return "commitStrategy 'auto' needs autoCommit: true";
  // KafkaJS refuses heartbeatInterval >= sessionTimeout (src/consumer/index.js).
  if (out.heartbeatInterval >= out.sessionTimeout) {
    return `Consumer heartbeatInterval (${out.heartbeatInterval}) must be lower than sessionTimeout (${out.sessionTimeout}). It is recommended to set heartbeatInterval to approximately a third of the sessionTimeout.`;
  }
  return out;
}
