/**
 * The topic configurations of storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java (3.8.0), in
 * definition order, with the types and validators that LogConfig.validate applies (validateNames, then ConfigDef.parse
 * with the messages of clients/.../common/config/ConfigDef.java).
 */
import { JavaThrowable } from "./java";
import { ERRORS, apiException } from "./kafkaErrors";

type Check =
  | { readonly type: "INT" | "LONG"; readonly atLeast?: number }
  | { readonly type: "DOUBLE"; readonly atLeast: number; readonly atMost: number }
  | { readonly type: "BOOLEAN" }
  | { readonly type: "STRING"; readonly oneOf?: readonly string[] }
  | { readonly type: "LIST"; readonly oneOf?: readonly string[] };

const DEFINITIONS: ReadonlyArray<readonly [string, Check]> = [
  ["segment.bytes", { type: "INT", atLeast: 14 }],
  ["segment.ms", { type: "LONG", atLeast: 1 }],
  ["segment.jitter.ms", { type: "LONG", atLeast: 0 }],
  ["segment.index.bytes", { type: "INT", atLeast: 4 }],
  ["flush.messages", { type: "LONG", atLeast: 1 }],
  ["flush.ms", { type: "LONG", atLeast: 0 }],
  ["retention.bytes", { type: "LONG" }],
  ["retention.ms", { type: "LONG", atLeast: -1 }],
  ["max.message.bytes", { type: "INT", atLeast: 0 }],
  ["index.interval.bytes", { type: "INT", atLeast: 0 }],
  ["delete.retention.ms", { type: "LONG", atLeast: 0 }],
  ["min.compaction.lag.ms", { type: "LONG", atLeast: 0 }],
  ["max.compaction.lag.ms", { type: "LONG", atLeast: 1 }],
  ["file.delete.delay.ms", { type: "LONG", atLeast: 0 }],
  ["min.cleanable.dirty.ratio", { type: "DOUBLE", atLeast: 0, atMost: 1 }],
  ["cleanup.policy", { type: "LIST", oneOf: ["compact", "delete"] }],
  ["unclean.leader.election.enable", { type: "BOOLEAN" }],
  ["min.insync.replicas", { type: "INT", atLeast: 1 }],
  ["compression.type", { type: "STRING" }],
  ["compression.gzip.level", { type: "INT" }],
  ["compression.lz4.level", { type: "INT" }],
  ["compression.zstd.level", { type: "INT" }],
  ["preallocate", { type: "BOOLEAN" }],
  ["message.format.version", { type: "STRING" }],
  ["message.timestamp.type", { type: "STRING", oneOf: ["CreateTime", "LogAppendTime"] }],
  ["message.timestamp.difference.max.ms", { type: "LONG", atLeast: 0 }],
  ["message.timestamp.before.max.ms", { type: "LONG", atLeast: 0 }],
  ["message.timestamp.after.max.ms", { type: "LONG", atLeast: 0 }],
  ["leader.replication.throttled.replicas", { type: "LIST" }],
  ["follower.replication.throttled.replicas", { type: "LIST" }],
  ["message.downconversion.enable", { type: "BOOLEAN" }],
  ["remote.storage.enable", { type: "BOOLEAN" }],
  ["local.retention.ms", { type: "LONG", atLeast: -2 }],
  ["local.retention.bytes", { type: "LONG", atLeast: -2 }],
];

/** LogConfig.configNames(): the names, sorted. */
export const TOPIC_CONFIG_NAMES: readonly string[] = DEFINITIONS.map(([n]) => n).sort();

function configException(name: string, value: string, message: string): JavaThrowable {
  return new JavaThrowable("org.apache.kafka.common.config.ConfigException", `Invalid value ${value} for configuration ${name}: ${message}`);
}

function checkValue(name: string, raw: string, check: Check): void {
  const v = raw.trim();
  switch (check.type) {
    case "INT":
    case "LONG": {
      const ok = /^[+-]?[0-9]+$/.test(v) && Math.abs(Number(v)) <= (check.type === "INT" ? 2147483647 : Number.MAX_SAFE_INTEGER);
      if (!ok) throw configException(name, raw, `Not a number of type ${check.type}`);
      if (check.atLeast !== undefined && Number(v) < check.atLeast) throw configException(name, raw, `Value must be at least ${check.atLeast}`);
      return;
    }
    case "DOUBLE": {
      const n = Number(v);
      if (v === "" || Number.isNaN(n)) throw configException(name, raw, "Not a number of type DOUBLE");
      if (n < check.atLeast) throw configException(name, raw, `Value must be at least ${check.atLeast}`);
      if (n > check.atMost) throw configException(name, raw, `Value must be no more than ${check.atMost}`);
      return;
    }
    case "BOOLEAN":
      if (v.toLowerCase() !== "true" && v.toLowerCase() !== "false") {
        throw configException(name, raw, "Expected value to be either true or false");
      }
      return;
    case "STRING":
      if (check.oneOf && !check.oneOf.includes(v)) throw configException(name, v, `String must be one of: ${check.oneOf.join(", ")}`);
      return;
    case "LIST":
      if (check.oneOf) {
        for (const item of v.split(",").map((s) => s.trim())) {
          if (!check.oneOf.includes(item)) throw configException(name, item, `String must be one of: ${check.oneOf.join(", ")}`);
        }
      }
      return;
  }
}

/** LogConfig.validate(props): unknown names first, then every value in definition order. */
export function validateTopicConfig(configs: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(configs)) {
    if (!TOPIC_CONFIG_NAMES.includes(name)) throw apiException(ERRORS.INVALID_CONFIG, `Unknown topic config name: ${name}`);
  }
  for (const [name, check] of DEFINITIONS) {
    const value = configs[name];
    if (value !== undefined) checkValue(name, value, check);
  }
}
