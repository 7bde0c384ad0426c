/**
 * Tab completion for the terminal: program names, the options that ConsumerGroupCommandOptions.java and
 * TopicCommand.java (TopicCommandOptions) declare, and values for the options that take a group id, a topic name,
 * a group state or type, a server or a topic config name.
 */
import type { CliBackend } from "./backend";
import { CG_OPTION_SPECS } from "./consumerGroupOptions";
import type { OptionSpecDef } from "./jopt";
import { partialWords } from "./tokenizer";
import { TOPIC_CONFIG_NAMES } from "./topicConfigs";
import { TOPIC_OPTION_SPECS } from "./topicOptions";

export const PROGRAMS = ["kafka-consumer-groups.sh", "kafka-topics.sh"] as const;

/** Which tool a program word runs: any directory prefix, with or without ".sh". */
export function toolOf(word: string): "consumer-groups" | "topics" | null {
  const base = word.slice(word.lastIndexOf("/") + 1);
  if (base === "kafka-consumer-groups.sh" || base === "kafka-consumer-groups") return "consumer-groups";
  if (base === "kafka-topics.sh" || base === "kafka-topics") return "topics";
  return null;
}

/** Options that may sensibly be given more than once. */
const REPEATABLE = new Set(["group", "topic", "config"]);

const STATES = ["PreparingRebalance", "CompletingRebalance", "Stable", "Dead", "Empty"];

function valuesFor(backend: CliBackend, tool: "consumer-groups" | "topics", option: string): string[] | null {
  switch (option) {
    case "bootstrap-server":
      return ["localhost:9092"];
    case "group":
      return backend.listGroups().map((g) => g.groupId).sort();
    case "topic":
      return backend.topics().map((t) => t.name).sort();
    case "state":
      return STATES;
    case "type":
      return ["classic", "consumer"];
    case "config":
      return TOPIC_CONFIG_NAMES.map((n) => `${n}=`);
    case "partitions":
    case "replication-factor":
      return tool === "topics" ? [] : null;
    default:
      return null;
  }
}

/** Candidates for the word being typed at the end of `partialLine` (whole words, sorted, unique). */
export function cliCompletions(backend: CliBackend, partialLine: string): string[] {
  try {
    const { words, current } = partialWords(partialLine);
    const matching = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x.startsWith(current)))].sort();
    if (words.length === 0) return matching(PROGRAMS);
    const tool = toolOf(words[0]!);
    if (tool === null) return [];
    const specs: readonly OptionSpecDef[] = tool === "consumer-groups" ? CG_OPTION_SPECS : TOPIC_OPTION_SPECS;
    const previous = words.length > 1 ? words[words.length - 1]! : "";
    if (previous.startsWith("--") && !previous.includes("=")) {
      const spec = specs.find((s) => s.name === previous.slice(2));
      if (spec && spec.arg !== "none") {
        const values = valuesFor(backend, tool, spec.name);
        if (spec.arg === "required") return matching(values ?? []);
        if (values !== null && !current.startsWith("-")) {
          const found = matching(values);
          if (found.length > 0 || current !== "") return found;
        }
      }
    }
    const used = new Set(words.filter((w) => w.startsWith("--")).map((w) => w.slice(2).split("=")[0]!));
    return matching(specs.filter((s) => REPEATABLE.has(s.name) || !used.has(s.name)).map((s) => `--${s.name}`));
  } catch {
    return [];
  }
}
