/**
 * Watches the simulation for a lesson task: from the moment the step shows (or the clock goes back before it),
 * collects the events since then and runs the task's check on every frame, until it passes once.
 */
import { useEffect } from "react";
import type { SimEvent, Snapshot } from "../../engine/types";
import { useStore, type PlaygroundState } from "../store";
import type { Task } from "./types";

/** Events kept for a check; the oldest are dropped past this (checks look mostly at recent ones and at snapshots). */
const MAX_EVENTS = 20_000;

export function useTaskCheck(task: Task | undefined, active: boolean, onPass: () => void): void {
  useEffect(() => {
    if (!task || !active) return;
    let start: Snapshot | null = null;
    let events: SimEvent[] = [];
    let lastSeq = 0;
    let passed = false;
    const evaluate = (s: PlaygroundState) => {
      const now = s.snapshot;
      if (!now || passed) return;
      if (!start || now.now < start.now || now.eventCount < lastSeq || now.seed !== start.seed) {
        start = now;
        events = [];
        lastSeq = now.eventCount;
        return;
      }
      if (now.eventCount > lastSeq) {
        let i = s.events.length;
        while (i > 0 && s.events[i - 1].seq > lastSeq) i--;
        for (let j = i; j < s.events.length; j++) if (s.events[j].type !== "recordsProduced") events.push(s.events[j]);
        if (events.length > MAX_EVENTS) events = events.slice(-MAX_EVENTS / 2);
        lastSeq = now.eventCount;
      }
      if (now === start) return;
      if (task.check({ now, start, events })) {
        passed = true;
        onPass();
      }
    };
    evaluate(useStore.getState());
    return useStore.subscribe(evaluate);
  }, [task, active, onPass]);
}
