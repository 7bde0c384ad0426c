/**
 * Runs `task` at most once every `ms`: the first call at once, later ones on a timer, and the last call always
 * runs in the end. `now()` runs it at once (dropping what was pending); `cancel()` drops what is pending.
 */
export interface Throttled {
  call(): void;
  now(): void;
  cancel(): void;
}

export function throttle(task: () => void, ms: number): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = performance.now();
    task();
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    call() {
      if (timer !== null) return;
      const wait = last + ms - performance.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    now() {
      cancel();
      run();
    },
    cancel,
  };
}
