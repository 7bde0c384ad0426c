/**
 * A chainable test driver over the engine (after tldraw's TestEditor):
 * sim(7).topic('orders', 3).consumer('g', 'c1', ['orders']).advance(10_000).expectGroupState('g', 'Stable')
 */
import { expect } from "vitest";
import type { Scenario } from "../scenario";
import { createSimulation, type Simulation } from "../simulation";
import type {
  Command,
  ConsumerConfigInput,
  ConsumerSnapshot,
  DeliveryStats,
  GroupOffsetRow,
  GroupSnapshot,
  GroupState,
  OffsetsRecordView,
  SimEvent,
  TopicPartition,
  TopicSnapshot,
} from "../types";

export class Driver {
  readonly sim: Simulation;

  /** `broker` overrides broker settings (retention check interval, offsets retention, ...). */
  constructor(seed = 7, broker?: Scenario["broker"]) {
    this.sim = createSimulation(broker ? { broker } : undefined, { seed });
  }

  /** Dispatches a command that may be refused; returns the error text, or null when it was accepted. */
  attempt(command: Command): string | null {
    const r = this.sim.dispatch(command);
    return r.ok ? null : r.error;
  }

  do(command: Command): this {
    const r = this.sim.dispatch(command);
    if (!r.ok) throw new Error(`command refused: ${r.error}`);
    return this;
  }

  topic(name: string, partitions: number, extra: Partial<Extract<Command, { type: "createTopic" }>> = {}): this {
    return this.do({ type: "createTopic", topic: name, partitions, ...extra });
  }

  rate(topic: string, perSecond: number, keys: Extract<Command, { type: "setProducerRate" }>["keys"] = { kind: "none" }): this {
    return this.do({ type: "setProducerRate", topic, perSecond, keys });
  }

  produce(topic: string, count = 1, key?: string): this {
    return this.do({ type: "produce", topic, count, ...(key !== undefined ? { key } : {}) });
  }

  consumer(group: string, clientId: string, topics: string[], config?: ConsumerConfigInput): this {
    return this.do({ type: "addConsumer", group, topics, consumer: clientId, ...(config ? { config } : {}) });
  }

  crash(clientId: string): this {
    return this.do({ type: "crashConsumer", consumer: clientId });
  }

  stop(clientId: string): this {
    return this.do({ type: "stopConsumer", consumer: clientId });
  }

  restart(clientId: string): this {
    return this.do({ type: "restartConsumer", consumer: clientId });
  }

  advance(ms: number): this {
    this.sim.advance(ms);
    return this;
  }

  group(groupId: string): GroupSnapshot {
    const g = this.sim.snapshot().groups.find((x) => x.groupId === groupId);
    if (!g) throw new Error(`no group ${groupId}`);
    return g;
  }

  /** The group's snapshot, or undefined when the group does not exist (deleted, never created). */
  maybeGroup(groupId: string): GroupSnapshot | undefined {
    return this.sim.snapshot().groups.find((x) => x.groupId === groupId);
  }

  delivery(groupId: string): DeliveryStats {
    return this.group(groupId).delivery;
  }

  consumerSnap(clientId: string): ConsumerSnapshot {
    const c = this.sim.snapshot().consumers.find((x) => x.clientId === clientId);
    if (!c) throw new Error(`no consumer ${clientId}`);
    return c;
  }

  /** The group's offsets row for one partition. */
  row(groupId: string, topic: string, partition: number): GroupOffsetRow {
    const r = this.group(groupId).offsets.find((o) => o.topic === topic && o.partition === partition);
    if (!r) throw new Error(`group ${groupId} has no row for ${topic}-${partition}`);
    return r;
  }

  committed(groupId: string, topic: string, partition: number): number | null {
    return this.maybeGroup(groupId)?.offsets.find((o) => o.topic === topic && o.partition === partition)?.committed ?? null;
  }

  topicSnap(name: string): TopicSnapshot {
    const t = this.sim.snapshot().topics.find((x) => x.name === name);
    if (!t) throw new Error(`no topic ${name}`);
    return t;
  }

  offsetsLog(groupId: string): OffsetsRecordView[] {
    return this.sim.offsetsLog(groupId);
  }

  /** clientId → sorted "topic-p" list. */
  assignment(groupId: string): Record<string, string[]> {
    return Object.fromEntries(this.group(groupId).members.map((m) => [m.clientId, m.assignment.map(([t, p]) => `${t}-${p}`)]));
  }

  owned(clientId: string): TopicPartition[] {
    return [...(this.sim.snapshot().consumers.find((c) => c.clientId === clientId)?.assignment ?? [])];
  }

  expectGroupState(groupId: string, state: GroupState): this {
    expect(this.group(groupId).state).toBe(state);
    return this;
  }

  events(type?: string): SimEvent[] {
    return this.sim.events().filter((e) => type === undefined || e.type === type);
  }

  /** Advances in small steps until `until` holds (at most `maxMs`); returns the time it held. */
  advanceUntil(until: () => boolean, maxMs = 600_000, stepMs = 100): number {
    const end = this.sim.now() + maxMs;
    while (!until()) {
      if (this.sim.now() >= end) throw new Error(`condition not reached within ${maxMs} ms`);
      this.sim.advance(stepMs);
    }
    return this.sim.now();
  }
}

export const sim = (seed?: number, broker?: Scenario["broker"]): Driver => new Driver(seed, broker);
