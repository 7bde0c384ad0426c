/**
 * The embed API's constants (docs/EMBEDDING.md), apart from its zod schemas (protocol.ts), so the page can know
 * them without loading the validation code before a host sends anything.
 */
import type { Command } from "../../engine/types";

export const EMBED_API_VERSION = 1;
/** Every message the playground posts carries this, so a host can tell them from other messages. */
export const SOURCE = "consumer-groups-playground";

/** The engine's command types (engine/commands/schema.ts; a test keeps the two lists equal). */
export const ENGINE_COMMANDS = [
  "createTopic", "addPartitions", "produce", "setProducerRate", "setRetention", "addConsumer", "crashConsumer",
  "stopConsumer", "restartConsumer", "removeConsumer", "setProcessingTime", "configureConsumer", "moveConsumer",
  "subscribe", "unsubscribe", "setAssignor", "resetOffsets", "deleteGroup", "deleteOffsets", "runCli",
] as const satisfies readonly Command["type"][];

/** Kinds of messages a host can subscribe to. */
export const EVENT_KINDS = ["state", "rebalance", "commit", "event"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Largest request accepted, as JSON text (a scenario inside loadScenario included). */
export const MAX_MESSAGE_CHARS = 1_000_000;
