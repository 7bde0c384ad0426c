/**
 * One consumer process: the Java client's membership logic (AbstractCoordinator / ConsumerCoordinator: join,
 * sync, heartbeat thread, poll timeout, eager and cooperative rebalancing) plus an application poll loop that
 * processes records one at a time and commits by its strategy. The group coordinator is reached through
 * `GroupHost`; there is no network, so requests arrive at once and answers come back on the next tick.
 */
import { formatDuration, tp } from "../format";
import type { Timer } from "../timers";
import type { AssignorName, ConsumerConfig, ConsumerStatus, Millis, Offset, PauseInterval, TopicPartition } from "../types";
import type { World } from "../world";
import { JavaHashSet } from "../assignors/javaHashMap";
import { tpHash } from "../assignors/topicPartition";
import { rebalanceProtocolOf } from "./config";
import { tpKey } from "./tpKey";
import type { JoinResponse, KafkaError, MemberChannel, ProtocolMetadata, SyncResponse } from "./protocol";
import { ERROR_MESSAGES } from "./protocol";

/** CommitFailedException's message (clients/.../consumer/CommitFailedException.java). */
export const COMMIT_FAILED_MESSAGE =
  "Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time message processing. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.";
/** AbstractCoordinator's log line when the heartbeat thread finds the poll timer expired. */
export const POLL_TIMEOUT_MESSAGE =
  "consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.";
const REBALANCE_IN_PROGRESS_COMMIT =
  "Offset commit cannot be completed since the consumer is undergoing a rebalance for auto partition assignment. You can try completing the rebalance by calling poll() and then retry the operation.";
const NOT_IN_GROUP_COMMIT =
  "Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.";

type MemberState = "UNJOINED" | "PREPARING_REBALANCE" | "COMPLETING_REBALANCE" | "STABLE";

export interface CommitOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: Offset;
}

/** What a consumer needs from the rest of the simulation (its group's coordinator, offsets, logs). */
export interface GroupHost {
  join(client: ConsumerClient, memberId: string, protocols: readonly ProtocolMetadata[], channel: MemberChannel): void;
  sync(client: ConsumerClient, assignments: ReadonlyMap<string, readonly TopicPartition[]> | null, channel: MemberChannel): void;
  heartbeat(client: ConsumerClient): KafkaError;
  leave(client: ConsumerClient, reason: string): void;
  /** OffsetCommit; answers the coordinator's error. */
  commit(client: ConsumerClient, offsets: readonly CommitOffset[], how: string): KafkaError;
  committed(client: ConsumerClient, topic: string, partition: number): Offset | null;
  partitionsOf(topic: string): number | null;
  /** The partition's log (its logStartOffset and logEndOffset), or undefined when it does not exist. */
  log(topic: string, partition: number): { readonly logStartOffset: Offset; readonly logEndOffset: Offset } | undefined;
  /** Runs the leader's assignor over the JoinGroup members. */
  assign(client: ConsumerClient, protocol: AssignorName, response: JoinResponse): Map<string, TopicPartition[]>;
  /** The group's delivery accounting. */
  onPositionSet(client: ConsumerClient, topic: string, partition: number, position: Offset, cause: "reset" | "committed-ahead" | "retention"): void;
  onProcessed(client: ConsumerClient, topic: string, partition: number, offset: Offset): "first" | "duplicate" | "skipped";
  /** Wakes the consumer when a record is appended to a partition it owns. */
  watch(client: ConsumerClient, partitions: readonly TopicPartition[]): void;
}

interface Range {
  topic: string;
  partition: number;
  from: Offset;
  to: Offset;
}

const key = tpKey;

