import { describe, expect, it } from "vitest";
import { DEFAULT_CONSUMER_CONFIG } from "../../engine/group/config";
import { kafkaJsCode } from "./kafkaJsCode";

describe("the KafkaJS code of a consumer", () => {
  it("auto commit: options of run(), not of kafka.consumer()", () => {
    const code = kafkaJsCode("service-a", ["orders"], { ...DEFAULT_CONSUMER_CONFIG, sessionTimeout: 10_000 });
    expect(code).toContain("groupId: 'service-a'");
    expect(code).toContain("sessionTimeout: 10000, // Java default 45000");
    expect(code).toContain("await consumer.subscribe({ topics: ['orders'], fromBeginning: false })");
    expect(code).toMatch(/consumer\.run\(\{\n {2}autoCommit: true,\n {2}autoCommitInterval: 5000,/);
    expect(code).not.toContain("commitOffsets");
  });

  it("per record: commitOffsets after processing, with offset + 1", () => {
    const code = kafkaJsCode("g", ["t"], { ...DEFAULT_CONSUMER_CONFIG, autoCommit: false, commitStrategy: "per-record" });
    expect(code).toContain("autoCommit: false");
    expect(code.indexOf("processMessage")).toBeLessThan(code.indexOf("commitOffsets"));
    expect(code).toContain("(Number(message.offset) + 1).toString()");
  });

  it("batch: the course's counter pattern; before processing: commit first", () => {
    expect(kafkaJsCode("g", ["t"], { ...DEFAULT_CONSUMER_CONFIG, commitStrategy: "batch", batchSize: 50 })).toContain("const BATCH_SIZE = 50");
    const first = kafkaJsCode("g", ["t"], { ...DEFAULT_CONSUMER_CONFIG, commitStrategy: "before-processing" });
    expect(first.indexOf("commitOffsets")).toBeLessThan(first.indexOf("processMessage"));
  });

  it("fromBeginning and round-robin map to KafkaJS; Java-only settings become comments", () => {
    const code = kafkaJsCode("g", ["t"], { ...DEFAULT_CONSUMER_CONFIG, autoOffsetReset: "earliest", partitionAssigners: ["roundrobin"], maxPollRecords: 10 });
    expect(code).toContain("fromBeginning: true");
    expect(code).toContain("partitionAssigners: [PartitionAssigners.roundRobin]");
    expect(code).toContain("// Java: max.poll.records=10");
  });
});
