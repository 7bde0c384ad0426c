/**
 * One requestAnimationFrame loop for every animation of the diagram: tasks run each frame until they report
 * that they are done, and the loop sleeps when there is none.
 */
import { easeCubicInOut } from "d3-ease";

type Task = (now: number) => boolean;

const tasks = new Set<Task>();
let running = false;

function frame(now: number): void {
  for (const task of [...tasks]) {
    if (!task(now)) tasks.delete(task);
  }
  if (tasks.size > 0) requestAnimationFrame(frame);
  else running = false;
}

/** Runs `task` every frame while it returns true; the returned function stops it. */
export function addTask(task: Task): () => void {
  tasks.add(task);
  if (!running) {
    running = true;
    requestAnimationFrame(frame);
  }
  return () => tasks.delete(task);
}

export interface TweenOptions<T> {
  readonly from: T;
  readonly to: T;
  readonly duration: number;
  readonly delay?: number;
  readonly onUpdate: (value: T) => void;
  readonly onDone?: () => void;
}

/**
 * An interpolator of numbers, arrays and plain objects of numbers (what the diagram animates); anything else
 * takes its end value. (d3-interpolate's would also parse colours and strings, and its module brings d3-color
 * into the first load.)
 */
export function interpolateValue<T>(from: T, to: T): (t: number) => T {
  if (typeof from === "number" && typeof to === "number") return ((t: number) => from * (1 - t) + to * t) as unknown as (t: number) => T;
  if (Array.isArray(from) && Array.isArray(to)) {
    const parts = to.map((v: unknown, i) => interpolateValue(from[i] ?? v, v));
    return (t) => parts.map((p) => p(t)) as T;
  }
  if (from !== null && to !== null && typeof from === "object" && typeof to === "object") {
    const parts = Object.entries(to).map(([k, v]) => [k, interpolateValue((from as Record<string, unknown>)[k] ?? v, v)] as const);
    return (t) => Object.fromEntries(parts.map(([k, p]) => [k, p(t)])) as T;
  }
  return () => to;
}

/** Interpolates numbers, arrays and objects of numbers over `duration` ms, eased (cubic in-out). */
export function tween<T>({ from, to, duration, delay = 0, onUpdate, onDone }: TweenOptions<T>): () => void {
  const lerp = interpolateValue(from, to);
  let start = -1;
  return addTask((now) => {
    if (start < 0) start = now + delay;
    const t = duration <= 0 ? 1 : Math.min(1, Math.max(0, (now - start) / duration));
    onUpdate(lerp(easeCubicInOut(t)));
    if (t >= 1) {
      onDone?.();
      return false;
    }
    return true;
  });
}
