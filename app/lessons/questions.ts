/**
 * The course's fifteen interview questions (03-consumer-groups-and-offsets.md), each linked to the lesson that
 * shows the answer. Where the course's answer is wrong or only half right, `kafka` says what real Kafka does.
 */
export interface InterviewQuestion {
  readonly n: number;
  readonly question: string;
  /** The course's answer, shortened. */
  readonly answer: string;
  /** What the learner just saw in the playground that answers it. */
  readonly seen: string;
  /** Where the course is wrong or incomplete: what real Kafka does. */
  readonly kafka?: string;
  /** The lesson that shows it. */
  readonly lesson: string;
}

export const QUESTIONS: readonly InterviewQuestion[] = [
  {
    n: 1,
    question: "What is a consumer group in Kafka?",
    answer: "A set of consumers that work together to consume a topic: each partition is assigned to one consumer of the group, which gives parallel processing and load balancing.",
    seen: "service-a's three consumers each own one partition of orders; service-b's single consumer owns all three.",
    lesson: "first-picture",
  },
  {
    n: 2,
    question: "Can multiple consumers in the same group read from the same partition?",
    answer: "No: within a group a partition has exactly one owner. Different groups read the same partition independently.",
    seen: "The consumer you added to service-b did not read alongside analytics-1: the group rebalanced and split the partitions.",
    lesson: "first-picture",
  },
  {
    n: 3,
    question: "What is the maximum number of useful consumers in a group?",
    answer: "As many as there are partitions; extra consumers are idle. 5 partitions: at most 5 useful consumers.",
    seen: "With 2 partitions and 3 consumers one consumer owned nothing, until you stopped one that did: then it took over at once.",
    kafka: "An idle consumer is not useless: it is a hot standby that takes over in the next rebalance.",
    lesson: "patterns",
  },
  {
    n: 4,
    question: "What happens when a consumer in a group crashes?",
    answer: "The coordinator detects the failure (missed heartbeats, session timeout), the group rebalances, partitions are redistributed, consumers resume.",
    seen: "consumer-2 was killed at 15 s; nothing happened until the 10 s session timeout passed; then its partition moved, and the records it had processed after its last commit were processed again.",
    kafka:
      "“Remaining consumers pause” is true only for eager assignors (range, roundrobin, sticky). With cooperative-sticky the others keep consuming the partitions they keep; only the moved partitions wait. Nothing is lost with commit-after-processing, but records are processed twice.",
    lesson: "crash-session-timeout",
  },
  {
    n: 5,
    question: "What is consumer rebalancing?",
    answer: "Reassigning partitions to consumers when a consumer joins, leaves, crashes or times out, or partitions are added.",
    seen: "A consumer joined each group at 20 s: eager-group stopped entirely; cooperative-group paused only the partitions that moved.",
    kafka: "“All consumers pause briefly” is eager rebalancing. Cooperative rebalancing (KIP-429, cooperative-sticky) lets members keep consuming what they keep, over two short rebalances.",
    lesson: "eager-vs-cooperative",
  },
  {
    n: 6,
    question: "What is an offset in Kafka?",
    answer: "A sequential number identifying a record's position within a partition, from 0; consumers use offsets to track progress.",
    seen: "from-beginning started at offset 0 of each partition and read the thirty records already there.",
    kafka: "Offsets are per partition, and after retention or compaction the first offset still in the log (log start offset) can be far above 0.",
    lesson: "offset-reset",
  },
  {
    n: 7,
    question: "Where are consumer offsets stored?",
    answer: "In the internal topic __consumer_offsets, so consumers resume from their last position after a restart.",
    seen: "consumer-1 stopped, committed, restarted and went on from its committed offset, processing nothing twice.",
    lesson: "consumer-offsets",
  },
  {
    n: 8,
    question: "What is the difference between auto-commit and manual commit?",
    answer: "Auto-commit commits at intervals (simple, may lose or repeat records); manual commit is explicit after processing (safer, more control).",
    seen: "After the crashes, auto and batch processed records twice, per-record at most one per partition, before-processing lost records.",
    kafka:
      "The course calls manual commit “exactly-once”: it is not. Commit after processing is at-least-once (a crash between processing and commit repeats the record); commit before processing is at-most-once. Exactly-once needs Kafka transactions (offsets committed inside the producer's transaction) or idempotent processing.",
    lesson: "commit-strategies",
  },
  {
    n: 9,
    question: "What is consumer lag?",
    answer: "Lag = log end offset − the group's committed offset. High lag means the consumer is falling behind.",
    seen: "With one consumer the lag chart grew; it turned down as consumers joined.",
    lesson: "lag-grow-drain",
  },
  {
    n: 10,
    question: "How do you reduce consumer lag?",
    answer: "Add consumers (up to the partition count), process faster, fetch and process in bigger batches, process in parallel, scale up the consumers.",
    seen: "Consumers joined every 15 s; past 6 (the partition count) they were idle and did not help.",
    lesson: "lag-grow-drain",
  },
  {
    n: 11,
    question: "What happens when you reset a consumer group's offsets?",
    answer: "It changes where the group reads next: to earliest (reprocess all), latest (skip to new), a specific offset, or a timestamp.",
    seen: "The reset was refused while my-group was active; once it was Empty it moved to offset 0, and the restarted consumer processed everything again.",
    kafka: "kafka-consumer-groups.sh resets only inactive (Empty) groups, and without --execute it only prints the plan (a dry run).",
    lesson: "cli-reset",
  },
  {
    n: 12,
    question: "Can different consumer groups read the same topic?",
    answer: "Yes: each group receives every record, independently, with its own committed offsets.",
    seen: "The group you started read all three partitions of orders, from its own offsets, while service-a and service-b went on.",
    lesson: "first-picture",
  },
  {
    n: 13,
    question: "What is the fromBeginning option?",
    answer: "fromBeginning: true makes a group with no committed offset start at the earliest record; the default starts at the latest. It only applies when there is no committed offset.",
    seen: "from-beginning read the thirty old records, latest-group did not, and strict-1 (policy none) failed until you gave it a policy.",
    kafka: "It is KafkaJS's spelling of auto.offset.reset=earliest, which also applies when the committed offset is out of range (deleted by retention).",
    lesson: "offset-reset",
  },
  {
    n: 14,
    question: "What is the __consumer_offsets topic?",
    answer: "An internal topic storing consumer group offsets and group metadata (members and their assignments), used to resume after a restart.",
    seen: "Each commit of my-group became a record in one partition of __consumer_offsets, and compaction cleaned away the older ones of each key.",
    kafka: "It has 50 partitions by default; a group lives in partition abs(hashCode(groupId)) % 50, and the broker leading that partition is the group's coordinator.",
    lesson: "consumer-offsets",
  },
  {
    n: 15,
    question: "How do you handle duplicate message processing?",
    answer: "Idempotent processing, deduplication by message id, idempotent producers, and (the course says) manual commit after processing for exactly-once.",
    seen: "auto-1 with idempotent processing skipped the records redelivered after auto-2's crash instead of applying them twice.",
    kafka:
      "Committing after processing does not remove duplicates: it is what causes them after a crash (at-least-once). The idempotent producer only removes duplicates of producer retries, not of consumer redelivery. Use idempotent processing or deduplication, or transactions for Kafka-to-Kafka pipelines.",
    lesson: "commit-strategies",
  },
];

export const question = (n: number): InterviewQuestion | undefined => QUESTIONS.find((q) => q.n === n);
