/**
 * createSimulation: the engine's public face. Commands in, events and snapshots out, time advanced on demand.
 */
import { parseCommand } from "./commands/schema";
import { GroupLayer } from "./group/groupLayer";
import { createCliBackend } from "./group/cliBackend";
import type { CliOptions, CliResult } from "./cli/index";
import { CLI_NOT_LOADED, cliModule } from "./cliModule";
import type { CliBackend } from "./cli/backend";
import { groupHandlers } from "./group/groupCommands";
import { consumerSnapshots, groupSnapshot } from "./group/groupSnapshots";
import * as topicCommands from "./commands/topicCommands";
import { MANY_PARTITIONS, RECENT_RECORDS, RECENT_RECORDS_WHEN_MANY, TopicSnapshotter } from "./snapshot/topics";
import type { Command, DispatchResult, Millis, OffsetsRecordView, SimEvent, Snapshot } from "./types";
import { DEFAULT_BROKER_CONFIG, World, type BrokerConfig } from "./world";
import type { Scenario } from "./scenario";
import { parseScenario, type ParsedScenario } from "./scenarios/schema";

export interface SimulationOptions {
  /** Seed of the one PRNG; the same seed and the same commands give the same event log. */
  readonly seed?: number;
  /** The most events kept in memory (older ones are dropped, still counted). */
  readonly eventCap?: number;
}

export interface LoggedCommand {
  readonly time: Millis;
  readonly command: Command;
}

export interface Simulation {
  /** Runs a command now. Never throws for bad input: it answers `{ ok: false, error }` and changes nothing. */
  dispatch(command: unknown): DispatchResult;
  /** Advances virtual time by `ms`, running every timer that falls due, in order. */
  advance(ms: Millis): void;
  /** Advances virtual time to `t` (never backwards). */
  advanceTo(t: Millis): void;
  /** Virtual time now. */
  now(): Millis;
  /** Time of the next scheduled timer, or undefined when nothing is scheduled. */
  nextEventTime(): Millis | undefined;
  snapshot(): Snapshot;
  /** The event log so far. */
  events(): readonly SimEvent[];
  /** Events with a sequence number above `afterSeq`. */
  eventsSince(afterSeq: number): SimEvent[];
  /** Every command accepted so far, with the virtual time it ran at: with the seed, enough to replay. */
  commandLog(): readonly LoggedCommand[];
  /**
   * Runs a kafka-consumer-groups.sh or kafka-topics.sh command line against the simulation and returns what
   * Kafka's tool prints (ConsumerGroupCommand / TopicCommand). Never throws.
   */
  cli(commandLine: string, options?: CliOptions): CliResult;
  /** Completions for a partly typed command line (options, group ids, topic names). */
  cliCompletions(partialLine: string): string[];
  /** The records of __consumer_offsets that hold a group's commits and metadata, oldest first (after compaction). */
  offsetsLog(group: string): OffsetsRecordView[];
  readonly seed: number;
}

type Handler = (world: World, command: never) => string | undefined;

export class SimulationImpl implements Simulation {
  readonly world: World;
  readonly groups: GroupLayer;
  private readonly cliBackend: CliBackend;
  private readonly snapshotter = new TopicSnapshotter();
  private readonly log: LoggedCommand[] = [];
  private readonly handlers: Partial<Record<Command["type"], Handler>>;
  private cachedSnapshot: { at: Millis; eventCount: number; snap: Snapshot } | null = null;

  constructor(readonly seed: number, broker: BrokerConfig, eventCap?: number) {
    this.world = new World(seed, broker, eventCap);
    this.handlers = {
      createTopic: topicCommands.createTopic,
      addPartitions: topicCommands.addPartitions,
      produce: topicCommands.produceCommand,
      setProducerRate: topicCommands.setProducerRateCommand,
      setRetention: topicCommands.setRetention,
    };
    this.groups = new GroupLayer(this.world);
    this.cliBackend = createCliBackend(this.groups);
    this.registerHandlers({
      runCli: ((_world: World, c: Extract<Command, { type: "runCli" }>) => {
        const cli = cliModule();
        if (!cli) return CLI_NOT_LOADED;
        cli.runCli(this.cliBackend, c.line, { defaultBootstrapServer: c.defaultBootstrapServer });
        return undefined;
      }) as Handler,
    });
    this.registerHandlers(groupHandlers(this.groups) as Partial<Record<Command["type"], Handler>>);
  }

  /** Lets a layer (the group coordinator, ...) take commands. */
  registerHandlers(handlers: Partial<Record<Command["type"], Handler>>): void {
    Object.assign(this.handlers, handlers);
  }

  dispatch(input: unknown): DispatchResult {
    return this.run(input, true);
  }

