/**
 * The virtual clock's timer queue: a binary min-heap ordered by (due time, insertion sequence),
 * so timers due at the same millisecond run in the order they were scheduled.
 */
export interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  readonly cancelled: boolean;
  /** Cancels the timer; it will not run. */
  cancel(): void;
}

class QueuedTimer implements Timer {
  cancelled = false;
  constructor(
    readonly at: number,
    readonly seq: number,
    readonly run: () => void,
    private readonly queue: TimerQueue,
  ) {}

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.queue.noteCancelled();
  }
}

export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;
  private cancelledInHeap = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Cancelled timers stay in the heap until they reach the top; once they are most of it, rebuild the heap. */
  noteCancelled(): void {
    this.cancelledInHeap++;
    if (this.cancelledInHeap > 1024 && this.cancelledInHeap * 2 > this.heap.length) {
      this.heap = this.heap.filter((t) => !t.cancelled);
      this.heap.sort((a, b) => (before(a, b) ? -1 : 1)); // a sorted array is a valid heap
      this.cancelledInHeap = 0;
    }
  }

  schedule(at: number, run: () => void): Timer {
    const timer: Timer = new QueuedTimer(at, this.seq++, run, this);
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
    return timer;
  }

  /** The due time of the earliest live timer, or undefined when none is left. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap.length > 0 ? this.heap[0].at : undefined;
  }

  /** Removes and returns the earliest live timer due at or before `t`. */
  popDue(t: number): Timer | undefined {
    this.dropCancelled();
    const h = this.heap;
    if (h.length === 0 || h[0].at > t) return undefined;
    return this.pop();
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) {
      this.pop();
      this.cancelledInHeap = Math.max(0, this.cancelledInHeap - 1);
    }
  }

  private pop(): Timer {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
