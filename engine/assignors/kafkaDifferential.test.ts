/**
 * Replays KAFKA_DIFFERENTIAL_VECTORS (outputs of Kafka's own assignors, see kafkaDifferentialVectors.ts):
 * list order, partitionsTransferringOwnership, isSticky() and thrown exceptions must all match
 * clients/src/main/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignor.java and friends.
 */
import { describe, expect, it } from "vitest";
import { assignDetailed, javaHashMapOrder, type AssignorMember, type AssignorName } from "./index";
import { KAFKA_DIFFERENTIAL_VECTORS } from "./kafkaDifferentialVectors";

function parseTps(s: string): Array<[string, number]> {
  if (s === "") return [];
  return s.split(",").map((x) => {
    const i = x.lastIndexOf(":");
    return [x.slice(0, i), Number(x.slice(i + 1))];
  });
}

function parseInput(line: string): { assignor: AssignorName; partitionsPerTopic: Record<string, number>; members: AssignorMember[] } {
  const [assignor, ppt, members] = line.split("|");
  const partitionsPerTopic: Record<string, number> = {};
  for (const kv of ppt === "" ? [] : ppt.split(",")) {
    const [t, n] = kv.split("=");
    partitionsPerTopic[t] = Number(n);
  }
  const parsed = (members === "" ? [] : members.split("~")).map((m): AssignorMember => {
    const [id, topics, owned, gen, instance] = m.split(";");
    const member: AssignorMember = { id, subscriptions: topics === "" ? [] : topics.split(",") };
    if (gen !== "-") {
      member.owned = parseTps(owned);
      member.generation = gen === "N" ? null : Number(gen);
    }
    if (instance !== "") member.groupInstanceId = instance;
    return member;
  });
  // Kafka got a java.util.HashMap filled in the listed order.
  const byId = new Map(parsed.map((m) => [m.id, m]));
  return { assignor: assignor as AssignorName, partitionsPerTopic, members: javaHashMapOrder(parsed.map((m) => m.id)).map((id) => byId.get(id)!) };
}

function run(line: string): string {
  const input = parseInput(line);
  try {
    const d = assignDetailed(input.assignor, input);
    const ids = Object.keys(d.kafkaOrder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const assignment = ids.map((id) => `${id}=${d.kafkaOrder[id].map(([t, p]) => `${t}:${p}`).join(",")}`).join("~");
    const sticky = input.assignor === "sticky" || input.assignor === "cooperative-sticky";
    let pto = "-";
    if (sticky && d.partitionsTransferringOwnership === null) pto = "null";
    else if (sticky) {
      pto = Object.entries(d.partitionsTransferringOwnership!)
        .map(([name, owner]) => `${name.slice(0, name.lastIndexOf("-"))}:${name.slice(name.lastIndexOf("-") + 1)}>${owner}`)
        .sort()
        .join(",");
    }
    const isSticky = sticky ? (d.isSticky === null ? "npe" : String(d.isSticky)) : "-";
    return `OK|${assignment}|${pto}|${isSticky}`;
  } catch (e) {
    return `ERR|${(e as Error).message.split(":")[0]}`;
  }
}

describe("Kafka differential vectors", () => {
  it("has vectors", () => {
    expect(KAFKA_DIFFERENTIAL_VECTORS.length).toBeGreaterThan(50);
  });
  KAFKA_DIFFERENTIAL_VECTORS.forEach(([input, kafka], i) => {
    it(`#${i} ${input.slice(0, input.indexOf("|"))}`, () => {
      expect(run(input)).toBe(kafka);
    });
  });
});
