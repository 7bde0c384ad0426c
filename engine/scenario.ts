/**
 * A scenario: the starting world of a simulation (see docs/SCENARIOS.md for the versioned file format).
 */
import type { BrokerConfig } from "./world";
import type { Command, ConsumerConfigInput, KeyDistribution, NullKeyPartitioner } from "./types";

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

export interface ScenarioConsumer {
  /** Client id; generated (consumer-<group>-<n>, as the Java client does) when absent. */
  readonly clientId?: string;
  /** Subscription; defaults to the group's topics. */
  readonly topics?: readonly string[];
  readonly config?: ConsumerConfigInput;
}

export interface ScenarioGroup {
  readonly groupId: string;
  /** Subscription of every consumer that names none. */
  readonly topics: readonly string[];
  /** Config applied to every consumer of the group (each consumer's own config wins). */
  readonly config?: ConsumerConfigInput;
  readonly consumers: readonly ScenarioConsumer[];
}

/** A command to run at a virtual time. */
export interface ScriptStep {
  readonly at: number;
  readonly command: Command;
}

export interface Scenario {
  readonly version?: 1;
  readonly seed?: number;
  readonly broker?: Partial<BrokerConfig>;
  readonly topics?: readonly ScenarioTopic[];
  readonly producers?: readonly ScenarioProducer[];
  readonly groups?: readonly ScenarioGroup[];
  /** Commands to run at given virtual times (sorted by time when loaded). */
  readonly script?: readonly ScriptStep[];
}
