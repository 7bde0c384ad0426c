/**
 * A scenario: the starting world of a simulation (see docs/SCENARIOS.md for the versioned file format).
 */
import type { BrokerConfig } from "./world";
import type { KeyDistribution, NullKeyPartitioner } from "./types";

export interface ScenarioTopic {
  readonly name: string;
  readonly partitions: number;
  readonly retentionMs?: number | null;
  readonly retentionRecords?: number | null;
  readonly segmentRecords?: number;
}

export interface ScenarioProducer {
  readonly topic: string;
  readonly perSecond: number;
  readonly keys?: KeyDistribution;
  readonly nullKeyPartitioner?: NullKeyPartitioner;
}

export interface Scenario {
  readonly version?: 1;
  readonly seed?: number;
  readonly broker?: Partial<BrokerConfig>;
  readonly topics?: readonly ScenarioTopic[];
  readonly producers?: readonly ScenarioProducer[];
}
