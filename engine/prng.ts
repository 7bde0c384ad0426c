/**
 * The one source of randomness in the engine: a seeded sfc32 generator.
 * Same seed, same sequence, on every platform (32-bit integer arithmetic only).
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads a small seed over the four words of state.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Uniform unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A random (version 4) UUID in java.util.UUID's text form, as Kafka puts in member ids. */
  uuid(): string {
    const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");
    const w0 = this.nextUint32();
    const w1 = this.nextUint32();
    const w2 = this.nextUint32();
    const w3 = this.nextUint32();
    const timeHi = ((w1 & 0xffff) & 0x0fff) | 0x4000;
    const clockSeq = (((w2 >>> 16) & 0x3fff) | 0x8000) >>> 0;
    return `${hex(w0, 8)}-${hex(w1 >>> 16, 4)}-${hex(timeHi, 4)}-${hex(clockSeq, 4)}-${hex(w2 & 0xffff, 4)}${hex(w3, 8)}`;
  }

  /** The generator's state, so a checkpoint can restore it. */
  save(): [number, number, number, number] {
    return [this.a, this.b, this.c, this.d];
  }

  restore(state: readonly [number, number, number, number]): void {
    [this.a, this.b, this.c, this.d] = state;
  }
}
