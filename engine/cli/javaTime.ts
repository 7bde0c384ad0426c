/**
 * The date and duration parsing behind --to-datetime and --by-duration:
 *  - clients/src/main/java/org/apache/kafka/common/utils/Utils.java#getDateTime: appends "Z" when the part after
 *    the first 'T' has no '+', '-' or 'Z', then tries the non-lenient SimpleDateFormat patterns
 *    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" and "yyyy-MM-dd'T'HH:mm:ss.SSSX" (java.text.SimpleDateFormat rules: spaces and
 *    tabs before a field are skipped, text after the zone is ignored, field values must be in range);
 *  - java.time.Duration#parse (JDK 17 pattern "([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?
 *    (?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?", case-insensitive), as ConsumerGroupCommand.prepareOffsetsToReset
 *    calls it.
 */
import { JavaThrowable, javaSplit } from "./java";

function parseException(message: string): JavaThrowable {
  return new JavaThrowable("java.text.ParseException", message);
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  skipBlanks(): void {
    while (this.text[this.pos] === " " || this.text[this.pos] === "\t") this.pos++;
  }
  number(): number | null {
    this.skipBlanks();
    const m = /^[0-9]+/.exec(this.text.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return Number(m[0]);
  }
  literal(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }
  digit(): number | null {
    const c = this.text[this.pos];
    if (c === undefined || c < "0" || c > "9") return null;
    this.pos++;
    return c.charCodeAt(0) - 48;
  }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** GregorianCalendar's DAY_OF_MONTH maximum (proleptic Gregorian: the tool's dates are modern). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** One non-lenient SimpleDateFormat pass; `zoneLetters` is 3 (XXX: "+hh:mm") or 1 (X: "+hh"). Null on failure. */
function parseWithPattern(text: string, zoneLetters: 1 | 3): number | null {
  const c = new Cursor(text);
  const fields: number[] = [];
  const seps = ["-", "-", "T", ":", ":", "."];
  for (let i = 0; i < 7; i++) {
    const v = c.number();
    if (v === null) return null;
    fields.push(v);
    if (i < 6 && !c.literal(seps[i]!)) return null;
  }
  const [year, month, day, hour, minute, second, millis] = fields as [number, number, number, number, number, number, number];
  c.skipBlanks();
  let offsetMinutes: number;
  const z = text[c.pos];
  if (z === "Z") offsetMinutes = 0;
  else if (z === "+" || z === "-") {
    c.pos++;
    const h1 = c.digit();
    const h2 = c.digit();
    if (h1 === null || h2 === null) return null;
    const hours = h1 * 10 + h2;
    if (hours > 23) return null;
    let minutes = 0;
    if (zoneLetters === 3) {
      if (!c.literal(":")) return null;
      const m1 = c.digit();
      const m2 = c.digit();
      if (m1 === null || m2 === null) return null;
      minutes = m1 * 10 + m2;
      if (minutes > 59) return null;
    }
    offsetMinutes = (hours * 60 + minutes) * (z === "-" ? -1 : 1);
  } else return null;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || millis > 999) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millis);
  return d.getTime() - offsetMinutes * 60_000;
}

/** Utils.getDateTime: epoch milliseconds, or a java.text.ParseException. */
export function getDateTime(input: string): number {
  let timestamp = input;
  const parts = javaSplit(timestamp, "T");
  if (parts.length < 2) {
    throw parseException("Error parsing timestamp. It does not contain a 'T' according to ISO8601 format");
  }
  const secondPart = parts[1]!;
  if (!(secondPart.includes("+") || secondPart.includes("-") || secondPart.includes("Z"))) timestamp += "Z";
  const first = parseWithPattern(timestamp, 3);
  if (first !== null) return first;
  const second = parseWithPattern(timestamp, 1);
  if (second !== null) return second;
  throw parseException(`Unparseable date: "${timestamp}"`);
}

const DURATION = /^([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$/i;
const LONG_MAX = 9223372036854775807n;

function durationError(detail = ""): JavaThrowable {
  return new JavaThrowable("java.time.format.DateTimeParseException", `Text cannot be parsed to a Duration${detail}`);
}

/** java.time.Duration#parse, as a signed number of nanoseconds. */
export function parseDuration(text: string): bigint {
  const m = DURATION.exec(text);
  if (!m || m[3] === "T" || m[3] === "t") throw durationError();
  const [, sign, days, , hours, minutes, seconds, fraction] = m;
  if (days === undefined && hours === undefined && minutes === undefined && seconds === undefined) throw durationError();
  const part = (s: string | undefined, mult: bigint, name: string): bigint => {
    if (s === undefined) return 0n;
    const v = BigInt(s) * mult;
    if (v > LONG_MAX || v < -LONG_MAX - 1n) throw durationError(`: ${name}`);
    return v;
  };
  const secs = part(days, 86400n, "days") + part(hours, 3600n, "hours") + part(minutes, 60n, "minutes") + part(seconds, 1n, "seconds");
  let nanos = 0n;
  if (fraction !== undefined && fraction.length > 0) {
    nanos = BigInt(fraction.padEnd(9, "0"));
    if (seconds !== undefined && seconds.startsWith("-")) nanos = -nanos;
  }
  const total = secs * 1_000_000_000n + nanos;
  return sign === "-" ? -total : total;
}

/** Instant.ofEpochMilli(nowMs).minus(duration).toEpochMilli(): floor division of the nanoseconds. */
export function minusDurationMillis(nowMs: number, durationNanos: bigint): number {
  const ns = BigInt(Math.trunc(nowMs)) * 1_000_000n - durationNanos;
  const q = ns / 1_000_000n;
  const floored = ns % 1_000_000n < 0n ? q - 1n : q;
  return Number(floored);
}
