/** Where the playground simplifies Kafka, said up front. */
export function SimulatedNote() {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer rounded font-semibold text-blue-800 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300">What is simulated?</summary>
      <div className="absolute z-30 mt-2 max-w-xl rounded-lg border border-neutral-300 bg-white p-3 text-neutral-800 shadow-xl dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100">
        <p>
          <strong>Simplified:</strong> one broker, no replication, no network. Every client reaches the group coordinator instantly, in virtual milliseconds; processing a record takes the consumer's processingTime. Logs roll segments by record
          count, not bytes.
        </p>
        <p className="mt-2">
          <strong>As in Kafka:</strong> the partitioner (murmur2), the classic group protocol (JoinGroup, SyncGroup, heartbeats, session and poll timeouts), the four assignors, eager and cooperative rebalancing, commits to __consumer_offsets, retention
          and auto.offset.reset.
        </p>
      </div>
    </details>
  );
}
