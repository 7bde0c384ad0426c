import { useState } from "react";
import { useTopic } from "../diagram/selectors";
import { act } from "../interactions/actions";
import { openDialog } from "../store";

/** Quick produce (one record, with or without a key) and the producer's rate, for one topic. */
export function ProducerControls({ topic }: { topic: string }) {
  const [key, setKey] = useState("");
  const [n, setN] = useState(1);
  const rate = useTopic(topic)?.producer?.perSecond ?? 0;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={`Produce to ${topic}`}
      onSubmit={(e) => {
        e.preventDefault();
        setN((x) => x + 1);
        void act({ type: "produce", topic, key: key === "" ? null : key, value: `record ${n}` });
      }}
    >
      <label className="flex flex-col text-sm">
        Key
        <input className="field w-36" value={key} onChange={(e) => setKey(e.target.value)} placeholder="no key" maxLength={200} autoComplete="off" />
      </label>
      <button type="submit" className="btn btn-primary">
        Produce
      </button>
      <label className="flex flex-col text-sm">
        <span>
          Producer rate: <output className="tabular-nums">{rate}</output> records/s
        </span>
        <input
          type="range"
          min={0}
          max={50}
          value={Math.min(50, rate)}
          className="accent-blue-700"
          onChange={(e) => void act({ type: "setProducerRate", topic, perSecond: Number(e.target.value) })}
          aria-label="Producer rate (records per second)"
        />
      </label>
      <button type="button" className="btn" onClick={() => openDialog({ kind: "producerRate", topic })}>
        Keys…
      </button>
    </form>
  );
}
