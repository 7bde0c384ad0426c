/**
 * An in-memory CliBackend for the CLI tests: groups and topics as plain data, the broker's answers to the Admin
 * calls (GroupMetadataManager / OffsetMetadataManager of group-coordinator/, ReplicationControlManager of
 * metadata/) reduced to what the tests need, and a record of the mutating calls.
 */
import type { GroupState, TopicPartition } from "../../types";
import type { CliBackend, CliGroupDescription, CliMember, CliTopicInfo, GroupOpResult } from "../backend";

export interface FakePartition {
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** Virtual timestamps of the records logStartOffset .. logEndOffset - 1 (default: all at time 0). */
  readonly timestamps?: readonly number[];
}

export interface FakeTopic {
  readonly name: string;
  readonly partitions: readonly FakePartition[];
  readonly configs?: Readonly<Record<string, string>>;
  readonly topicId?: string;
  readonly internal?: boolean;
}

export interface FakeGroup {
  readonly groupId: string;
  readonly state: GroupState;
  readonly protocolType?: string;
  readonly assignmentStrategy?: string;
  readonly members?: readonly CliMember[];
  readonly committed?: ReadonlyArray<readonly [topic: string, partition: number, offset: number]>;
}

export interface FakeOptions {
  readonly now?: number;
  readonly epochMs?: number;
  readonly topics?: readonly FakeTopic[];
  readonly groups?: readonly FakeGroup[];
}

interface MutableGroup {
  groupId: string;
  state: GroupState;
  protocolType: string;
  assignmentStrategy: string;
  members: CliMember[];
  committed: Array<{ topic: string; partition: number; offset: number }>;
}

export function member(memberId: string, clientId: string, assignment: ReadonlyArray<readonly [string, number]>, extra: Partial<CliMember> = {}): CliMember {
  return { memberId, groupInstanceId: null, clientId, host: "/127.0.0.1", assignment: assignment.map(([t, p]) => [t, p] as const), ...extra };
}

export class FakeBackend implements CliBackend {
  private readonly nowMs: number;
  private readonly epoch: number;
  private readonly topicList: Array<{ name: string; partitions: FakePartition[]; configs: Record<string, string>; topicId: string; internal: boolean }>;
  private readonly groupList: MutableGroup[];
  readonly calls: string[] = [];

  constructor(o: FakeOptions = {}) {
    this.nowMs = o.now ?? 0;
    this.epoch = o.epochMs ?? Date.UTC(2024, 0, 1);
    this.topicList = (o.topics ?? []).map((t, i) => ({
      name: t.name,
      partitions: [...t.partitions],
      configs: { ...(t.configs ?? {}) },
      topicId: t.topicId ?? `Topic${i}IdAAAAAAAAAAAAAA`.slice(0, 22),
      internal: t.internal ?? false,
    }));
    this.groupList = (o.groups ?? []).map((g) => ({
      groupId: g.groupId,
      state: g.state,
      protocolType: g.protocolType ?? "consumer",
      assignmentStrategy: g.assignmentStrategy ?? (g.state === "Empty" ? "" : "range"),
      members: [...(g.members ?? [])],
      committed: (g.committed ?? []).map(([topic, partition, offset]) => ({ topic, partition, offset })),
    }));
  }

  now(): number {
    return this.nowMs;
  }
  epochMs(): number {
    return this.epoch;
  }

  listGroups(): ReadonlyArray<{ groupId: string; state: GroupState; protocolType: string }> {
    return this.groupList.map((g) => ({ groupId: g.groupId, state: g.state, protocolType: g.protocolType }));
  }

  describeGroup(groupId: string): CliGroupDescription | null {
    const g = this.groupList.find((x) => x.groupId === groupId);
    if (!g) return null;
    return {
      groupId,
      state: g.state,
      protocolType: g.protocolType,
      assignmentStrategy: g.assignmentStrategy,
      coordinator: { host: "localhost", port: 9092, id: 1 },
      members: g.members,
      committed: g.committed.map((c) => ({ ...c, leaderEpoch: null })),
    };
  }

  topics(): readonly CliTopicInfo[] {
    return this.topicList.map((t) => this.info(t.name)!);
  }

  topic(name: string): CliTopicInfo | null {
    return this.info(name);
  }

