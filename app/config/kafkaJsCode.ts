/**
 * The KafkaJS code that would create a consumer configured like this one, so the picture and the course's code
 * meet. Settings KafkaJS does not have (max.poll.interval.ms, max.poll.records, the Java assignors) are
 * written as comments naming the Java property.
 */
import { DEFAULT_CONSUMER_CONFIG } from "../../engine/group/config";
import type { ConsumerConfig } from "../../engine/types";

const quote = (s: string) => `'${s.replace(/'/g, "\\'")}'`;

function assignorsLine(a: readonly string[]): string {
  if (a.length === 1 && a[0] === "roundrobin") return "  partitionAssigners: [PartitionAssigners.roundRobin],";
  return `  // Java: partition.assignment.strategy=${a.join(",")}\n  // (KafkaJS ships only PartitionAssigners.roundRobin)`;
}

function commitCall(indent: string): string {
  return `${indent}await consumer.commitOffsets([\n${indent}  { topic, partition, offset: (Number(message.offset) + 1).toString() },\n${indent}])`;
}

function body(c: ConsumerConfig): string[] {
  const i = "    ";
  const lines: string[] = [];
  if (c.idempotent) lines.push(`${i}if (await alreadyProcessed(message)) return // idempotent: a redelivery is skipped`);
  const work = c.asyncProcessing ? `${i}queue.push(message) // processed on another thread; eachMessage returns at once` : `${i}await processMessage(message) // ~${c.processingTime} ms`;
  switch (c.commitStrategy) {
    case "auto":
      lines.push(work);
      break;
    case "per-record":
      lines.push(work, commitCall(i));
      break;
    case "batch":
      lines.push(work, `${i}if (++count % BATCH_SIZE === 0) {`, commitCall(`${i}  `), `${i}}`);
      break;
    case "before-processing":
      lines.push(`${commitCall(i)} // first: at-most-once`, work);
      break;
  }
  return lines;
}

export function kafkaJsCode(groupId: string, topics: readonly string[], c: ConsumerConfig): string {
  const d = DEFAULT_CONSUMER_CONFIG;
  const opts = [`  groupId: ${quote(groupId)},`];
  opts.push(`  sessionTimeout: ${c.sessionTimeout},${c.sessionTimeout === d.sessionTimeout ? "" : ` // Java default ${d.sessionTimeout}`}`);
  opts.push(`  heartbeatInterval: ${c.heartbeatInterval},`);
  // KafkaJS has no maxPollInterval; the Java client's max.poll.interval.ms is also its rebalance timeout.
  opts.push(`  rebalanceTimeout: ${c.maxPollInterval}, // ≈ Java max.poll.interval.ms`);
  opts.push(assignorsLine(c.partitionAssigners));
  if (c.maxPollRecords !== d.maxPollRecords) opts.push(`  // Java: max.poll.records=${c.maxPollRecords} (KafkaJS fetches by bytes)`);
  const run = [`  autoCommit: ${c.commitStrategy === "auto"},`];
  if (c.commitStrategy === "auto") run.push(`  autoCommitInterval: ${c.autoCommitInterval},`);
  const fromBeginning = c.autoOffsetReset === "earliest";
  const out = [
    `const consumer = kafka.consumer({`,
    ...opts,
    `})`,
    ``,
    `await consumer.connect()`,
    `await consumer.subscribe({ topics: [${topics.map(quote).join(", ")}], fromBeginning: ${fromBeginning} })${c.autoOffsetReset === "none" ? " // Java: auto.offset.reset=none" : ""}`,
    ``,
  ];
  if (c.commitStrategy === "batch") out.push(`let count = 0`, `const BATCH_SIZE = ${c.batchSize}`, ``);
  out.push(`await consumer.run({`, ...run, `  eachMessage: async ({ topic, partition, message }) => {`, ...body(c), `  },`, `})`);
  return out.join("\n");
}
