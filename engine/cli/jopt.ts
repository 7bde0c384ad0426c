/**
 * A port of the parts of jopt-simple 5.0.4 that Kafka's tools use (Kafka pins jopt 5.0.4 in
 * gradle/dependencies.gradle): OptionParser#parse with abbreviations off (CommandDefaultOptions builds
 * `new OptionParser(false)`), OptionParserState, ParserRules, the Required/Optional/NoArgument option specs,
 * OptionSet#has/valueOf/valuesOf, and the messages of ExceptionMessages.properties.
 *
 * Frame lines are those of the jopt-simple 5.0.4 sources, so that an uncaught parse error prints the stack trace
 * the JVM prints.
 */
import { JavaHashMap, JavaThrowable, parseJavaInteger, stringListHash } from "./java";

export type ArgKind = "none" | "required" | "optional";
export type ValueType = "string" | "long" | "int";

export interface OptionSpecDef {
  readonly name: string;
  readonly arg: ArgKind;
  readonly type?: ValueType;
  /** forHelp(): suppresses the availability checks. */
  readonly forHelp?: boolean;
  /** availableIf(...): the option is only allowed with one of these. */
  readonly availableIf?: readonly string[];
  readonly defaults?: readonly string[];
}

const F = {
  unrecognized: "joptsimple.OptionException.unrecognizedOption(OptionException.java:108)",
  longToken: "joptsimple.OptionParser.handleLongOptionToken(OptionParser.java:510)",
  longTokenHandle: "joptsimple.OptionParser.handleLongOptionToken(OptionParser.java:513)",
  shortTokenHandle: "joptsimple.OptionParser.handleShortOptionToken(OptionParser.java:520)",
  shortToken: "joptsimple.OptionParser.handleShortOptionToken(OptionParser.java:523)",
  validateChars: "joptsimple.OptionParser.validateOptionCharacters(OptionParser.java:633)",
  cluster: "joptsimple.OptionParser.handleShortOptionCluster(OptionParser.java:528)",
  stateLong: "joptsimple.OptionParserState$2.handleArgument(OptionParserState.java:56)",
  stateShort: "joptsimple.OptionParserState$2.handleArgument(OptionParserState.java:59)",
  parse: "joptsimple.OptionParser.parse(OptionParser.java:396)",
  parseAllowed: "joptsimple.OptionParser.parse(OptionParser.java:401)",
  ensureAllowed: "joptsimple.OptionParser.ensureAllowedOptions(OptionParser.java:434)",
  detectRequired: "joptsimple.RequiredArgumentOptionSpec.detectOptionArgument(RequiredArgumentOptionSpec.java:48)",
  handleOption: "joptsimple.ArgumentAcceptingOptionSpec.handleOption(ArgumentAcceptingOptionSpec.java:257)",
  valueOf: "joptsimple.OptionSet.valueOf(OptionSet.java:179)",
} as const;

function optionException(kind: string, message: string, frames: readonly string[]): JavaThrowable {
  return new JavaThrowable(`joptsimple.${kind}`, message, null, frames);
}

/** OptionSpec#toString: the option names as a list, e.g. "[reset-offsets]". */
export function specString(name: string): string {
  return `[${name}]`;
}

export class OptionSet {
  constructor(
    private readonly specs: ReadonlyMap<string, OptionSpecDef>,
    private readonly detected: ReadonlyMap<string, readonly string[]>,
    readonly nonOptionArguments: readonly string[],
  ) {}

  has(name: string): boolean {
    return this.detected.has(name);
  }

  /** valuesOf: the raw strings (or the defaults when none were given). */
  rawValuesOf(name: string): readonly string[] {
    const values = this.detected.get(name);
    if (values === undefined || values.length === 0) return this.specs.get(name)?.defaults ?? [];
    return values;
  }

  /** valuesOf, converted; a bad number throws OptionArgumentConversionException. */
  valuesOf(name: string): Array<string | number> {
    const spec = this.specs.get(name)!;
    return this.rawValuesOf(name).map((raw) => convert(spec, raw));
  }

  /** valueOf: null when absent, the value when one, MultipleArgumentsForOptionException when more. */
  valueOf(name: string, callerFrames: readonly string[] = []): string | number | null {
    const values = this.valuesOf(name);
    if (values.length === 0) return null;
    if (values.length === 1) return values[0]!;
    throw optionException(
      "MultipleArgumentsForOptionException",
      `Found multiple arguments for option ${name}, but you asked for only one`,
      callerFrames.length > 0 ? [F.valueOf, ...callerFrames] : [],
    );
  }

  stringValueOf(name: string, callerFrames: readonly string[] = []): string | null {
    const v = this.valueOf(name, callerFrames);
    return v === null ? null : String(v);
  }

  numberValueOf(name: string, callerFrames: readonly string[] = []): number | null {
    const v = this.valueOf(name, callerFrames);
    return v === null ? null : Number(v);
  }
}

function convert(spec: OptionSpecDef, raw: string): string | number {
  if (spec.type === "long" || spec.type === "int") {
    const v = parseJavaInteger(raw, spec.type === "long" ? 64 : 32);
    if (v === null) {
      // MethodInvokingValueConverter wraps the NumberFormatException of Long/Integer.valueOf in a ReflectionException.
      const cause = new JavaThrowable("joptsimple.internal.ReflectionException", `java.lang.NumberFormatException: For input string: "${raw}"`);
      throw new JavaThrowable(
        "joptsimple.OptionArgumentConversionException",
        `Cannot parse argument '${raw}' of option ${spec.name}`,
        cause,
      );
    }
    return v;
  }
  return raw;
}

