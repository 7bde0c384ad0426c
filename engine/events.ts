/**
 * The event log: every step of the simulation in words, numbered and stamped with virtual time.
 */
import type { Millis, SimEvent } from "./types";

export type EventFields = Omit<SimEvent, "seq" | "time" | "type" | "message">;

export class EventLog {
  private readonly entries: SimEvent[] = [];
  private dropped = 0;

  /** @param cap the most events kept; older ones are dropped (and counted) so a long run stays small. */
  constructor(private readonly cap = 50_000) {}

  emit(time: Millis, type: string, message: string, fields?: EventFields): SimEvent {
    const event: SimEvent = { seq: this.dropped + this.entries.length + 1, time, type, message, ...fields };
    this.entries.push(event);
    // Drop old events a quarter of the cap at a time, so dropping stays cheap per event.
    if (this.entries.length > this.cap + (this.cap >> 2)) {
      const n = this.entries.length - this.cap;
      this.entries.splice(0, n);
      this.dropped += n;
    }
    return event;
  }

  /** Total events ever emitted, including dropped ones. */
  get count(): number {
    return this.dropped + this.entries.length;
  }

  /** Events with seq > `afterSeq` still held. */
  since(afterSeq: number): SimEvent[] {
    const start = Math.max(0, afterSeq - this.dropped);
    return this.entries.slice(start);
  }

  /** The events still held (at most about 1.25 × the cap; the newest `cap` are always there). */
  all(): readonly SimEvent[] {
    return this.entries;
  }
}
