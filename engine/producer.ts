/**
 * Producing records: one-off sends and producers running at a rate with a key distribution.
 */
import { plural, tp } from "./format";
import type { Topic } from "./topic";
import type { KeyDistribution, NullKeyPartitioner } from "./types";
import type { World } from "./world";

/** Rate producers wake up this often (at most) and send what is due since they last ran. */
const MAX_TICK_MS = 1000;
const MIN_TICK_MS = 10;

export interface ProduceResult {
  readonly byPartition: Map<number, { first: number; last: number; count: number }>;
}

/** Sends `count` records with the same key/value; the partition is chosen per record. */
export function produce(
  world: World,
  topic: Topic,
  key: string | null,
  value: string | null,
  partition: number | undefined,
  count: number,
  nullKeyPartitioner: NullKeyPartitioner,
): ProduceResult {
  const byPartition = new Map<number, { first: number; last: number; count: number }>();
  for (let i = 0; i < count; i++) {
    const p = partition ?? topic.choosePartition(key, value, nullKeyPartitioner);
    const offset = world.append(topic, p, key, value);
    const entry = byPartition.get(p);
    if (entry) {
      entry.last = offset;
      entry.count++;
    } else byPartition.set(p, { first: offset, last: offset, count: 1 });
  }
  return { byPartition };
}

export function describeProduce(topic: Topic, key: string | null, result: ProduceResult): string {
  const parts = [...result.byPartition.entries()].sort((a, b) => a[0] - b[0]);
  const total = parts.reduce((s, [, e]) => s + e.count, 0);
  const keyText = key === null ? "without a key" : `with key ${JSON.stringify(key)}`;
  if (parts.length === 1) {
    const [p, e] = parts[0];
    const where = e.count === 1 ? `at offset ${e.first}` : `at offsets ${e.first}..${e.last}`;
    return `Produced ${plural(total, "record")} ${keyText} to ${tp(topic.name, p)} ${where}`;
  }
  return `Produced ${plural(total, "record")} ${keyText} to ${topic.name} (${parts.map(([p, e]) => `p${p}: ${e.count}`).join(", ")})`;
}

export function keyNamesFor(keys: KeyDistribution): string[] {
  if (keys.kind === "none") return [];
  return Array.from({ length: keys.count }, (_, i) => `key-${i}`);
}

function nextKey(world: World, state: { keys: KeyDistribution; keyNames: string[] }): string | null {
  const keys = state.keys;
  if (keys.kind === "none") return null;
  if (keys.kind === "hot") {
    if (world.prng.next() < (keys.hotShare ?? 0.5)) return keys.hotKey ?? "hot-key";
  }
  return state.keyNames[world.prng.int(state.keyNames.length)];
}

/** Starts, changes or stops (perSecond 0) the producer of a topic. */
export function setProducerRate(
  world: World,
  topic: Topic,
  perSecond: number,
  keys: KeyDistribution,
  nullKeyPartitioner: NullKeyPartitioner,
): void {
  const produced = topic.producer?.produced ?? 0;
  const state = {
    perSecond,
    keys,
    nullKeyPartitioner,
    since: world.now,
    producedAtSince: produced,
    produced,
    keyNames: keyNamesFor(keys),
  };
  topic.producer = perSecond > 0 ? state : { ...state, perSecond: 0 };
  topic.version++;
  if (perSecond <= 0) return;
  // Record k (from 1) is due at since + ceil(k * 1000 / perSecond); fast producers send in batches every MIN_TICK_MS.
  const nextTickAt = (): number => {
    const k = state.produced - state.producedAtSince;
    const due = state.since + Math.ceil(((k + 1) * 1000) / perSecond);
    return Math.min(world.now + MAX_TICK_MS, Math.max(world.now + MIN_TICK_MS, due));
  };
  const tick = (): void => {
    if (topic.producer !== state) return; // replaced or stopped
    const due = Math.floor((perSecond * (world.now - state.since)) / 1000) - (state.produced - state.producedAtSince);
    for (let i = 0; i < due; i++) {
      const key = nextKey(world, state);
      const p = topic.choosePartition(key, null, nullKeyPartitioner);
      world.append(topic, p, key, null);
    }
    if (due > 0) state.produced += due;
    world.scheduleAt(nextTickAt(), tick);
  };
  world.scheduleAt(nextTickAt(), tick);
}
