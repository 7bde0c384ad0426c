/** What each commit strategy guarantees, and where the course says otherwise. */
import type { CommitStrategy } from "../../engine/types";

export const COMMIT_NOTES: Record<CommitStrategy, { readonly guarantee: string; readonly course?: string }> = {
  auto: {
    guarantee: "At-least-once while processing is synchronous: auto commit only commits what earlier polls returned, so a crash repeats up to autoCommitInterval of records.",
    course: "“May lose messages on crash” holds only with asynchronous processing, where auto commit can run ahead of the work.",
  },
  "per-record": {
    guarantee: "At-least-once, not exactly-once: a crash between processing and commit repeats the record.",
    course: "The course calls this “exactly-once semantics”. It is not: exactly-once needs idempotent processing or Kafka transactions.",
  },
  batch: {
    guarantee: "At-least-once: a crash repeats up to batchSize records.",
    course: "The course's batch code commits only the partition of every 100th record; the other partitions' progress waits.",
  },
  "before-processing": {
    guarantee: "At-most-once: a crash between the commit and the processing loses the record.",
  },
};
