import { useState } from "react";
import type { AssignorName } from "../../engine/types";
import { setAssignor } from "../interactions/actions";
import { useGroup } from "../diagram/selectors";
import { useStore } from "../store";
import { selectConsumers } from "../diagram/selectors";
import { CourseNote } from "./CourseNote";
import { FormDialog } from "./FormDialog";

const CHOICES: { id: string; assignors: AssignorName[]; text: string; protocol: "eager" | "cooperative" }[] = [
  { id: "range", assignors: ["range"], protocol: "eager", text: "Per topic, contiguous blocks; the first consumers get one more." },
  { id: "roundrobin", assignors: ["roundrobin"], protocol: "eager", text: "All partitions dealt out one by one, across topics." },
  { id: "sticky", assignors: ["sticky"], protocol: "eager", text: "Balanced, and keeps partitions where they were, but still eager: everyone revokes everything first." },
  { id: "cooperative-sticky", assignors: ["cooperative-sticky"], protocol: "cooperative", text: "Sticky and cooperative: members keep what stays; only moving partitions pause, over two rebalances." },
  { id: "java-default", assignors: ["range", "cooperative-sticky"], protocol: "eager", text: "The Java default list [range, cooperative-sticky]: the group votes range, and stays eager while any member lists an eager assignor." },
];

/** partition.assignment.strategy for every consumer of a group; shows which choice is cooperative. */
export function AssignorDialog({ group }: { group: string }) {
  const g = useGroup(group);
  const consumers = useStore(selectConsumers);
  const current = consumers.find((c) => c.groupId === group)?.config.partitionAssigners ?? ["range", "cooperative-sticky"];
  const currentId = CHOICES.find((c) => c.assignors.join() === current.join())?.id ?? "range";
  const [choice, setChoice] = useState(currentId);
  return (
    <FormDialog
      title={`Assignor of ${group}`}
      description={
        <>
          Now: [{current.join(", ")}] · protocol <strong>{g?.protocol ?? "none yet"}</strong> · <strong>{g?.rebalanceProtocol ?? "eager"}</strong> rebalancing. Every consumer rejoins with the new list.
        </>
      }
      submitLabel="Apply"
      onSubmit={async () => {
        const c = CHOICES.find((x) => x.id === choice)!;
        const r = await setAssignor(group, c.assignors);
        return r.ok ? null : r.error;
      }}
    >
      <fieldset className="flex flex-col gap-2 text-sm">
        <legend className="sr-only">Assignor</legend>
        {CHOICES.map((c) => (
          <label key={c.id} className="flex items-start gap-2">
            <input type="radio" name="assignor" value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} className="mt-1" />
            <span>
              <strong>[{c.assignors.join(", ")}]</strong>{" "}
              <span className={`rounded px-1 text-xs font-semibold ${c.protocol === "cooperative" ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : "bg-neutral-200 text-neutral-800 dark:bg-neutral-700 dark:text-neutral-100"}`}>
                {c.protocol}
              </span>
              <br />
              <span className="text-neutral-700 dark:text-neutral-300">{c.text}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <CourseNote>
        Only cooperative-sticky is cooperative; with any other assignor “all consumers stop processing” during a rebalance, as the course says. The course's
        Range pictures are not what Range does: with 4 partitions, when consumer 3 joins, Range gives C1: P0, P1; C2: P2; C3: P3 (not C1: P0; C2: P1, P2), and when C2 then crashes, C1: P0, P1; C3: P2, P3. Range is
        the Java client's default; KafkaJS's default is round-robin.
      </CourseNote>
    </FormDialog>
  );
}