export class ConsumerClient {
  alive = false;
  stopped = false;
  failed: string | null = null;
  error: string | null = null;
  memberId = "";
  generation = -1;
  memberState: MemberState = "UNJOINED";
  private needsRejoin = true;
  private joinInFlight = false;
  /** The subscription sent with the last JoinGroup (ConsumerCoordinator#joinedSubscription). */
  private joinedSubscription: readonly string[] = [];
  /** Set when the heartbeat thread left the group because poll() was not called in time. */
  leftOnPollTimeout = false;
  /** Assigned partitions and their positions (null: not yet initialised). */
  owned: TopicPartition[] = [];
  private positions = new Map<string, Offset | null>();
  /** Offset after the last processed record, per partition (what a manual commit sends). */
  private processedUpTo = new Map<string, Offset>();
  /** StickyAssignor user data: the last assignment received and its generation. */
  private lastAssignment: TopicPartition[] = [];
  private lastAssignmentGeneration: number | null = null;
  /** An answered SyncGroup waiting for the application thread to pick it up in poll(). */
  private pendingAssignment: { generation: number; assignment: TopicPartition[] } | null = null;
  private batch: Range[] = [];
  private batchIndex = 0;
  private batchOffset = 0;
  private processing = false;
  /** The poll thread handed its batch to processing and waits for it (always so without asyncProcessing). */
  private pollBlocked = false;
  private recordTimer: Timer | null = null;
  private heartbeatTimer: Timer | null = null;
  private pollTimer: Timer | null = null;
  private wakeTimer: Timer | null = null;
  private waiting = false;
  lastPoll: Millis | null = null;
  lastHeartbeat: Millis | null = null;
  private nextAutoCommit = 0;
  private resolvedSinceCommit = 0;
  private batchCount = 0;
  readonly pauses: PauseInterval[] = [];
  private openPause: number | null = null;
  private dupes: Range[] = [];
  private rotation = 0;

  constructor(
    private readonly world: World,
    readonly clientId: string,
    public groupId: string,
    public config: ConsumerConfig,
    public subscriptions: string[],
    private host: GroupHost,
  ) {}

  get protocol(): "eager" | "cooperative" {
    return rebalanceProtocolOf(this.config.partitionAssigners);
  }

  setHost(host: GroupHost): void {
    this.host = host;
  }

  // ------------------------------------------------------------------------------------------ lifecycle

  start(): void {
    this.alive = true;
    this.stopped = false;
    this.failed = null;
    this.error = null;
    // A new process: nothing of the old one's requests in flight, counters or channel survives.
    this.channel = this.newChannel();
    this.joinInFlight = false;
    this.resolvedSinceCommit = 0;
    this.batchCount = 0;
    this.memberId = "";
    this.generation = -1;
    this.memberState = "UNJOINED";
    this.needsRejoin = true;
    this.owned = [];
    this.positions.clear();
    this.processedUpTo.clear();
    this.lastAssignment = [];
    this.lastAssignmentGeneration = null;
    this.pendingAssignment = null;
    this.leftOnPollTimeout = false;
    this.closePause();
    this.beginPause("rebalance", "all");
    this.world.schedule(0, () => this.poll());
  }

  /** kill -9: no commit, no LeaveGroup; the coordinator finds out when the session times out. */
  crash(): void {
    if (!this.alive) return;
    this.halt();
    this.closePause();
    this.beginPause("crashed", "all");
    this.world.emit("consumerCrashed", `${this.clientId} crashed (kill -9): no commit, no LeaveGroup; group ${this.groupId} will notice only when its session timeout (${formatDuration(this.config.sessionTimeout)}) passes without a heartbeat`, {
      group: this.groupId,
      consumer: this.clientId,
    });
  }

  /** close(): finish the record in hand, commit by the strategy, send LeaveGroup. */
  stop(reason = "the consumer is being closed"): void {
    if (!this.alive) return;
    this.stopped = true;
    if (!this.processing) this.close(reason);
    // otherwise close() runs after the current record (see completeRecord)
  }

  private close(reason: string): void {
    if (this.memberState === "STABLE") {
      // KafkaConsumer#close auto-commits subscriptions.allConsumed() (ConsumerCoordinator#maybeAutoCommitOffsetsSync).
      // A synchronous application has processed everything up to the record in hand, so that is what it commits;
      // with asyncProcessing the positions run ahead of the worker, and Java commits them all the same.
      if (this.config.commitStrategy === "auto") this.commit(this.config.asyncProcessing ? this.consumedOffsets() : this.processedOffsets(), "auto commit on close", false);
      else if (this.config.commitStrategy !== "before-processing") this.commit(this.processedOffsets(), "commit on close", false);
    }
    const wasMember = this.memberId !== "";
    this.halt();
    if (wasMember) this.host.leave(this, reason);
    this.closePause();
    this.beginPause(this.failed ? "failed" : "stopped", "all");
    this.world.emit("consumerStopped", `${this.clientId} ${this.failed ? "failed and closed" : "stopped gracefully"}${wasMember ? " and sent LeaveGroup" : ""}`, { group: this.groupId, consumer: this.clientId });
    this.memberId = "";
    this.generation = -1;
    this.memberState = "UNJOINED";
    this.owned = [];
  }

  private halt(): void {
    // Name the repeats this process already made in its unfinished batch.
    this.flushDupes();
    this.alive = false;
    this.processing = false;
    this.pollBlocked = false;
    this.waiting = false;
    for (const t of [this.recordTimer, this.heartbeatTimer, this.pollTimer, this.wakeTimer]) if (t) t.cancel();
    this.recordTimer = this.heartbeatTimer = this.pollTimer = this.wakeTimer = null;
    this.batch = [];
  }

