/**
 * The group coordinator for one classic consumer group: its state machine and the JoinGroup / SyncGroup /
 * Heartbeat / LeaveGroup handling, after Kafka's GroupMetadataManager (classic group paths), ClassicGroup and
 * ClassicGroupState (group-coordinator/src/main/java/org/apache/kafka/coordinator/group/).
 * Offsets live beside it in GroupOffsets; this class validates commits (ClassicGroup#validateOffsetCommit).
 */
import { formatDuration } from "../format";
import type { AssignorName, GroupState, Millis, TopicPartition } from "../types";
import type { Timer } from "../timers";
import type { World } from "../world";
import { JavaHashMap } from "./javaHashMap";
import type { JoinRequest, JoinResponse, KafkaError, MemberChannel, ProtocolMetadata, SyncResponse } from "./protocol";

/** GroupCoordinatorConfig.CLASSIC_GROUP_NEW_MEMBER_JOIN_TIMEOUT_MS */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60 * 1000;

/** ClassicGroupState's legal previous states. */
const VALID_PREVIOUS: Record<GroupState, readonly GroupState[]> = {
  Empty: ["PreparingRebalance"],
  PreparingRebalance: ["Stable", "CompletingRebalance", "Empty"],
  CompletingRebalance: ["PreparingRebalance"],
  Stable: ["CompletingRebalance"],
  Dead: ["Stable", "PreparingRebalance", "CompletingRebalance", "Empty", "Dead"],
};

/** One line per state, for the UI's explanation. */
export const STATE_EXPLANATIONS: Record<GroupState, string> = {
  Empty: "No members; the group lingers, keeping its committed offsets until they expire.",
  PreparingRebalance: "Rebalancing: waiting for every member to (re)send JoinGroup before the leader assigns partitions.",
  CompletingRebalance: "Members joined; waiting for the leader's SyncGroup with the new assignment.",
  Stable: "Every member has its assignment and is consuming; heartbeats keep it that way.",
  Dead: "The group has no members and no offsets left; it is being removed.",
};

export interface ClassicMember {
  readonly memberId: string;
  readonly clientId: string;
  sessionTimeout: Millis;
  rebalanceTimeout: Millis;
  protocols: readonly ProtocolMetadata[];
  assignment: readonly TopicPartition[];
  isNew: boolean;
  joinChannel: MemberChannel | null;
  syncChannel: MemberChannel | null;
  heartbeatTimer: Timer | null;
  lastHeartbeat: Millis;
}

export interface CoordinatorHooks {
  /** The group moved to a new generation with a stable assignment (GroupMetadata record written). */
  onStable(coordinator: GroupCoordinator): void;
  /** The group became Empty (its last member left). */
  onEmpty(coordinator: GroupCoordinator): void;
  /** A member was removed (session timeout, leave, not rejoining in time). */
  onMemberRemoved(coordinator: GroupCoordinator, member: ClassicMember, reason: string): void;
}

export class GroupCoordinator {
  state: GroupState = "Empty";
  private previousState: GroupState = "Empty";
  /** When the group entered its current state (currentStateTimestamp). */
  stateTimestamp: Millis;
  generationId = 0;
  protocolName: AssignorName | null = null;
  protocolType: string | null = null;
  leaderId: string | null = null;
  /**
   * Topics the members subscribed to at the current generation (ClassicGroup#subscribedTopics, set by
   * initNextGeneration); null until the group's first generation. Offset expiry and DeleteOffsets consult it.
   */
  subscribedTopics: ReadonlySet<string> | null = null;
  readonly members = new JavaHashMap<ClassicMember>();
  private readonly pendingMembers = new Map<string, Timer>();
  private readonly pendingSyncMembers = new Set<string>();
  private joinTimer: Timer | null = null;
  private syncTimer: Timer | null = null;
  private newMemberAdded = false;
  /** When the current rebalance started (for the event log). */
  rebalanceStartedAt: Millis | null = null;

  constructor(
    private readonly world: World,
    readonly groupId: string,
    private readonly hooks: CoordinatorHooks,
  ) {
    this.stateTimestamp = world.now;
  }

  // ---------------------------------------------------------------------------------------------- state

