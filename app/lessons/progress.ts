/**
 * Lesson progress in local storage: which step each lesson is at and which tasks are done. Storage is
 * untrusted (another version, a hand edit, a full or disabled storage): anything unreadable counts as no progress,
 * and a write that fails is ignored.
 */
export const PROGRESS_KEY = "cgp.lessons.v1";

export interface LessonProgress {
  readonly step: number;
  readonly done: readonly number[];
}
export type Progress = Readonly<Record<string, LessonProgress>>;

const small = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= 100;

function asLessonProgress(x: unknown): LessonProgress | null {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return null;
  const { step, done } = x as { step?: unknown; done?: unknown };
  if (!small(step) || !Array.isArray(done) || done.length > 100 || !done.every(small)) return null;
  return { step, done: [...new Set(done)] };
}

/** Reads progress; answers {} for missing, corrupted or hostile content. */
export function loadProgress(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): Progress {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    if (!raw || raw.length > 100_000) return {};
    const json: unknown = JSON.parse(raw);
    if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
    // Only known lesson ids (short, plain), rebuilt key by key: a "__proto__" key is never more than data.
    const out: Record<string, LessonProgress> = {};
    for (const [k, v] of Object.entries(json)) {
      const p = asLessonProgress(v);
      if (!p || !/^[a-z0-9-]{1,64}$/.test(k)) return {};
      Object.defineProperty(out, k, { value: p, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch {
    return {};
  }
}

export function saveProgress(progress: Progress, storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Full, disabled or refused storage: progress lives for this page only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export const lessonProgressOf = (p: Progress, id: string): LessonProgress => (Object.prototype.hasOwnProperty.call(p, id) ? p[id] : { step: 0, done: [] });

export function withStep(p: Progress, id: string, step: number): Progress {
  return { ...p, [id]: { ...lessonProgressOf(p, id), step } };
}

export function withDone(p: Progress, id: string, step: number): Progress {
  const cur = lessonProgressOf(p, id);
  return cur.done.includes(step) ? p : { ...p, [id]: { ...cur, done: [...cur.done, step] } };
}
