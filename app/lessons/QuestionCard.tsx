import { question } from "./questions";

/** A check-yourself interview question: the question, then (on demand) what you saw, the course's answer, and what Kafka really does. */
export function QuestionCard({ n }: { n: number }) {
  const q = question(n);
  if (!q) return null;
  return (
    <details className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-800 dark:bg-amber-950">
      <summary className="cursor-pointer font-semibold">
        Check yourself · Q{q.n}. {q.question}
      </summary>
      <div className="mt-2 flex flex-col gap-1.5 leading-relaxed">
        <p>
          <strong>You just saw: </strong>
          {q.seen}
        </p>
        <p>
          <strong>The course's answer: </strong>
          {q.answer}
        </p>
        {q.kafka && (
          <p className="rounded border-l-4 border-amber-600 bg-white/60 px-2 py-1 dark:bg-black/20">
            <strong>What real Kafka does: </strong>
            {q.kafka}
          </p>
        )}
      </div>
    </details>
  );
}
