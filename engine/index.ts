/**
 * Consumer Groups Playground engine: a deterministic, seeded simulation of Kafka topics, producers,
 * consumer groups and offsets. Pure TypeScript, no DOM: usable in a Web Worker, in Node and in tests.
 */
import * as cli from "./cli/index";
import { installCli } from "./cliModule";

// Headless users get the command-line tools at once; the Web Worker loads them lazily (see cliModule.ts).
installCli(cli);

export { createSimulation, tryCreateSimulation } from "./simulation";
export { parseScenario, parseScenarioText, SCENARIO_VERSION } from "./scenarios/schema";
export { BUILTIN_SCENARIOS, builtinScenario } from "./scenarios/builtin";
export { PlaygroundSession } from "./session";
export type { Simulation, SimulationOptions, LoggedCommand } from "./simulation";
export type { Scenario } from "./scenario";
export * from "./types";
export { murmur2, partitionForKey, toPositive, javaStringHashCode, offsetsPartitionFor } from "./partitioner";
