import { useState } from "react";

/** The generated KafkaJS code, with a copy button. */
export function KafkaJsCode({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="flex items-center justify-between gap-2 text-sm font-semibold">
        The same consumer in KafkaJS
        <button
          type="button"
          className="btn px-2 py-0.5 text-xs"
          onClick={() => {
            void navigator.clipboard?.writeText(code).then(() => setCopied(true));
            setTimeout(() => setCopied(false), 1500);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </figcaption>
      <pre tabIndex={0} aria-label="KafkaJS code for this consumer" className="max-h-96 overflow-auto rounded bg-neutral-900 p-3 text-xs leading-relaxed text-neutral-100 focus-visible:outline-2 focus-visible:outline-blue-600" data-testid="kafkajs-code">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