  private transitionTo(target: GroupState): void {
    if (!VALID_PREVIOUS[target].includes(this.state)) {
      throw new Error(`Group ${this.groupId} should be in ${VALID_PREVIOUS[target].join(", ")} states before moving to ${target} state. Instead it is in ${this.state} state.`);
    }
    this.previousState = this.state;
    this.state = target;
    this.stateTimestamp = this.world.now;
    this.world.emit("groupStateChanged", `Group ${this.groupId} moved from ${this.previousState} to ${target}`, {
      group: this.groupId,
      data: { from: this.previousState, to: target, generationId: this.generationId },
    });
  }

  private canRebalance(): boolean {
    return VALID_PREVIOUS.PreparingRebalance.includes(this.state);
  }

  /** group.rebalanceTimeoutMs(): the largest rebalance timeout of the members. */
  rebalanceTimeoutMs(): Millis {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeout);
    return max;
  }

  private hasAllMembersJoined(): boolean {
    const all = this.members.values();
    return all.every((m) => m.joinChannel !== null) && this.pendingMembers.size === 0;
  }

  /** Protocols every member supports (ClassicGroup#candidateProtocols). */
  private candidateProtocols(extra?: readonly ProtocolMetadata[]): Set<AssignorName> {
    const lists = this.members.values().map((m) => m.protocols.map((p) => p.name));
    if (extra) lists.push(extra.map((p) => p.name));
    if (lists.length === 0) return new Set();
    return new Set(lists[0].filter((name) => lists.every((l) => l.includes(name))));
  }

  /**
   * ClassicGroup#selectProtocol: each member votes for its first supported candidate; the most votes win, ties
   * going to the first in the vote map's (java.util.HashMap) iteration order.
   */
  private selectProtocol(): AssignorName {
    const candidates = this.candidateProtocols();
    const votes = new JavaHashMap<number>();
    for (const m of this.members.values()) {
      const vote = m.protocols.find((p) => candidates.has(p.name))!.name;
      votes.set(vote, (votes.get(vote) ?? 0) + 1);
    }
    let best: [string, number] | null = null;
    for (const e of votes.entries()) if (best === null || e[1] > best[1]) best = e;
    return best![0] as AssignorName;
  }

  metadataOf(member: ClassicMember): ProtocolMetadata {
    return member.protocols.find((p) => p.name === this.protocolName) ?? member.protocols[0];
  }

  // ---------------------------------------------------------------------------------------------- JoinGroup

  join(req: JoinRequest, channel: MemberChannel): void {
    const respond = (r: Partial<JoinResponse> & { error: KafkaError }): void => {
      const full: JoinResponse = { memberId: req.memberId, generationId: -1, protocol: null, leader: null, members: [], ...r };
      this.world.schedule(0, () => channel.onJoinResponse(full));
    };
    if (this.state === "Dead") return respond({ error: "COORDINATOR_NOT_AVAILABLE" });
    const broker = this.world.broker;
    if (req.sessionTimeout < broker.minSessionTimeoutMs || req.sessionTimeout > broker.maxSessionTimeoutMs) {
      return respond({ error: "INVALID_SESSION_TIMEOUT" });
    }
    const compatible = this.members.size === 0 || this.candidateProtocols(req.protocols).size > 0;
    if (req.protocols.length === 0 || !compatible) return respond({ error: "INCONSISTENT_GROUP_PROTOCOL" });

    if (req.memberId === "") {
      // KIP-394: a new member gets its id first and must rejoin with it (MEMBER_ID_REQUIRED).
      const memberId = `${req.clientId}-${this.world.prng.uuid()}`;
      const expiry = this.world.schedule(req.sessionTimeout, () => {
        this.pendingMembers.delete(memberId);
        this.maybeCompleteJoinPhase();
      });
      this.pendingMembers.set(memberId, expiry);
      return respond({ error: "MEMBER_ID_REQUIRED", memberId });
    }
    const pending = this.pendingMembers.get(req.memberId);
    if (pending) {
      pending.cancel();
      this.pendingMembers.delete(req.memberId);
      this.addMemberThenRebalanceOrCompleteJoin(req, channel);
      return;
    }
    const member = this.members.get(req.memberId);
    if (!member) return respond({ error: "UNKNOWN_MEMBER_ID" });
    this.updateMemberThenRebalanceOrCompleteJoin(member, req, channel);
  }

  private addMemberThenRebalanceOrCompleteJoin(req: JoinRequest, channel: MemberChannel): void {
    const member: ClassicMember = {
      memberId: req.memberId,
      clientId: req.clientId,
      sessionTimeout: req.sessionTimeout,
      rebalanceTimeout: req.rebalanceTimeout,
      protocols: req.protocols,
      assignment: [],
      isNew: true,
      joinChannel: channel,
      syncChannel: null,
      heartbeatTimer: null,
      lastHeartbeat: this.world.now,
    };
    this.members.set(member.memberId, member);
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.protocolType = "consumer";
    if (this.state === "PreparingRebalance" && this.previousState === "Empty") this.newMemberAdded = true;
    this.world.emit("memberJoined", `${req.clientId} joined group ${this.groupId} as member ${member.memberId}${this.leaderId === member.memberId ? " (the leader)" : ""}`, {
      group: this.groupId,
      consumer: req.clientId,
      data: { memberId: member.memberId },
    });
    // While its JoinGroup is parked, a new member may wait up to 5 minutes.
    this.rescheduleHeartbeat(member, NEW_MEMBER_JOIN_TIMEOUT_MS);
    this.maybePrepareRebalanceOrCompleteJoin(`${req.clientId} joined`);
  }

  private updateMemberThenRebalanceOrCompleteJoin(member: ClassicMember, req: JoinRequest, channel: MemberChannel): void {
    const changed = !sameProtocols(member.protocols, req.protocols);
    if ((this.state === "Stable" || this.state === "CompletingRebalance") && !changed && member.memberId !== this.leaderId && this.state === "Stable") {
      // A follower rejoining a Stable group with unchanged metadata gets the current generation, no rebalance.
      this.world.schedule(0, () =>
        channel.onJoinResponse({ error: "NONE", memberId: member.memberId, generationId: this.generationId, protocol: this.protocolName, leader: this.leaderId, members: [] }),
      );
      return;
    }
    member.protocols = req.protocols;
    member.rebalanceTimeout = req.rebalanceTimeout;
    member.sessionTimeout = req.sessionTimeout;
    member.joinChannel = channel;
    this.maybePrepareRebalanceOrCompleteJoin(`${member.clientId} rejoined${changed ? " with new metadata" : ""}`);
  }

  private maybePrepareRebalanceOrCompleteJoin(reason: string): void {
    if (this.canRebalance()) this.prepareRebalance(reason);
    else if (this.state === "PreparingRebalance") this.maybeCompleteJoinPhase();
  }

  /** GroupMetadataManager#prepareRebalance */
  prepareRebalance(reason: string): void {
    if (this.state === "CompletingRebalance") this.resetAndPropagateAssignmentWithError("REBALANCE_IN_PROGRESS");
    if (this.syncTimer) this.syncTimer.cancel();
    this.pendingSyncMembers.clear();
    const initial = this.state === "Empty";
    this.transitionTo("PreparingRebalance");
    this.rebalanceStartedAt = this.world.now;
    this.world.emit("rebalanceStarted", `Group ${this.groupId} is rebalancing (generation ${this.generationId} → ${this.generationId + 1}): ${reason}`, {
      group: this.groupId,
      data: { reason, generationId: this.generationId },
    });
    if (initial) {
      // group.initial.rebalance.delay.ms: give the members of a new group time to arrive together.
      const delay = this.world.broker.initialRebalanceDelayMs;
      const remaining = Math.max(this.rebalanceTimeoutMs() - delay, 0);
      this.setJoinTimer(delay, () => this.tryCompleteInitialRebalanceElseSchedule(delay, remaining));
      return;
    }
    if (this.hasAllMembersJoined()) this.completeJoin();
    else this.setJoinTimer(this.rebalanceTimeoutMs(), () => this.completeJoin());
  }

  private tryCompleteInitialRebalanceElseSchedule(delay: Millis, remaining: Millis): void {
    if (this.newMemberAdded && remaining !== 0) {
      this.newMemberAdded = false;
      const newDelay = Math.min(this.world.broker.initialRebalanceDelayMs, remaining);
      const newRemaining = Math.max(remaining - delay, 0);
      this.setJoinTimer(newDelay, () => this.tryCompleteInitialRebalanceElseSchedule(newDelay, newRemaining));
    } else this.completeJoin();
  }

  private setJoinTimer(delay: Millis, run: () => void): void {
    if (this.joinTimer) this.joinTimer.cancel();
    this.joinTimer = this.world.schedule(delay, () => {
      this.joinTimer = null;
      run();
    });
  }

  private maybeCompleteJoinPhase(): void {
    if (this.state !== "PreparingRebalance" || !this.hasAllMembersJoined()) return;
    // The initial rebalance waits for its delay even when everyone is in.
    if (this.previousState !== "Empty") this.completeJoin();
  }

  /** GroupMetadataManager#completeClassicGroupJoin */
  private completeJoin(): void {
    if (this.state !== "PreparingRebalance") return;
    for (const m of this.members.values()) {
      if (m.joinChannel === null) this.removeMember(m, `it did not rejoin within the rebalance timeout (${formatDuration(this.rebalanceTimeoutMs())})`);
    }
    if (this.joinTimer) this.joinTimer.cancel();
    this.joinTimer = null;
    if (this.members.size > 0 && !this.maybeElectNewJoinedLeader()) {
      this.setJoinTimer(this.rebalanceTimeoutMs(), () => this.completeJoin());
      return;
    }
    this.initNextGeneration();
    if ((this.state as GroupState) === "Empty") {
      this.hooks.onEmpty(this);
      return;
    }
    const leader = this.leaderId!;
    const ordered = this.members.values();
    this.world.emit(
      "joinCompleted",
      `Group ${this.groupId} generation ${this.generationId}: ${ordered.length} member${ordered.length === 1 ? "" : "s"} joined, protocol ${this.protocolName}; leader ${this.members.get(leader)!.clientId} will assign partitions`,
      { group: this.groupId, data: { generationId: this.generationId, protocol: this.protocolName, leader } },
    );
    for (const m of ordered) {
      const isLeader = m.memberId === leader;
      const response: JoinResponse = {
        error: "NONE",
        memberId: m.memberId,
        generationId: this.generationId,
        protocol: this.protocolName,
        leader,
        members: isLeader ? ordered.map((x) => ({ memberId: x.memberId, metadata: this.metadataOf(x) })) : [],
      };
      const channel = m.joinChannel!;
      m.joinChannel = null;
      m.isNew = false;
      this.rescheduleHeartbeat(m, m.sessionTimeout);
      this.pendingSyncMembers.add(m.memberId);
      this.world.schedule(0, () => channel.onJoinResponse(response));
    }
    this.schedulePendingSync();
  }

  private maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId !== null && this.members.get(this.leaderId)?.joinChannel) return true;
    const next = this.members.values().find((m) => m.joinChannel !== null);
    if (!next) return false;
    this.leaderId = next.memberId;
    return true;
  }

  private initNextGeneration(): void {
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.subscribedTopics = this.computeSubscribedTopics();
      this.transitionTo("CompletingRebalance");
    } else {
      this.protocolName = null;
      this.subscribedTopics = this.computeSubscribedTopics();
      this.transitionTo("Empty");
    }
  }

  /** ClassicGroup#computeSubscribedTopics: the union of the members' subscriptions (consumer protocol type only). */
  private computeSubscribedTopics(): ReadonlySet<string> | null {
    if (this.protocolType !== "consumer") return null;
    const topics = new Set<string>();
    for (const m of this.members.values()) for (const t of this.metadataOf(m).topics) topics.add(t);
    return topics;
  }

  /** ClassicGroup#isSubscribedToTopic: unknown subscriptions count as subscribed for a consumer group. */
  isSubscribedToTopic(topic: string): boolean {
    return this.subscribedTopics === null ? this.protocolType === "consumer" : this.subscribedTopics.has(topic);
  }

  private schedulePendingSync(): void {
    if (this.syncTimer) this.syncTimer.cancel();
    const generation = this.generationId;
    this.syncTimer = this.world.schedule(this.rebalanceTimeoutMs(), () => {
      this.syncTimer = null;
      if (generation !== this.generationId || this.pendingSyncMembers.size === 0) return;
      if (this.state !== "CompletingRebalance" && this.state !== "Stable") return;
      for (const id of [...this.pendingSyncMembers]) {
        const m = this.members.get(id);
        if (m) this.removeMember(m, "it did not send SyncGroup within the rebalance timeout");
      }
      this.pendingSyncMembers.clear();
      this.maybePrepareRebalanceOrCompleteJoin("members did not sync in time");
    });
  }

  // ---------------------------------------------------------------------------------------------- SyncGroup

  sync(memberId: string, generationId: number, assignments: ReadonlyMap<string, readonly TopicPartition[]> | null, channel: MemberChannel): void {
    const respond = (r: SyncResponse): void => {
      this.world.schedule(0, () => channel.onSyncResponse(r));
    };
    const member = this.members.get(memberId);
    if (this.state === "Dead") return respond({ error: "COORDINATOR_NOT_AVAILABLE", assignment: [] });
    if (!member) return respond({ error: "UNKNOWN_MEMBER_ID", assignment: [] });
    if (generationId !== this.generationId) return respond({ error: "ILLEGAL_GENERATION", assignment: [] });
    if (this.state === "PreparingRebalance" || this.state === "Empty") return respond({ error: "REBALANCE_IN_PROGRESS", assignment: [] });
    this.pendingSyncMembers.delete(memberId);
    if (this.state === "Stable") return respond({ error: "NONE", assignment: member.assignment });
    // CompletingRebalance: park until the leader's assignment arrives.
    member.syncChannel = channel;
    if (memberId !== this.leaderId || assignments === null) return;
    for (const m of this.members.values()) m.assignment = assignments.get(m.memberId) ?? [];
    this.transitionTo("Stable");
    if (this.pendingSyncMembers.size === 0 && this.syncTimer) {
      this.syncTimer.cancel();
      this.syncTimer = null;
    }
    const took = this.rebalanceStartedAt === null ? "" : ` after ${formatDuration(this.world.now - this.rebalanceStartedAt)}`;
    this.world.emit("assignmentComputed", `Group ${this.groupId} is Stable at generation ${this.generationId}${took}; ${describeAssignment(this)}`, {
      group: this.groupId,
      data: { generationId: this.generationId, assignment: Object.fromEntries(this.members.values().map((m) => [m.clientId, m.assignment.map(([t, p]) => `${t}-${p}`)])) },
    });
    this.rebalanceStartedAt = null;
    this.hooks.onStable(this);
    for (const m of this.members.values()) {
      const ch = m.syncChannel;
      m.syncChannel = null;
      if (ch) this.world.schedule(0, () => ch.onSyncResponse({ error: "NONE", assignment: m.assignment }));
    }
  }

  private resetAndPropagateAssignmentWithError(error: KafkaError): void {
    for (const m of this.members.values()) {
      m.assignment = [];
      const ch = m.syncChannel;
      m.syncChannel = null;
      if (ch) this.world.schedule(0, () => ch.onSyncResponse({ error, assignment: [] }));
    }
  }

  // ---------------------------------------------------------------------------------------------- Heartbeat

  heartbeat(memberId: string, generationId: number): KafkaError {
    if (this.state === "Dead") return "COORDINATOR_NOT_AVAILABLE";
    const member = this.members.get(memberId);
    if (!member) return "UNKNOWN_MEMBER_ID";
    if (generationId !== this.generationId) return "ILLEGAL_GENERATION";
    if (this.state === "Empty") return "UNKNOWN_MEMBER_ID";
    member.lastHeartbeat = this.world.now;
    this.rescheduleHeartbeat(member, member.sessionTimeout);
    return this.state === "PreparingRebalance" ? "REBALANCE_IN_PROGRESS" : "NONE";
  }

  private rescheduleHeartbeat(member: ClassicMember, timeout: Millis): void {
    if (member.heartbeatTimer) member.heartbeatTimer.cancel();
    member.heartbeatTimer = this.world.schedule(timeout, () => {
      member.heartbeatTimer = null;
      if (this.members.get(member.memberId) !== member) return;
      // ClassicGroupMember#hasSatisfiedHeartbeat: a member parked in a rebalance needs no heartbeat.
      if (!member.isNew && (member.joinChannel !== null || member.syncChannel !== null)) return;
      this.world.emit(
        "memberFailed",
        `${member.clientId} missed its session timeout (${formatDuration(member.sessionTimeout)} without a heartbeat since t=${formatDuration(member.lastHeartbeat)}): member ${member.memberId} in group ${this.groupId} has failed, removing it from the group`,
        { group: this.groupId, consumer: member.clientId, data: { memberId: member.memberId, lastHeartbeat: member.lastHeartbeat, sessionTimeout: member.sessionTimeout } },
      );
      this.removeMemberAndUpdateGroup(member, "session timeout expired");
    });
  }

  // ---------------------------------------------------------------------------------------------- LeaveGroup

  leave(memberId: string, reason: string): KafkaError {
    if (this.state === "Dead") return "COORDINATOR_NOT_AVAILABLE";
    const pending = this.pendingMembers.get(memberId);
    if (pending) {
      pending.cancel();
      this.pendingMembers.delete(memberId);
      this.maybeCompleteJoinPhase();
      return "NONE";
    }
    const member = this.members.get(memberId);
    if (!member) return "UNKNOWN_MEMBER_ID";
    this.world.emit("memberLeft", `${member.clientId} left group ${this.groupId} (LeaveGroup: ${reason})`, {
      group: this.groupId,
      consumer: member.clientId,
      data: { memberId, reason },
    });
    this.removeMemberAndUpdateGroup(member, reason);
    return "NONE";
  }

  private removeMemberAndUpdateGroup(member: ClassicMember, reason: string): void {
    const stateBefore = this.state;
    this.removeMember(member, reason);
    if (stateBefore === "Stable" || stateBefore === "CompletingRebalance") this.prepareRebalance(`${member.clientId} left the group (${reason})`);
    else if (stateBefore === "PreparingRebalance") this.maybeCompleteJoinPhase();
  }

  /** ClassicGroup#remove: a departing leader is replaced by the first remaining member in map order. */
  private removeMember(member: ClassicMember, reason: string): void {
    if (member.heartbeatTimer) member.heartbeatTimer.cancel();
    const join = member.joinChannel;
    const sync = member.syncChannel;
    member.joinChannel = null;
    member.syncChannel = null;
    this.members.delete(member.memberId);
    this.pendingSyncMembers.delete(member.memberId);
    if (this.leaderId === member.memberId) this.leaderId = this.members.size > 0 ? this.members.keys()[0] : null;
    const unknown = { error: "UNKNOWN_MEMBER_ID" as const, memberId: member.memberId, generationId: -1, protocol: null, leader: null, members: [] };
    if (join) this.world.schedule(0, () => join.onJoinResponse(unknown));
    if (sync) this.world.schedule(0, () => sync.onSyncResponse({ error: "UNKNOWN_MEMBER_ID", assignment: [] }));
    this.hooks.onMemberRemoved(this, member, reason);
  }

  // ---------------------------------------------------------------------------------------------- offsets

  /** ClassicGroup#validateOffsetCommit */
  validateOffsetCommit(memberId: string, generationId: number): KafkaError {
    if (this.state === "Dead") return "COORDINATOR_NOT_AVAILABLE";
    if (generationId < 0 && this.state === "Empty") return "NONE";
    if (generationId >= 0 || memberId !== "") {
      if (!this.members.has(memberId)) return "UNKNOWN_MEMBER_ID";
      if (generationId !== this.generationId) return "ILLEGAL_GENERATION";
    } else if (this.state !== "Empty") return "UNKNOWN_MEMBER_ID";
    if (this.state === "CompletingRebalance") return "REBALANCE_IN_PROGRESS";
    return "NONE";
  }

  /** The group is removed (DeleteGroups or offsets expired): every parked request is answered. */
  markDead(): void {
    for (const m of this.members.values()) this.removeMember(m, "group deleted");
    if (this.joinTimer) this.joinTimer.cancel();
    if (this.syncTimer) this.syncTimer.cancel();
    this.transitionTo("Dead");
  }

  memberByClient(clientId: string): ClassicMember | undefined {
    return this.members.values().find((m) => m.clientId === clientId);
  }
}

function sameProtocols(a: readonly ProtocolMetadata[], b: readonly ProtocolMetadata[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeAssignment(c: GroupCoordinator): string {
  return c.members
    .values()
    .map((m) => `${m.clientId} ← ${m.assignment.length === 0 ? "nothing" : m.assignment.map(([t, p]) => `${t}-${p}`).join(", ")}`)
    .join("; ");
}