  /** Runs a command; `log` is false for the scenario's own steps, which a replay re-creates from the scenario. */
  run(input: unknown, log: boolean): DispatchResult {
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    const command = parsed.command;
    const handler = this.handlers[command.type];
    if (!handler) return { ok: false, error: `${command.type}: not supported by this simulation` };
    const before = this.world.log.count;
    let error: string | undefined;
    try {
      error = handler(this.world, command as never);
    } catch (e) {
      // A bug must not take the simulation down with it; say what happened instead.
      error = `${command.type} failed inside the engine: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (error !== undefined) return { ok: false, error };
    if (log) this.log.push({ time: this.world.now, command });
    return { ok: true, events: this.world.log.since(before) };
  }

  advance(ms: Millis): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    this.world.advanceTo(this.world.now + Math.round(ms));
  }

  advanceTo(t: Millis): void {
    if (!Number.isFinite(t)) return;
    this.world.advanceTo(Math.round(t));
  }

  now(): Millis {
    return this.world.now;
  }

  nextEventTime(): Millis | undefined {
    return this.world.nextTimerAt();
  }

  snapshot(): Snapshot {
    let partitions = 0;
    for (const t of this.world.topics.values()) partitions += t.numPartitions;
    this.snapshotter.recentCount = partitions > MANY_PARTITIONS ? RECENT_RECORDS_WHEN_MANY : RECENT_RECORDS;
    const topics = [...this.world.topics.values()].map((t) => this.snapshotter.topic(t));
    topics.push(this.groups.offsetsTopic.snapshot());
    return {
      now: this.world.now,
      seed: this.seed,
      topics,
      groups: this.groupSnapshots(),
      consumers: this.consumerSnapshots(),
      eventCount: this.world.log.count,
    };
  }

  private groupSnapshots(): Snapshot["groups"] {
    return [...this.groups.groups.values()].map((g) => groupSnapshot(this.groups, g));
  }

  private consumerSnapshots(): Snapshot["consumers"] {
    return consumerSnapshots(this.groups);
  }

  cli(commandLine: string, options: CliOptions = {}): CliResult {
    if (typeof commandLine !== "string") return { exitCode: 2, stdout: "", stderr: "A command line must be text" };
    if (commandLine.length > 100_000) return { exitCode: 2, stdout: "", stderr: "bash: command line too long" };
    const cli = cliModule();
    if (!cli) return { exitCode: 1, stdout: "", stderr: CLI_NOT_LOADED };
    const before = this.world.log.count;
    const result = cli.runCli(this.cliBackend, commandLine, options);
    // A line that changed the world (reset, delete, create, alter) is logged like a command, so replay repeats it.
    if (this.world.log.count > before) {
      const command: Command = { type: "runCli", line: commandLine, ...(options.defaultBootstrapServer !== undefined ? { defaultBootstrapServer: options.defaultBootstrapServer } : {}) };
      this.log.push({ time: this.world.now, command });
    }
    return result;
  }

  cliCompletions(partialLine: string): string[] {
    const cli = cliModule();
    return typeof partialLine === "string" && cli ? cli.cliCompletions(this.cliBackend, partialLine) : [];
  }

  offsetsLog(group: string): OffsetsRecordView[] {
    return this.groups.offsetsTopic.recordsOf(group);
  }

  events(): readonly SimEvent[] {
    return this.world.log.all();
  }

  eventsSince(afterSeq: number): SimEvent[] {
    return this.world.log.since(afterSeq);
  }

  commandLog(): readonly LoggedCommand[] {
    return this.log;
  }
}

/** Creates a simulation, optionally loading a scenario (its topics, producers, consumers and script). */
export function createSimulation(scenario?: Scenario, options: SimulationOptions = {}): Simulation {
  const seed = options.seed ?? scenario?.seed ?? 1;
  const sim = new SimulationImpl(seed >>> 0, { ...DEFAULT_BROKER_CONFIG, ...scenario?.broker }, options.eventCap);
  if (scenario) {
    for (const command of scenarioCommands(scenario)) {
      const r = sim.run(command, false);
      if (!r.ok) throw new Error(`Scenario could not be loaded: ${r.error}`);
    }
    for (const step of [...(scenario.script ?? [])].sort((a, b) => a.at - b.at)) {
      sim.world.scheduleAt(step.at, () => {
        const r = sim.run(step.command, false);
        if (!r.ok) sim.world.emit("scriptStepFailed", `The scenario's step at ${step.at} ms was refused: ${r.error}`, { data: { command: step.command } });
      });
    }
  }
  return sim;
}

function scenarioCommands(s: Scenario): Command[] {
  const out: Command[] = [];
  for (const t of s.topics ?? []) {
    out.push({ type: "createTopic", topic: t.name, partitions: t.partitions, retentionMs: t.retentionMs, retentionRecords: t.retentionRecords, segmentRecords: t.segmentRecords });
  }
  for (const p of s.producers ?? []) {
    out.push({ type: "setProducerRate", topic: p.topic, perSecond: p.perSecond, keys: p.keys, nullKeyPartitioner: p.nullKeyPartitioner });
  }
  for (const g of s.groups ?? []) {
    for (const c of g.consumers) {
      const config = g.config || c.config ? { ...g.config, ...c.config } : undefined;
      out.push({ type: "addConsumer", group: g.groupId, topics: c.topics ?? g.topics, ...(c.clientId ? { consumer: c.clientId } : {}), ...(config ? { config } : {}) });
    }
  }
  return out;
}

/**
 * Creates a simulation from untrusted input (a file, a URL, an embedding page): the scenario is validated first
 * and every problem is answered with a message. Never throws.
 */
export function tryCreateSimulation(input: unknown, options: SimulationOptions = {}): { ok: true; simulation: Simulation; scenario: ParsedScenario } | { ok: false; error: string } {
  const parsed = parseScenario(input);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, simulation: createSimulation(parsed.scenario, options), scenario: parsed.scenario };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