  status(): ConsumerStatus {
    if (this.failed) return "failed";
    if (!this.alive) return this.stopped ? "stopped" : "crashed";
    if (this.leftOnPollTimeout) return "slow";
    if (this.memberState !== "STABLE") return this.generation < 0 && this.lastAssignmentGeneration === null ? "joining" : "rebalancing";
    return this.owned.length === 0 ? "idle" : "consuming";
  }

  // ------------------------------------------------------------------------------------------ poll loop

  /** KafkaConsumer#poll: coordinator duties first (rejoin, auto commit, new assignment), then fetch. */
  poll(): void {
    // Without asyncProcessing the application thread is busy processing its batch and is not in poll().
    if (!this.alive || this.pollBlocked) return;
    this.waiting = false;
    if (this.wakeTimer) this.wakeTimer.cancel();
    this.wakeTimer = null;
    if (this.stopped) {
      // With asyncProcessing the worker may hold a record; close() runs once it is done (see completeRecord).
      if (!this.processing) this.close("the consumer is being closed");
      return;
    }
    this.lastPoll = this.world.now;
    this.armPollTimer();
    if (this.pendingAssignment) this.onJoinComplete();
    if (this.memberState === "STABLE" && !this.needsRejoin && !this.joinInFlight && !sameTopics(this.joinedSubscription, this.subscriptions)) {
      // ConsumerCoordinator#rejoinNeededOrPending: "subscription has changed" since the JoinGroup was sent.
      this.needsRejoin = true;
    }
    if (this.needsRejoin && !this.joinInFlight) {
      this.onJoinPrepare();
      this.sendJoin();
    }
    if (this.config.commitStrategy === "auto" && this.memberState === "STABLE" && this.world.now >= this.nextAutoCommit) {
      this.nextAutoCommit = this.world.now + this.config.autoCommitInterval;
      // Java commits the positions: everything earlier polls returned (ConsumerCoordinator#maybeAutoCommitOffsetsAsync).
      this.commit(this.consumedOffsets(), "auto commit", false);
    }
    if (!this.alive) return;
    if (!this.initPositions()) return;
    const fetched = this.fetch();
    if (fetched.length === 0) return this.waitForData();
    if (this.config.commitStrategy === "before-processing") {
      const error = this.commit(this.consumedOffsets(), "commit before processing (at-most-once)", true);
      if (!this.alive) return;
      if (error?.startsWith("CommitFailedException")) {
        // The exception skips processing; the next poll() rejoins the group.
        this.world.schedule(0, () => this.poll());
        return;
      }
    }
    if (!this.config.asyncProcessing) {
      this.pollBlocked = true;
      // (A worker still busy from before asyncProcessing was switched off finishes its queue first.)
      if (this.processing) this.enqueue(fetched);
      else this.startProcessing(fetched);
      return;
    }
    // The application hands the records to another thread and calls poll() again at once, so the positions (and
    // the auto commit in the next poll) run ahead of processing: KafkaConsumer's Javadoc warns that "the committed
    // offset [may] get ahead of the consumed position, which results in missing records".
    if (this.processing) this.enqueue(fetched);
    else this.startProcessing(fetched);
    this.world.schedule(0, () => this.poll());
  }

  private startProcessing(ranges: Range[]): void {
    this.batch = ranges;
    this.batchIndex = 0;
    this.batchOffset = ranges[0].from;
    this.processing = true;
    this.processNext();
  }

  /** asyncProcessing: more records for the worker, behind the ones it has. */
  private enqueue(ranges: Range[]): void {
    if (this.batchIndex > 64) {
      this.batch.splice(0, this.batchIndex);
      this.batchIndex = 0;
    }
    this.batch.push(...ranges);
  }

  /** Processing ended (batch done or abandoned): a poll thread waiting for it polls again. */
  private resumePolling(): void {
    if (this.pollBlocked) {
      this.pollBlocked = false;
      this.world.schedule(0, () => this.poll());
    } else this.wake();
  }

  /** Blocks in poll() until data arrives on an owned partition, a rebalance needs us, or auto commit is due. */
  private waitForData(): void {
    this.waiting = true;
    // A consumer blocked in poll() is polling: its poll timer does not run.
    if (this.pollTimer) this.pollTimer.cancel();
    this.pollTimer = null;
    this.host.watch(this, this.owned);
    const due = this.config.commitStrategy === "auto" && this.memberState === "STABLE" ? Math.max(this.nextAutoCommit, this.world.now + 1) : this.world.now + 5000;
    this.wakeTimer = this.world.scheduleAt(due, () => {
      this.wakeTimer = null;
      if (this.waiting) this.poll();
    });
  }

