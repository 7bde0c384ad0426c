import { useState } from "react";
import { performDrop } from "../interactions/drag/performDrop";
import type { DropTarget } from "../interactions/drag/types";
import { nextGroupId } from "../interactions/naming";
import { selectSnapshot, useStore } from "../store";
import { Field } from "./Field";
import { FormDialog } from "./FormDialog";

const ALIVE = new Set(["joining", "consuming", "idle", "rebalancing", "slow"]);

/** The menu way to do what dragging a consumer does: into another group, a new group, or out (stop). */
export function MoveConsumerDialog({ consumer }: { consumer: string }) {
  const snapshot = useStore(selectSnapshot);
  const c = snapshot?.consumers.find((x) => x.clientId === consumer);
  const groups = [...new Set(snapshot?.groups.map((g) => g.groupId) ?? [])].filter((g) => g !== c?.groupId);
  const [value, setValue] = useState(groups[0] ? `group:${groups[0]}` : "newGroup");
  return (
    <FormDialog
      title={`Move ${consumer}`}
      description={`Now in group ${c?.groupId ?? "?"}. Moving it closes it (LeaveGroup) and starts it in the other group, where it joins as a new member.`}
      submitLabel="Move"
      onSubmit={async () => {
        if (!c) return `${consumer} no longer exists.`;
        const target: DropTarget = value === "newGroup" ? { kind: "newGroup" } : value === "outside" ? { kind: "outside" } : { kind: "group", groupId: value.slice(6) };
        await performDrop({ kind: "consumer", clientId: c.clientId, groupId: c.groupId, alive: ALIVE.has(c.status) }, target);
        return useStore.getState().lastError;
      }}
    >
      <Field label="To">
        <select className="field" value={value} onChange={(e) => setValue(e.target.value)}>
          {groups.map((g) => (
            <option key={g} value={`group:${g}`}>
              group {g}
            </option>
          ))}
          <option value="newGroup">a new group ({nextGroupId(snapshot)})</option>
          <option value="outside">out of any group (stop it)</option>
        </select>
      </Field>
    </FormDialog>
  );
}