function canConvert(spec: OptionSpecDef, raw: string): boolean {
  try {
    convert(spec, raw);
    return true;
  } catch {
    return false;
  }
}

/** ParserRules. */
function isOptionTerminator(a: string): boolean {
  return a === "--";
}
function isLongOptionToken(a: string): boolean {
  return a.startsWith("--") && !isOptionTerminator(a);
}
function isShortOptionToken(a: string): boolean {
  return a.startsWith("-") && a !== "-" && !isLongOptionToken(a);
}
function looksLikeAnOption(a: string): boolean {
  return isShortOptionToken(a) || isLongOptionToken(a);
}

/** KeyValuePair.valueOf. */
function keyValue(s: string): { key: string; value: string | null } {
  const i = s.indexOf("=");
  if (i === -1) return { key: s, value: null };
  return { key: s.slice(0, i), value: s.slice(i + 1) };
}

export class OptionParser {
  readonly specs = new Map<string, OptionSpecDef>();

  constructor(defs: readonly OptionSpecDef[]) {
    for (const d of defs) this.specs.set(d.name, d);
  }

  /**
   * OptionParser#parse. `callerFrames` are the frames below parse() (the tool's own), appended to the frames of
   * a thrown OptionException.
   */
  parse(args: readonly string[], callerFrames: readonly string[]): OptionSet {
    const detected = new Map<string, string[]>();
    const nonOptions: string[] = [];
    let moreOptions = true;
    let i = 0;
    const add = (name: string, value: string | null): void => {
      const list = detected.get(name) ?? [];
      if (value !== null) list.push(value);
      detected.set(name, list);
    };
    const handleOption = (spec: OptionSpecDef, value: string | null, tokenFrames: readonly string[]): void => {
      if (spec.arg === "none") {
        add(spec.name, null);
        return;
      }
      if (value !== null) {
        add(spec.name, value);
        return;
      }
      if (spec.arg === "required") {
        if (i >= args.length) {
          throw optionException("OptionMissingRequiredArgumentException", `Option ${spec.name} requires an argument`, [
            F.detectRequired,
            F.handleOption,
            ...tokenFrames,
            F.parse,
            ...callerFrames,
          ]);
        }
        add(spec.name, args[i++]!);
        return;
      }
      // optional argument
      if (i < args.length) {
        const next = args[i]!;
        const numeric = spec.type === "long" || spec.type === "int";
        if ((!looksLikeAnOption(next) && canConvert(spec, next)) || (numeric && canConvert(spec, next))) {
          add(spec.name, next);
          i++;
          return;
        }
      }
      add(spec.name, null);
    };

    while (i < args.length) {
      const candidate = args[i++]!;
      if (!moreOptions) {
        nonOptions.push(candidate);
        continue;
      }
      if (isOptionTerminator(candidate)) {
        moreOptions = false;
        continue;
      }
      if (isLongOptionToken(candidate)) {
        const { key, value } = keyValue(candidate.slice(2));
        const spec = this.specs.get(key);
        if (!spec) {
          throw optionException("UnrecognizedOptionException", `${key} is not a recognized option`, [
            F.unrecognized,
            F.longToken,
            F.stateLong,
            F.parse,
            ...callerFrames,
          ]);
        }
        handleOption(spec, value, [F.longTokenHandle, F.stateLong]);
        continue;
      }
      if (isShortOptionToken(candidate)) {
        const { key, value } = keyValue(candidate.slice(1));
        const spec = this.specs.get(key);
        if (spec) {
          handleOption(spec, value, [F.shortTokenHandle, F.stateShort]);
          continue;
        }
        // A cluster of one-letter options: none is defined by the Kafka tools, so the first letter is unknown.
        const first = candidate.charAt(1);
        throw optionException("UnrecognizedOptionException", `${first} is not a recognized option`, [
          F.unrecognized,
          F.validateChars,
          F.cluster,
          F.shortToken,
          F.stateShort,
          F.parse,
          ...callerFrames,
        ]);
      }
      nonOptions.push(candidate);
    }

    // ensureAllowedOptions: availableIf is a HashMap keyed by each option's name list.
    const helpPresent = [...this.specs.values()].some((s) => s.forHelp && detected.has(s.name));
    if (!helpPresent) {
      const order = new JavaHashMap<string, OptionSpecDef>((n) => stringListHash([n]), (n) => n);
      for (const s of this.specs.values()) if (s.availableIf) order.put(s.name, s);
      const forbidden = order
        .entries()
        .filter(([name, s]) => detected.has(name) && !s.availableIf!.some((p) => detected.has(p)))
        .map(([name]) => name);
      if (forbidden.length > 0) {
        throw optionException(
          "UnavailableOptionException",
          `Option(s) [${forbidden.join(", ")}] are unavailable given other options on the command line`,
          [F.ensureAllowed, F.parseAllowed, ...callerFrames],
        );
      }
    }
    return new OptionSet(this.specs, detected, nonOptions);
  }
}