  /** Called by the host when data arrives or a rebalance needs the application thread. */
  wake(): void {
    if (!this.alive || !this.waiting) return;
    this.waiting = false;
    if (this.wakeTimer) this.wakeTimer.cancel();
    this.wakeTimer = this.world.schedule(0, () => {
      this.wakeTimer = null;
      this.poll();
    });
  }

  private armPollTimer(): void {
    if (this.pollTimer) this.pollTimer.cancel();
    this.pollTimer = this.world.schedule(this.config.maxPollInterval, () => {
      this.pollTimer = null;
      this.onPollTimeout();
    });
  }

  /** The heartbeat thread found max.poll.interval.ms exceeded: leave the group (AbstractCoordinator#maybeLeaveGroup). */
  private onPollTimeout(): void {
    if (!this.alive || this.memberId === "") return;
    this.world.emit("pollTimeoutExpired", `${this.clientId}: ${POLL_TIMEOUT_MESSAGE}`, {
      group: this.groupId,
      consumer: this.clientId,
      data: { maxPollInterval: this.config.maxPollInterval, lastPoll: this.lastPoll },
    });
    this.host.leave(this, "consumer poll timeout has expired.");
    this.resetGeneration();
    this.leftOnPollTimeout = true;
  }

  private resetGeneration(): void {
    this.memberId = "";
    this.generation = -1;
    this.memberState = "UNJOINED";
    this.needsRejoin = true;
    this.joinInFlight = false;
    this.pendingAssignment = null;
    if (this.heartbeatTimer) this.heartbeatTimer.cancel();
    this.heartbeatTimer = null;
  }

  // ------------------------------------------------------------------------------------------ fetching

  private initPositions(): boolean {
    const undefinedNoReset: TopicPartition[] = [];
    for (const [topic, partition] of this.owned) {
      const k = key(topic, partition);
      const range = this.host.log(topic, partition);
      if (!range) continue;
      let pos = this.positions.get(k) ?? null;
      if (pos === null) {
        const committed = this.host.committed(this, topic, partition);
        if (committed !== null) {
          pos = committed;
          this.host.onPositionSet(this, topic, partition, pos, "committed-ahead");
        } else if (this.config.autoOffsetReset === "none") {
          undefinedNoReset.push([topic, partition]);
          continue;
        } else {
          pos = this.config.autoOffsetReset === "earliest" ? range.logStartOffset : range.logEndOffset;
          this.world.emit("offsetReset", `${this.clientId} has no committed offset for ${tp(topic, partition)}: auto.offset.reset=${this.config.autoOffsetReset} starts it at offset ${pos}`, {
            group: this.groupId,
            consumer: this.clientId,
            topic,
            partition,
            data: { policy: this.config.autoOffsetReset, offset: pos },
          });
          this.host.onPositionSet(this, topic, partition, pos, "reset");
        }
      }
      if (pos < range.logStartOffset || pos > range.logEndOffset) {
        // OFFSET_OUT_OF_RANGE (FetchCollector): with a reset policy the position is reset, else the poll throws.
        const text = `Fetch position FetchPosition{offset=${pos}, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[localhost:9092 (id: 1 rack: null)], epoch=0}} is out of range for partition ${tp(topic, partition)}`;
        if (this.config.autoOffsetReset === "none") return this.fail(`OffsetOutOfRangeException: ${text}`);
        const next = this.config.autoOffsetReset === "earliest" ? range.logStartOffset : range.logEndOffset;
        this.world.emit("offsetOutOfRange", `${this.clientId}: ${text}, resetting offset to ${next} (auto.offset.reset=${this.config.autoOffsetReset})`, {
          group: this.groupId,
          consumer: this.clientId,
          topic,
          partition,
          data: { from: pos, to: next },
        });
        pos = next;
        this.host.onPositionSet(this, topic, partition, pos, pos > range.logStartOffset ? "reset" : "retention");
        // Nothing has been processed at the new position yet.
        this.processedUpTo.set(k, pos);
      }
      this.positions.set(k, pos);
      if (!this.processedUpTo.has(k)) this.processedUpTo.set(k, pos);
    }
    if (undefinedNoReset.length > 0) {
      // SubscriptionState#resetInitializingPositions collects the partitions in a java.util.HashSet and throws
      // NoOffsetForPartitionException(Collection), whose message prints that set: "partitions: [...]" even for one
      // partition, in HashSet order (TopicPartition#hashCode).
      const set = new JavaHashSet<TopicPartition>(([t, p]) => `${p}:${t}`, ([t, p]) => tpHash([t, p]));
      for (const x of undefinedNoReset) set.add(x);
      const names = set.values().map(([t, p]) => tp(t, p));
      return this.fail(`NoOffsetForPartitionException: Undefined offset with no reset policy for partitions: [${names.join(", ")}]`);
    }
    return true;
  }