  private info(name: string): CliTopicInfo | null {
    const t = this.topicList.find((x) => x.name === name);
    if (!t) return null;
    return {
      name: t.name,
      internal: t.internal,
      topicId: t.topicId,
      partitions: t.partitions.map((p, i) => ({ partition: i, logStartOffset: p.logStartOffset, logEndOffset: p.logEndOffset })),
      configs: t.configs,
    };
  }

  offsetForTimestamp(topic: string, partition: number, timestamp: number): number | null {
    const p = this.topicList.find((x) => x.name === topic)?.partitions[partition];
    if (!p) return null;
    for (let o = p.logStartOffset; o < p.logEndOffset; o++) {
      const ts = p.timestamps?.[o - p.logStartOffset] ?? 0;
      if (ts >= timestamp) return o;
    }
    return null;
  }

  alterOffsets(groupId: string, offsets: ReadonlyArray<{ topic: string; partition: number; offset: number }>): GroupOpResult {
    this.calls.push(`alterOffsets ${groupId} ${offsets.map((o) => `${o.topic}-${o.partition}=${o.offset}`).join(",")}`);
    let g = this.groupList.find((x) => x.groupId === groupId);
    if (g && g.state !== "Empty") return { ok: false, error: "The coordinator is not aware of this member." };
    if (!g) {
      g = { groupId, state: "Empty", protocolType: "", assignmentStrategy: "", members: [], committed: [] };
      this.groupList.push(g);
    }
    for (const o of offsets) {
      const existing = g.committed.find((c) => c.topic === o.topic && c.partition === o.partition);
      if (existing) existing.offset = o.offset;
      else g.committed.push({ ...o });
    }
    return { ok: true };
  }

  deleteGroup(groupId: string): GroupOpResult {
    this.calls.push(`deleteGroup ${groupId}`);
    const i = this.groupList.findIndex((x) => x.groupId === groupId);
    if (i < 0) return { ok: false, error: "The group id does not exist." };
    if (this.groupList[i]!.state !== "Empty") return { ok: false, error: "The group is not empty." };
    this.groupList.splice(i, 1);
    return { ok: true };
  }

  deleteOffsets(
    groupId: string,
    partitions: readonly TopicPartition[],
  ): { error: "GROUP_ID_NOT_FOUND" | "NON_EMPTY_GROUP" | "INVALID_GROUP_ID" } | { results: Array<{ topic: string; partition: number; error: string | null }> } {
    this.calls.push(`deleteOffsets ${groupId} ${partitions.map(([t, p]) => `${t}-${p}`).join(",")}`);
    const g = this.groupList.find((x) => x.groupId === groupId);
    if (!g) return { error: "GROUP_ID_NOT_FOUND" };
    const subscribed = new Set(g.state === "Empty" ? [] : g.members.flatMap((m) => m.assignment.map(([t]) => t)));
    const results = partitions.map(([topic, partition]) => {
      if (subscribed.has(topic)) {
        return { topic, partition, error: "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it." };
      }
      g.committed = g.committed.filter((c) => !(c.topic === topic && c.partition === partition));
      return { topic, partition, error: null };
    });
    return { results };
  }

  createTopic(name: string, partitions: number, configs: Readonly<Record<string, string>>): GroupOpResult {
    this.calls.push(`createTopic ${name} ${partitions} ${JSON.stringify(configs)}`);
    if (this.topicList.some((t) => t.name === name)) return { ok: false, error: `Topic '${name}' already exists.` };
    this.topicList.push({
      name,
      partitions: Array.from({ length: partitions }, () => ({ logStartOffset: 0, logEndOffset: 0 })),
      configs: { ...configs },
      topicId: "NewTopicIdAAAAAAAAAAAA",
      internal: false,
    });
    return { ok: true };
  }

  addPartitions(topic: string, totalPartitions: number): GroupOpResult {
    this.calls.push(`addPartitions ${topic} ${totalPartitions}`);
    const t = this.topicList.find((x) => x.name === topic);
    if (!t) return { ok: false, error: "This server does not host this topic-partition." };
    while (t.partitions.length < totalPartitions) t.partitions.push({ logStartOffset: 0, logEndOffset: 0 });
    return { ok: true };
  }
}
