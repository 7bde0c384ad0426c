/**
 * Plain, readonly views of groups and consumers for snapshot(): what the UI, the tests and the CLI read.
 */
import type { ConsumerSnapshot, GroupOffsetRow, GroupSnapshot, MemberSnapshot, TopicPartition } from "../types";
import { rebalanceProtocolOf } from "./config";
import type { GroupLayer } from "./groupLayer";
import type { GroupRuntime } from "./groupRuntime";
import { tpKey } from "./tpKey";
import { partitionLag } from "./lag";

/** The simulated client host, as Kafka prints it: there is no network, so every client is local. */
export function hostOf(clientId: string, index: number): string {
  void clientId;
  return `/127.0.0.${1 + (index % 250)}`;
}

function compareTp(a: TopicPartition, b: TopicPartition): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}

export function groupSnapshot(layer: GroupLayer, g: GroupRuntime): GroupSnapshot {
  const c = g.coordinator;
  const world = layer.world;
  const clients = layer.consumersOf(g.groupId);
  const clientIndex = new Map([...layer.consumers.keys()].map((id, i) => [id, i]));
  const members: MemberSnapshot[] = c.members.values().map((m) => ({
    memberId: m.memberId,
    clientId: m.clientId,
    host: hostOf(m.clientId, clientIndex.get(m.clientId) ?? 0),
    subscriptions: [...c.metadataOf(m).topics],
    assignment: [...m.assignment].sort(compareTp),
  }));
  // Rows: every partition of a subscribed topic, plus any partition with a committed offset.
  const subscribed = new Set<string>();
  for (const m of members) for (const t of m.subscriptions) subscribed.add(t);
  const keys = new Map<string, TopicPartition>();
  for (const t of subscribed) {
    const topic = world.topics.get(t);
    if (topic) for (let p = 0; p < topic.numPartitions; p++) keys.set(tpKey(t, p), [t, p]);
  }
  for (const o of g.committed.values()) keys.set(tpKey(o.topic, o.partition), [o.topic, o.partition]);
  const owners = new Map<string, { clientId: string; memberId: string }>();
  for (const m of members) for (const [t, p] of m.assignment) owners.set(tpKey(t, p), { clientId: m.clientId, memberId: m.memberId });
  const positions = new Map<string, number>();
  for (const client of clients) {
    if (!client.alive) continue;
    for (const pos of client.positionsView()) positions.set(tpKey(pos.topic, pos.partition), pos.position);
  }
  const offsets: GroupOffsetRow[] = [];
  let totalLag = 0;
  let timeLag = 0;
  for (const [k, [t, p]] of [...keys].sort((a, b) => compareTp(a[1], b[1]))) {
    const log = world.topics.get(t)?.partitions[p];
    if (!log) continue;
    const committed = g.getCommitted(t, p);
    const l = committed === null ? null : partitionLag(log, committed, world.now);
    const lag = l?.lag ?? null;
    const rowTimeLag = l?.timeLag ?? 0;
    totalLag += lag ?? 0;
    timeLag = Math.max(timeLag, rowTimeLag);
    const owner = owners.get(k);
    offsets.push({
      topic: t,
      partition: p,
      committed,
      logStartOffset: log.logStartOffset,
      logEndOffset: log.logEndOffset,
      lag,
      position: owner ? (positions.get(k) ?? null) : null,
      ownerClientId: owner?.clientId ?? null,
      ownerMemberId: owner?.memberId ?? null,
      timeLag: rowTimeLag,
    });
  }
  const assigners = clients[0]?.config.partitionAssigners ?? ["range", "cooperative-sticky"];
  return {
    groupId: g.groupId,
    state: c.state,
    generationId: c.generationId,
    protocol: c.protocolName,
    rebalanceProtocol: rebalanceProtocolOf(assigners),
    leader: c.leaderId,
    members,
    offsets,
    totalLag,
    timeLag,
    delivery: g.delivery.stats(),
    offsetsPartition: g.offsetsPartition,
    lagHistory: g.lagHistory,
  };
}

export function consumerSnapshots(layer: GroupLayer): ConsumerSnapshot[] {
  return [...layer.consumers.values()].map((c) => ({
    clientId: c.clientId,
    groupId: c.groupId,
    memberId: c.memberId === "" ? null : c.memberId,
    status: c.status(),
    subscriptions: [...c.subscriptions],
    config: c.config,
    assignment: [...c.owned].sort(compareTp),
    positions: c.positionsView(),
    pauses: [...c.pauses],
    error: c.error,
    lastHeartbeat: c.lastHeartbeat,
    lastPoll: c.lastPoll,
  }));
}