  private fail(message: string): false {
    this.failed = message;
    this.error = message;
    this.world.emit("consumerFailed", `${this.clientId} failed: ${message}`, { group: this.groupId, consumer: this.clientId, data: { error: message } });
    this.close("the consumer failed");
    return false;
  }

  /** Up to max.poll.records from the owned partitions, taking turns between partitions from poll to poll. */
  private fetch(): Range[] {
    const out: Range[] = [];
    let remaining = this.config.maxPollRecords;
    const n = this.owned.length;
    if (n === 0) return out;
    const start = this.rotation++ % n;
    for (let i = 0; i < n && remaining > 0; i++) {
      const [topic, partition] = this.owned[(start + i) % n];
      const k = key(topic, partition);
      const pos = this.positions.get(k);
      const range = this.host.log(topic, partition);
      if (pos === null || pos === undefined || !range || pos >= range.logEndOffset) continue;
      const take = Math.min(range.logEndOffset - pos, remaining);
      out.push({ topic, partition, from: pos, to: pos + take });
      this.positions.set(k, pos + take);
      remaining -= take;
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ processing

  private processNext(): void {
    while (this.alive && this.processing) {
      if (this.batchIndex >= this.batch.length) {
        this.processing = false;
        this.flushDupes();
        this.batch = [];
        this.batchIndex = 0;
        this.resumePolling();
        return;
      }
      if (this.config.processingTime > 0) {
        this.recordTimer = this.world.schedule(this.config.processingTime, () => {
          this.recordTimer = null;
          this.completeRecord();
          this.processNext();
        });
        return;
      }
      this.completeRecord();
    }
  }

  private completeRecord(): void {
    const r = this.batch[this.batchIndex];
    const offset = this.batchOffset;
    const k = key(r.topic, r.partition);
    const outcome = this.host.onProcessed(this, r.topic, r.partition, offset);
    if (outcome !== "first") {
      const last = this.dupes[this.dupes.length - 1];
      if (last && last.topic === r.topic && last.partition === r.partition && last.to === offset) last.to = offset + 1;
      else this.dupes.push({ topic: r.topic, partition: r.partition, from: offset, to: offset + 1 });
    }
    // With asyncProcessing the worker may finish records of a partition already revoked; they are no longer ours to commit.
    if (this.positions.has(k)) this.processedUpTo.set(k, offset + 1);
    this.resolvedSinceCommit++;
    this.batchCount++;
    // advance the cursor before committing, so a failed commit ends the batch cleanly
    if (++this.batchOffset >= r.to) {
      this.batchIndex++;
      if (this.batchIndex < this.batch.length) this.batchOffset = this.batch[this.batchIndex].from;
    }
    const s = this.config.commitStrategy;
    if (s === "per-record") this.commit([{ topic: r.topic, partition: r.partition, offset: offset + 1 }], "commit after processing", true);
    else if (s === "batch" && this.batchCount % this.config.batchSize === 0) this.commit(this.processedOffsets(), `batch commit every ${this.config.batchSize} records`, true);
    else if (s === "auto" && this.config.autoCommitThreshold !== null && this.resolvedSinceCommit >= this.config.autoCommitThreshold) {
      this.commit(this.processedOffsets(), `autoCommitThreshold (${this.config.autoCommitThreshold}) reached`, false);
    }
    if (this.stopped && this.alive) {
      this.processing = false;
      this.flushDupes();
      this.close("the consumer is being closed");
    }
  }

  private flushDupes(): void {
    if (this.dupes.length === 0) return;
    const n = this.dupes.reduce((s, d) => s + d.to - d.from, 0);
    const which = this.dupes.map((d) => `${tp(d.topic, d.partition)} ${d.to - d.from === 1 ? d.from : `${d.from}..${d.to - 1}`}`).join(", ");
    const verb = this.config.idempotent ? "recognised and skipped" : "processed again";
    this.world.emit("recordsRedelivered", `${this.clientId} ${verb} ${n} record${n === 1 ? "" : "s"} the group had already processed (${which})`, {
      group: this.groupId,
      consumer: this.clientId,
      data: { ranges: this.dupes.map((d) => [d.topic, d.partition, d.from, d.to]), idempotent: this.config.idempotent },
    });
    this.dupes = [];
  }

  /** Positions of the owned partitions: what Java's auto commit sends (subscriptions.allConsumed()). */
  private consumedOffsets(): CommitOffset[] {
    const out: CommitOffset[] = [];
    for (const [topic, partition] of this.owned) {
      const pos = this.positions.get(key(topic, partition));
      if (pos !== null && pos !== undefined) out.push({ topic, partition, offset: pos });
    }
    return out;
  }

  /** Offset after the last processed record of each owned partition (offset + 1, as Kafka expects). */
  private processedOffsets(): CommitOffset[] {
    const out: CommitOffset[] = [];
    for (const [topic, partition] of this.owned) {
      const p = this.processedUpTo.get(key(topic, partition));
      if (p !== undefined) out.push({ topic, partition, offset: p });
    }
    return out;
  }

  /**
   * Sends an OffsetCommit. A synchronous (manual) commit that fails throws in the application: the batch is
   * abandoned and the next poll() rejoins (CommitFailedException / RebalanceInProgressException).
   */
  private commit(offsets: readonly CommitOffset[], how: string, sync: boolean): string | null {
    if (offsets.length === 0) return null;
    let error: string | null = null;
    if (this.memberState !== "STABLE" || this.memberId === "") {
      // ConsumerCoordinator#sendOffsetCommitRequest fails locally when the member is not in a stable generation.
      error = this.memberState === "UNJOINED" ? `CommitFailedException: ${NOT_IN_GROUP_COMMIT}` : `RebalanceInProgressException: ${REBALANCE_IN_PROGRESS_COMMIT}`;
    } else {
      const result = this.host.commit(this, offsets, how);
      if (result === "UNKNOWN_MEMBER_ID" || result === "ILLEGAL_GENERATION") {
        error = `CommitFailedException: ${COMMIT_FAILED_MESSAGE}`;
        this.resetGeneration();
      } else if (result === "REBALANCE_IN_PROGRESS") error = `RebalanceInProgressException: ${REBALANCE_IN_PROGRESS_COMMIT}`;
      else if (result !== "NONE") error = `${result}: ${ERROR_MESSAGES[result]}`;
    }
    if (error === null) {
      this.resolvedSinceCommit = 0;
      return null;
    }
    this.world.emit("commitFailed", `${this.clientId} could not commit (${how}): ${error}`, { group: this.groupId, consumer: this.clientId, data: { error, sync } });
    if (!sync) return error;
    this.error = error;
    if (error.startsWith("CommitFailedException") && this.processing) {
      // The exception ends this batch; the application goes back to poll(), which rejoins the group.
      this.processing = false;
      if (this.recordTimer) this.recordTimer.cancel();
      this.recordTimer = null;
      this.flushDupes();
      this.batch = [];
      this.batchIndex = 0;
      this.resumePolling();
    }
    return error;
  }

  // ------------------------------------------------------------------------------------------ membership

  /** ConsumerCoordinator#onJoinPrepare */
  private onJoinPrepare(): void {
    if (this.generation < 0 && this.owned.length > 0) {
      // "Giving away all assigned partitions as lost since generation/memberID has been reset"
      this.world.emit("partitionsLost", `${this.clientId} gives away ${this.owned.map(([t, p]) => tp(t, p)).join(", ")} as lost: it is no longer in the group (generation reset)`, {
        group: this.groupId,
        consumer: this.clientId,
      });
      this.dropPartitions(this.owned);
      this.closePause();
      this.beginPause("left", "all");
      return;
    }
    if (this.config.commitStrategy === "auto" && this.memberState === "STABLE") this.commit(this.consumedOffsets(), "auto commit before rebalance", false);
    if (this.protocol === "eager") {
      if (this.owned.length > 0) {
        this.world.emit("partitionsRevoked", `${this.clientId} revokes all its partitions (${this.owned.map(([t, p]) => tp(t, p)).join(", ")}) before rejoining: eager rebalancing stops it until the new assignment`, {
          group: this.groupId,
          consumer: this.clientId,
        });
      }
      this.dropPartitions(this.owned);
      if (this.openPause === null) this.beginPause("rebalance", "all");
    } else {
      const gone = this.owned.filter(([t]) => !this.subscriptions.includes(t));
      if (gone.length > 0) this.dropPartitions(gone);
    }
  }

  private sendJoin(): void {
    this.joinedSubscription = [...this.subscriptions];
    this.joinInFlight = true;
    this.needsRejoin = false;
    this.leftOnPollTimeout = false;
    this.memberState = "PREPARING_REBALANCE";
    if (this.heartbeatTimer) this.heartbeatTimer.cancel();
    this.heartbeatTimer = null;
    const protocols: ProtocolMetadata[] = this.config.partitionAssigners.map((name) => ({
      name,
      topics: [...this.subscriptions].sort(),
      owned: name === "sticky" ? this.lastAssignment : name === "cooperative-sticky" ? this.owned : [],
      generation: name === "sticky" ? this.lastAssignmentGeneration : name === "cooperative-sticky" ? (this.generation >= 0 ? this.generation : null) : null,
    }));
    this.host.join(this, this.memberId, protocols, this.channel);
  }

  /** Where the coordinator answers this process; a restarted process gets a new one, so answers meant for the dead one are dropped. */
  private channel: MemberChannel = this.newChannel();

  private newChannel(): MemberChannel {
    const channel: MemberChannel = {
      onJoinResponse: (r) => {
        if (this.channel === channel) this.onJoinResponse(r);
      },
      onSyncResponse: (r) => {
        if (this.channel === channel) this.onSyncResponse(r);
      },
    };
    return channel;
  }

  private onJoinResponse(r: JoinResponse): void {
    if (!this.alive || !this.joinInFlight) return;
    if (r.error === "MEMBER_ID_REQUIRED") {
      this.memberId = r.memberId;
      this.joinInFlight = false;
      this.sendJoin();
      return;
    }
    if (r.error !== "NONE") {
      this.joinInFlight = false;
      if (r.error === "UNKNOWN_MEMBER_ID" || r.error === "ILLEGAL_GENERATION") {
        this.resetGeneration();
        this.wake();
        return;
      }
      this.fail(`JoinGroup failed: ${r.error}: ${ERROR_MESSAGES[r.error]}`);
      return;
    }
    this.memberId = r.memberId;
    this.generation = r.generationId;
    this.memberState = "COMPLETING_REBALANCE";
    this.scheduleHeartbeat();
    const assignments = r.leader === this.memberId && r.protocol ? this.host.assign(this, r.protocol, r) : null;
    this.host.sync(this, assignments, this.channel);
  }

  private onSyncResponse(r: SyncResponse): void {
    if (!this.alive || !this.joinInFlight) return;
    this.joinInFlight = false;
    if (r.error !== "NONE") {
      if (r.error === "UNKNOWN_MEMBER_ID" || r.error === "ILLEGAL_GENERATION") this.resetGeneration();
      else this.needsRejoin = true; // REBALANCE_IN_PROGRESS: join again
      this.memberState = this.memberId === "" ? "UNJOINED" : "PREPARING_REBALANCE";
      this.wake();
      return;
    }
    this.pendingAssignment = { generation: this.generation, assignment: [...r.assignment] };
    this.wake();
  }

  /** ConsumerCoordinator#onJoinComplete, run by the application thread inside poll(). */
  private onJoinComplete(): void {
    const { generation, assignment } = this.pendingAssignment!;
    this.pendingAssignment = null;
    if (generation !== this.generation) return;
    this.memberState = "STABLE";
    this.lastAssignment = assignment;
    this.lastAssignmentGeneration = generation;
    this.nextAutoCommit = this.world.now + this.config.autoCommitInterval;
    const ownedKeys = new Set(this.owned.map(([t, p]) => key(t, p)));
    const assignedKeys = new Set(assignment.map(([t, p]) => key(t, p)));
    const added = assignment.filter(([t, p]) => !ownedKeys.has(key(t, p)));
    const revoked = this.owned.filter(([t, p]) => !assignedKeys.has(key(t, p)));
    if (revoked.length > 0) {
      // Cooperative: give up only what moves, then rejoin so it can be handed over in a second rebalance.
      this.world.emit("partitionsRevoked", `${this.clientId} revokes ${revoked.map(([t, p]) => tp(t, p)).join(", ")} (cooperative) and rejoins so they can move`, {
        group: this.groupId,
        consumer: this.clientId,
      });
      this.dropPartitions(revoked);
      this.pauses.push({ start: this.world.now, end: null, reason: "rebalance", partitions: revoked });
      this.needsRejoin = true;
    }
    for (const [t, p] of added) {
      this.positions.set(key(t, p), null);
      this.processedUpTo.delete(key(t, p));
    }
    this.owned = [...this.owned.filter(([t, p]) => assignedKeys.has(key(t, p))), ...added];
    this.closePause();
    this.world.emit(
      "partitionsAssigned",
      `${this.clientId} now owns ${this.owned.length === 0 ? "no partitions (idle: more consumers than partitions)" : this.owned.map(([t, p]) => tp(t, p)).join(", ")}${added.length > 0 && added.length < this.owned.length ? ` (new: ${added.map(([t, p]) => tp(t, p)).join(", ")})` : ""}`,
      { group: this.groupId, consumer: this.clientId, data: { generation, assignment: this.owned.map(([t, p]) => `${t}-${p}`), added: added.map(([t, p]) => `${t}-${p}`) } },
    );
  }

  private dropPartitions(parts: readonly TopicPartition[]): void {
    const drop = new Set(parts.map(([t, p]) => key(t, p)));
    for (const k of drop) {
      this.positions.delete(k);
      this.processedUpTo.delete(k);
    }
    this.owned = this.owned.filter(([t, p]) => !drop.has(key(t, p)));
  }

  /** The heartbeat thread: a heartbeat every heartbeat.interval.ms while the member is in a generation. */
  private scheduleHeartbeat(): void {
    if (this.heartbeatTimer) this.heartbeatTimer.cancel();
    this.heartbeatTimer = this.world.schedule(this.config.heartbeatInterval, () => {
      this.heartbeatTimer = null;
      if (!this.alive || this.memberId === "" || this.memberState === "PREPARING_REBALANCE" || this.memberState === "UNJOINED") return;
      const result = this.host.heartbeat(this);
      this.lastHeartbeat = this.world.now;
      if (result === "NONE") return this.scheduleHeartbeat();
      if (result === "REBALANCE_IN_PROGRESS") {
        this.requestRejoin();
        return this.scheduleHeartbeat();
      }
      // UNKNOWN_MEMBER_ID / ILLEGAL_GENERATION: we were removed; rejoin as a new member from poll().
      this.world.emit("heartbeatFailed", `${this.clientId}'s heartbeat was refused (${result}: ${ERROR_MESSAGES[result]}); it will rejoin as a new member`, {
        group: this.groupId,
        consumer: this.clientId,
      });
      this.resetGeneration();
      this.wake();
    });
  }

  /** The coordinator or a metadata change needs this member to rejoin at its next poll(). */
  requestRejoin(): void {
    if (!this.alive) return;
    if (!this.needsRejoin && !this.joinInFlight) {
      this.needsRejoin = true;
      this.wake();
    }
  }

  private beginPause(reason: PauseInterval["reason"], partitions: PauseInterval["partitions"]): void {
    this.pauses.push({ start: this.world.now, end: null, reason, partitions });
    this.openPause = this.pauses.length - 1;
    if (this.pauses.length > 500) {
      this.pauses.splice(0, this.pauses.length - 500);
      this.openPause = this.pauses.length - 1;
    }
  }

  private closePause(): void {
    if (this.openPause === null) return;
    const p = this.pauses[this.openPause];
    if (p) this.pauses[this.openPause] = { ...p, end: this.world.now };
    this.openPause = null;
  }

  /** Ends the partial (cooperative) pauses once the group is stable again. */
  closePartialPauses(): void {
    for (let i = 0; i < this.pauses.length; i++) {
      const p = this.pauses[i];
      if (p.end === null && p.partitions !== "all") this.pauses[i] = { ...p, end: this.world.now };
    }
  }

  /** Offsets of a partition handed to processing and not processed yet (the record in hand included), as [from, to). */
  pendingRecords(topic: string, partition: number): Array<[Offset, Offset]> {
    const out: Array<[Offset, Offset]> = [];
    if (!this.processing) return out;
    for (let i = this.batchIndex; i < this.batch.length; i++) {
      const r = this.batch[i];
      if (r.topic !== topic || r.partition !== partition) continue;
      const from = i === this.batchIndex ? this.batchOffset : r.from;
      if (from < r.to) out.push([from, r.to]);
    }
    return out;
  }

  positionsView(): Array<{ topic: string; partition: number; position: Offset; processedUpTo: Offset }> {
    const out: Array<{ topic: string; partition: number; position: Offset; processedUpTo: Offset }> = [];
    for (const [topic, partition] of this.owned) {
      const k = key(topic, partition);
      const position = this.positions.get(k);
      if (position === null || position === undefined) continue;
      out.push({ topic, partition, position, processedUpTo: this.processedUpTo.get(k) ?? position });
    }
    return out;
  }
}

function sameTopics(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
