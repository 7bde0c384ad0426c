/**
 * One requestAnimationFrame loop for every animation of the diagram: tasks run each frame until they report
 * that they are done, and the loop sleeps when there is none.
 */
import { easeCubicInOut } from "d3-ease";
import { interpolate } from "d3-interpolate";

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

/** Interpolates with d3-interpolate (numbers, strings with numbers, arrays, objects) over `duration` ms. */
export function tween<T>({ from, to, duration, delay = 0, onUpdate, onDone }: TweenOptions<T>): () => void {
  const lerp = interpolate(from as never, to as never) as unknown as (t: number) => T;
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
