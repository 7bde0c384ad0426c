/** The shell-like splitting of typed command lines (bash quoting rules, backslash-newline continuations). */
import { describe, expect, it } from "vitest";
import { runCli } from "./index";
import { scenario } from "./testing/scenario";
import { partialWords, tokenize } from "./tokenizer";

const words = (line: string): readonly (readonly string[])[] => {
  const r = tokenize(line);
  if (!r.ok) throw new Error(r.error);
  return r.commands;
};

describe("tokenize", () => {
  it("splits on blanks", () => {
    expect(words("  a  b\tc ")).toEqual([["a", "b", "c"]]);
  });

  it("joins lines ending in a backslash, as in Kafka's docs", () => {
    expect(words("kafka-topics.sh --describe \\\n  --topic orders \\\n  --bootstrap-server localhost:9092")).toEqual([
      ["kafka-topics.sh", "--describe", "--topic", "orders", "--bootstrap-server", "localhost:9092"],
    ]);
    expect(words("a \\\r\n b")).toEqual([["a", "b"]]);
  });

  it("keeps quoted text together", () => {
    expect(words(`a 'b c' "d e" f'g h'i`)).toEqual([["a", "b c", "d e", "fg hi"]]);
    expect(words(`'' ""`)).toEqual([["", ""]]);
  });

  it("escapes only \\ \" $ ` inside double quotes, anything outside", () => {
    expect(words(`"a\\"b" "c\\d" e\\ f \\'g`)).toEqual([['a"b', "c\\d", "e f", "'g"]]);
    expect(words(`'a\\b'`)).toEqual([["a\\b"]]);
  });

  it("ends a command at a newline or ';' and drops comments", () => {
    expect(words("a b\nc ; d # comment\n# only a comment\ne#f")).toEqual([["a", "b"], ["c"], ["d"], ["e#f"]]);
  });

  it("reports an unclosed quote as bash does", () => {
    expect(tokenize("a 'b")).toEqual({ ok: false, error: "bash: unexpected EOF while looking for matching `''\n" });
    expect(tokenize('a "b')).toEqual({ ok: false, error: "bash: unexpected EOF while looking for matching `\"'\n" });
  });

  it("tells the word being typed from the finished ones", () => {
    expect(partialWords("kafka-topics.sh --desc")).toEqual({ words: ["kafka-topics.sh"], current: "--desc" });
    expect(partialWords("kafka-topics.sh --describe ")).toEqual({ words: ["kafka-topics.sh", "--describe"], current: "" });
    expect(partialWords("a 'b c")).toEqual({ words: ["a"], current: "b c" });
  });
});

describe("runCli and the shell around the tools", () => {
  const line = "--bootstrap-server localhost:9092 --list";
  it("finds the tool with or without .sh and under any directory", () => {
    for (const program of ["kafka-consumer-groups.sh", "kafka-consumer-groups", "bin/kafka-consumer-groups.sh", "./bin/kafka-consumer-groups.sh", "/opt/kafka/bin/kafka-consumer-groups.sh"]) {
      expect(runCli(scenario(), `${program} ${line}`).stdout).toBe("my-group\nrebalancing-group\nidle-group\n");
    }
    expect(runCli(scenario(), `kafka-topics ${line}`).stdout).toBe("orders\npayments\n");
  });

  it("answers an unknown program like bash", () => {
    expect(runCli(scenario(), "kafka-console-consumer.sh --topic orders")).toEqual({
      exitCode: 127,
      stdout: "",
      stderr: "bash: kafka-console-consumer.sh: command not found\n",
    });
  });

  it("does nothing for an empty line", () => {
    expect(runCli(scenario(), "   ")).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("passes quoted values on unchanged", () => {
    expect(runCli(scenario(), `kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group "nope" --state`).stdout).toBe(
      "\nError: Consumer group 'nope' does not exist.\n",
    );
  });

  it("runs the commands of several lines one after the other; the last exit code wins", () => {
    const r = runCli(scenario(), `kafka-topics.sh ${line}\nkafka-consumer-groups.sh`);
    expect(r.stdout).toBe("orders\npayments\n");
    expect(r.exitCode).toBe(1);
  });

  it("returns exit code 2 for an unclosed quote", () => {
    expect(runCli(scenario(), "kafka-topics.sh --topic 'x").exitCode).toBe(2);
  });

  it("never throws, even when the backend does", () => {
    const b = scenario();
    b.listGroups = () => {
      throw new Error("boom");
    };
    const r = runCli(b, `kafka-consumer-groups.sh ${line}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("boom");
  });
});
