/**
 * The consumer settings the playground simulates, with the course's (KafkaJS, camelCase) names, the Java
 * client's property names and defaults (DEFAULT_CONSUMER_CONFIG), and what each one does.
 */
import type { ConsumerConfig } from "../../engine/types";

export type ConfigKey = Exclude<keyof ConsumerConfig, "autoCommitThreshold" | "metadataMaxAge">;

export interface FieldSpec {
  readonly key: ConfigKey;
  readonly java: string;
  readonly kind: "number" | "boolean" | "select" | "assignors";
  readonly unit?: "ms" | "records";
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly help: string;
}

export const ASSIGNOR_CHOICES = [
  { value: "range,cooperative-sticky", label: "[range, cooperative-sticky] (Java default)" },
  { value: "range", label: "[range]" },
  { value: "roundrobin", label: "[roundrobin]" },
  { value: "sticky", label: "[sticky]" },
  { value: "cooperative-sticky", label: "[cooperative-sticky] (cooperative)" },
] as const;

export const FIELDS: readonly FieldSpec[] = [
  { key: "sessionTimeout", java: "session.timeout.ms", kind: "number", unit: "ms", min: 1000, max: 3_600_000, help: "No heartbeat for this long and the coordinator evicts the member." },
  { key: "heartbeatInterval", java: "heartbeat.interval.ms", kind: "number", unit: "ms", min: 100, max: 3_600_000, help: "How often the heartbeat thread reports; must be below sessionTimeout." },
  { key: "maxPollInterval", java: "max.poll.interval.ms", kind: "number", unit: "ms", min: 1000, max: 3_600_000, help: "The longest a poll loop may take before the consumer leaves the group." },
  { key: "partitionAssigners", java: "partition.assignment.strategy", kind: "assignors", options: ASSIGNOR_CHOICES, help: "The group votes for one; cooperative only if every member lists cooperative-sticky alone." },
  { key: "maxPollRecords", java: "max.poll.records", kind: "number", unit: "records", min: 1, max: 100_000, help: "The most records one poll returns." },
  { key: "processingTime", java: "(playground)", kind: "number", unit: "ms", min: 0, max: 3_600_000, help: "Time the application spends on each record." },
  { key: "autoCommit", java: "enable.auto.commit", kind: "boolean", help: "Commit in the background every autoCommitInterval." },
  { key: "autoCommitInterval", java: "auto.commit.interval.ms", kind: "number", unit: "ms", min: 100, max: 3_600_000, help: "How often auto commit runs (at the next poll)." },
  {
    key: "commitStrategy",
    java: "(application)",
    kind: "select",
    options: [
      { value: "auto", label: "auto commit" },
      { value: "per-record", label: "commit after each record" },
      { value: "batch", label: "commit every batchSize records" },
      { value: "before-processing", label: "commit before processing" },
    ],
    help: "When the application commits.",
  },
  { key: "batchSize", java: "(application)", kind: "number", unit: "records", min: 1, max: 100_000, help: "Records per manual batch commit." },
  {
    key: "autoOffsetReset",
    java: "auto.offset.reset",
    kind: "select",
    options: [
      { value: "latest", label: "latest (fromBeginning: false)" },
      { value: "earliest", label: "earliest (fromBeginning: true)" },
      { value: "none", label: "none (throw)" },
    ],
    help: "Where to start without a valid committed offset.",
  },
  { key: "idempotent", java: "(application)", kind: "boolean", help: "Recognise a redelivered record and skip it." },
  { key: "asyncProcessing", java: "(application)", kind: "boolean", help: "Hand records to another thread and poll again at once." },
];

/** The value as the form holds it (assignors as a comma-separated list). */
export function formValue(config: ConsumerConfig, key: ConfigKey): string | boolean {
  const v = config[key];
  if (key === "partitionAssigners") return (v as readonly string[]).join(",");
  return typeof v === "boolean" ? v : String(v);
}
