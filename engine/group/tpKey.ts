/**
 * The key of a (topic, partition) in the engine's maps, made once per partition and then reused: the poll loop
 * and the delivery accounting look partitions up for every record, and a fresh string each time is garbage.
 */
const cache = new Map<string, string[]>();

export function tpKey(topic: string, partition: number): string {
  let byPartition = cache.get(topic);
  if (!byPartition) cache.set(topic, (byPartition = []));
  return (byPartition[partition] ??= `${topic}\u0000${partition}`);
}
