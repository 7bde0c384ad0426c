import { useState } from "react";
import { dispatch } from "../engine/engineClient";
import { selectSnapshot, useStore } from "../store";

/** Produce one record (with or without a key) and set the producer's rate. */
export function ProducerControls({ topic }: { topic: string }) {
  const [key, setKey] = useState("");
  const rate = useStore((s) => selectSnapshot(s)?.topics.find((t) => t.name === topic)?.producer?.perSecond ?? 0);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={`Produce to ${topic}`}
      onSubmit={(e) => {
        e.preventDefault();
        void dispatch({ type: "produce", topic, key: key === "" ? null : key, value: `value-${Date.now() % 100000}` });
      }}
    >
      <label className="flex flex-col text-sm">
        Key
        <input className="field w-36" value={key} onChange={(e) => setKey(e.target.value)} placeholder="no key" maxLength={200} />
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
          value={rate}
          onChange={(e) => void dispatch({ type: "setProducerRate", topic, perSecond: Number(e.target.value) })}
          aria-label="Producer rate (records per second)"
        />
      </label>
    </form>
  );
}
