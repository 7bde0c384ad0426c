import type { ReactNode } from "react";

/** A short note where the course's text and Kafka's behaviour part ways. */
export function CourseNote({ children }: { children: ReactNode }) {
  return (
    <aside className="rounded border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-xs text-neutral-800 dark:bg-amber-950/60 dark:text-neutral-100">
      <strong>Course note:</strong> {children}
    </aside>
  );
}
