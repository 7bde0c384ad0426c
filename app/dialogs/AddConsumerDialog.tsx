import { useState } from "react";
import { addConsumer } from "../interactions/actions";
import { nextClientId, nextGroupId } from "../interactions/naming";
import { selectSnapshot, useStore } from "../store";
import { Field } from "./Field";
import { FormDialog } from "./FormDialog";

const NEW = "\u0000new";

/** The menu and keyboard way to add a consumer: choose its group (or a new one) and its client id. */
export function AddConsumerDialog({ group }: { group: string | null }) {
  const snapshot = useStore(selectSnapshot);
  const groups = [...new Set([...(snapshot?.groups.map((g) => g.groupId) ?? []), ...(snapshot?.consumers.map((c) => c.groupId) ?? [])])];
  const [target, setTarget] = useState(group ?? groups[0] ?? NEW);
  const groupId = target === NEW ? nextGroupId(snapshot) : target;
  const [clientId, setClientId] = useState(() => nextClientId(snapshot, groupId));
  return (
    <FormDialog
      title="Add a consumer"
      description="It subscribes to the same topics as its group's other consumers and joins the group: the group rebalances."
      submitLabel="Add consumer"
      onSubmit={async () => {
        const id = clientId.trim();
        if (!/^[A-Za-z0-9._-]{1,60}$/.test(id)) return "Client id: 1 to 60 letters, digits, '.', '_' or '-'.";
        const r = await addConsumer(target === NEW ? null : target, id);
        return r.ok ? null : r.error;
      }}
    >
      <Field label="Group">
        <select
          className="field"
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            setClientId(nextClientId(snapshot, e.target.value === NEW ? nextGroupId(snapshot) : e.target.value));
          }}
        >
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
          <option value={NEW}>a new group ({nextGroupId(snapshot)})</option>
        </select>
      </Field>
      <Field label="Client id">
        <input className="field" value={clientId} onChange={(e) => setClientId(e.target.value)} autoComplete="off" />
      </Field>
    </FormDialog>
  );
}
