/**
 * Things flying across the diagram: records from the producer to a partition and from a partition to its
 * consumer, commits from a partition to __consumer_offsets. Launched from outside React (the snapshot diff)
 * and drawn by <FlyingDots />, which registers itself here.
 */
export interface Flight {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly color: string;
  readonly shape: "dot" | "square";
  /** __consumer_offsets partition to flash on arrival. */
  readonly offsetsPartition?: number;
}

let launcher: ((f: Flight) => void) | null = null;
let flash: ((partition: number) => void) | null = null;

export function registerLauncher(fn: ((f: Flight) => void) | null): void {
  launcher = fn;
}

export function launch(f: Flight): void {
  launcher?.(f);
}

export function registerOffsetsFlash(fn: (partition: number) => void): () => void {
  flash = fn;
  return () => {
    if (flash === fn) flash = null;
  };
}

export function flashOffsets(partition: number): void {
  flash?.(partition);
}
