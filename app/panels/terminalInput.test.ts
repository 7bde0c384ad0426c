import { describe, expect, it } from "vitest";
import { applyCompletion, EMPTY_HISTORY, historyLine, needsMoreInput, pushHistory, shellQuote, walkHistory } from "./terminalInput";

describe("continuation lines", () => {
  it("asks for more after a trailing backslash or inside quotes, as bash does", () => {
    expect(needsMoreInput("kafka-consumer-groups.sh --describe \\")).toBe(true);
    expect(needsMoreInput("kafka-consumer-groups.sh --describe \\\n  --group my-group \\")).toBe(true);
    expect(needsMoreInput("kafka-consumer-groups.sh --describe \\\n  --group my-group \\\n  --bootstrap-server localhost:9092")).toBe(false);
    expect(needsMoreInput("echo \\\\")).toBe(false);
    expect(needsMoreInput("--group 'my group")).toBe(true);
    expect(needsMoreInput("--group 'a\\'")).toBe(false);
    expect(needsMoreInput('--group "a\\"')).toBe(true);
  });

  it("keeps a multi-line command in history as one line", () => {
    expect(historyLine("kafka-consumer-groups.sh --describe \\\n  --group my-group \\\n  --bootstrap-server localhost:9092")).toBe(
      "kafka-consumer-groups.sh --describe   --group my-group   --bootstrap-server localhost:9092",
    );
  });
});

describe("history", () => {
  it("walks up and down and restores the draft", () => {
    let h = pushHistory(pushHistory(EMPTY_HISTORY, "one"), "two");
    h = pushHistory(h, "two"); // repeated lines are kept once
    expect(h.entries).toEqual(["one", "two"]);
    let r = walkHistory(h, "dra", -1);
    expect(r.line).toBe("two");
    r = walkHistory(r.state, r.line, -1);
    expect(r.line).toBe("one");
    r = walkHistory(r.state, r.line, -1);
    expect(r.line).toBe("one");
    r = walkHistory(r.state, r.line, 1);
    expect(r.line).toBe("two");
    r = walkHistory(r.state, r.line, 1);
    expect(r.line).toBe("dra");
    expect(r.state.index).toBeNull();
  });
});

describe("completion", () => {
  const line = "kafka-consumer-groups.sh --describe --group ser";
  it("completes a unique candidate and adds a space", () => {
    const r = applyCompletion(line, line.length, ["service-a"]);
    expect(r.line).toBe("kafka-consumer-groups.sh --describe --group service-a ");
    expect(r.cursor).toBe(r.line.length);
  });

  it("completes the common prefix, then lists when it cannot decide", () => {
    const r = applyCompletion(line, line.length, ["service-a", "service-b", "other"]);
    expect(r.line).toBe("kafka-consumer-groups.sh --describe --group service-");
    const r2 = applyCompletion(r.line, r.line.length, ["service-a", "service-b"]);
    expect(r2.line).toBe(r.line);
    expect(r2.listing).toEqual(["service-a", "service-b"]);
  });

  it("accepts whole-line candidates", () => {
    const r = applyCompletion(line, line.length, ["kafka-consumer-groups.sh --describe --group service-a"]);
    expect(r.line).toBe("kafka-consumer-groups.sh --describe --group service-a ");
  });

  it("completes at the cursor and keeps the rest of the line", () => {
    const text = "kafka-topics.sh --describe --topic ord --bootstrap-server localhost:9092";
    const cursor = text.indexOf(" --bootstrap");
    const r = applyCompletion(text, cursor, ["orders"]);
    expect(r.line).toBe("kafka-topics.sh --describe --topic orders --bootstrap-server localhost:9092");
    expect(r.cursor).toBe("kafka-topics.sh --describe --topic orders".length);
  });

  it("quotes names bash would split", () => {
    expect(shellQuote("my group")).toBe("'my group'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(applyCompletion("--group my", 10, ["my group"]).line).toBe("--group 'my group' ");
  });
});
