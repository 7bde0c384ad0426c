/**
 * A set of offsets kept as sorted, disjoint half-open ranges [start, end). Used to account which records a
 * group processed (and which it skipped), cheaply: consumption is mostly in order, so the set stays tiny.
 */
export class IntervalSet {
  private starts: number[] = [];
  private ends: number[] = [];

  get ranges(): Array<[number, number]> {
    return this.starts.map((s, i) => [s, this.ends[i]]);
  }

  get size(): number {
    let n = 0;
    for (let i = 0; i < this.starts.length; i++) n += this.ends[i] - this.starts[i];
    return n;
  }

  has(x: number): boolean {
    const i = this.indexAtOrBefore(x);
    return i >= 0 && x < this.ends[i];
  }

  /** Adds one offset; returns false when it was already present. */
  addOne(x: number): boolean {
    const n = this.starts.length;
    // Fast path: extending the last range, as in-order consumption does.
    if (n > 0 && this.ends[n - 1] === x) {
      this.ends[n - 1] = x + 1;
      return true;
    }
    if (this.has(x)) return false;
    this.add(x, x + 1);
    return true;
  }

  /** Adds [a, b). */
  add(a: number, b: number): void {
    if (b <= a) return;
    const s: number[] = [];
    const e: number[] = [];
    let placed = false;
    for (let i = 0; i < this.starts.length; i++) {
      const cs = this.starts[i];
      const ce = this.ends[i];
      if (ce < a) {
        s.push(cs);
        e.push(ce);
      } else if (cs > b) {
        if (!placed) {
          s.push(a);
          e.push(b);
          placed = true;
        }
        s.push(cs);
        e.push(ce);
      } else {
        a = Math.min(a, cs);
        b = Math.max(b, ce);
      }
    }
    if (!placed) {
      s.push(a);
      e.push(b);
    }
    this.starts = s;
    this.ends = e;
  }

  /** Removes [a, b). */
  remove(a: number, b: number): void {
    if (b <= a) return;
    const s: number[] = [];
    const e: number[] = [];
    for (let i = 0; i < this.starts.length; i++) {
      const cs = this.starts[i];
      const ce = this.ends[i];
      if (ce <= a || cs >= b) {
        s.push(cs);
        e.push(ce);
        continue;
      }
      if (cs < a) {
        s.push(cs);
        e.push(a);
      }
      if (ce > b) {
        s.push(b);
        e.push(ce);
      }
    }
    this.starts = s;
    this.ends = e;
  }

  /** The parts of [a, b) not in the set. */
  gaps(a: number, b: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let cur = a;
    for (let i = 0; i < this.starts.length && cur < b; i++) {
      if (this.ends[i] <= cur) continue;
      if (this.starts[i] >= b) break;
      if (this.starts[i] > cur) out.push([cur, Math.min(this.starts[i], b)]);
      cur = Math.max(cur, this.ends[i]);
    }
    if (cur < b) out.push([cur, b]);
    return out;
  }

  private indexAtOrBefore(x: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= x) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}
