import { describe, expect, it } from "vitest";
import { createSimulation } from "../index";
import { PlaygroundSession } from "../session";

function world() {
  const sim = createSimulation(undefined, { seed: 5 });
  sim.dispatch({ type: "createTopic", topic: "orders", partitions: 3 });
  for (const c of ["c1", "c2"]) sim.dispatch({ type: "addConsumer", group: "my-group", topics: ["orders"], consumer: c, config: { autoOffsetReset: "earliest" } });
  sim.dispatch({ type: "produce", topic: "orders", count: 30 });
  sim.advance(20_000);
  return sim;
}

describe("the CLI against the simulation", () => {
  it("--list prints the group", () => {
    expect(world().cli("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --list")).toEqual({ exitCode: 0, stdout: "my-group\n", stderr: "" });
  });

  it("--describe prints Kafka's header and one row per partition with LAG = LOG-END-OFFSET - CURRENT-OFFSET", () => {
    const sim = world();
    const r = sim.cli("kafka-consumer-groups.sh --describe \\\n  --group my-group \\\n  --bootstrap-server localhost:9092");
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("");
    expect(lines[1]).toMatch(/^GROUP\s+TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG\s+CONSUMER-ID\s+HOST\s+CLIENT-ID$/);
    const rows = lines.slice(2).filter((l) => l.startsWith("my-group"));
    expect(rows).toHaveLength(3);
    const g = sim.snapshot().groups[0];
    for (const row of rows) {
      const [, topic, partition, current, end, lag] = row.split(/\s+/);
      const o = g.offsets.find((x) => x.topic === topic && x.partition === Number(partition))!;
      expect(Number(current)).toBe(o.committed);
      expect(Number(end)).toBe(o.logEndOffset);
      expect(Number(lag)).toBe(o.lag);
    }
  });

  it("--reset-offsets is refused while the group is active, with Kafka's text", () => {
    const r = world().cli("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --reset-offsets --group my-group --topic orders --to-earliest --execute");
    expect(r.stdout).toContain("Error: Assignments can only be reset if the group 'my-group' is inactive, but the current state is Stable.");
  });

  it("the course's reset commands work as printed in the terminal (which supplies the only broker)", () => {
    const sim = world();
    sim.dispatch({ type: "stopConsumer", consumer: "c1" });
    sim.dispatch({ type: "stopConsumer", consumer: "c2" });
    sim.advance(5000);
    expect(sim.snapshot().groups[0].state).toBe("Empty");
    const opts = { defaultBootstrapServer: "localhost:9092" };
    const toEarliest = sim.cli("kafka-consumer-groups.sh --reset-offsets \\\n  --group my-group \\\n  --topic orders \\\n  --to-earliest \\\n  --execute", opts);
    expect(toEarliest.exitCode).toBe(0);
    expect(toEarliest.stdout).toMatch(/GROUP\s+TOPIC\s+PARTITION\s+NEW-OFFSET/);
    expect(sim.snapshot().groups[0].offsets.map((o) => o.committed)).toEqual([0, 0, 0]);
    sim.cli("kafka-consumer-groups.sh --reset-offsets \\\n  --group my-group \\\n  --topic orders:0 \\\n  --to-offset 100 \\\n  --execute", opts);
    const p0 = sim.snapshot().groups[0].offsets[0];
    expect(p0.committed).toBe(p0.logEndOffset); // clamped to the log end, as Kafka does
    const dt = sim.cli("kafka-consumer-groups.sh --reset-offsets \\\n  --group my-group \\\n  --topic orders \\\n  --to-datetime 2024-01-01T00:00:00.000 \\\n  --execute", opts);
    expect(dt.exitCode).toBe(0);
    // Without the terminal's default, Kafka's own answer: the option is required.
    const strict = sim.cli("kafka-consumer-groups.sh --reset-offsets --group my-group --topic orders --to-earliest --execute");
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr + strict.stdout).toContain("Missing required argument \"[bootstrap-server]\"");
  });

  it("a CLI change is replayed when the session seeks back and forth", () => {
    const s = new PlaygroundSession({ version: 1, topics: [{ name: "orders", partitions: 1 }] }, 3);
    s.dispatch({ type: "produce", topic: "orders", count: 5 });
    s.dispatch({ type: "addConsumer", group: "g", topics: ["orders"], consumer: "c", config: { autoOffsetReset: "earliest" } });
    s.frame(0);
    s.seek(10_000);
    s.dispatch({ type: "stopConsumer", consumer: "c" });
    s.seek(15_000);
    const r = s.cli("kafka-consumer-groups.sh --reset-offsets --group g --topic orders --to-offset 2 --execute", { defaultBootstrapServer: "localhost:9092" });
    expect(r.exitCode).toBe(0);
    s.seek(20_000);
    const committed = () => s.simulation.snapshot().groups[0].offsets[0].committed;
    expect(committed()).toBe(2);
    s.seek(12_000);
    expect(committed()).toBe(5);
    s.seek(20_000);
    expect(committed()).toBe(2);
  });

  it("kafka-topics.sh --describe and --alter --partitions work on the simulation", () => {
    const sim = world();
    const d = sim.cli("kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic orders");
    expect(d.stdout).toMatch(/^Topic: orders\tTopicId: \S+\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: /);
    const a = sim.cli("kafka-topics.sh --bootstrap-server localhost:9092 --alter --topic orders --partitions 5");
    expect(a.exitCode).toBe(0);
    expect(sim.snapshot().topics.find((t) => t.name === "orders")!.partitions).toHaveLength(5);
  });

  it("never throws on hostile input", () => {
    const sim = world();
    for (const line of ["", "   ", "'unterminated", "kafka-consumer-groups.sh --bootstrap-server x --describe --group '<script>alert(1)</script>'", "rm -rf /", "kafka-consumer-groups.sh --bootstrap-server x --reset-offsets --group g --topic orders --to-offset abc", "\u0000\u0001"]) {
      const r = sim.cli(line);
      expect(typeof r.exitCode).toBe("number");
    }
    expect(sim.cli(undefined as unknown as string).exitCode).toBe(2);
  });
});
