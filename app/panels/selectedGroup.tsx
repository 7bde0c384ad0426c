/**
 * Which consumer group the group table, lag chart and offsets viewer show. Panel-local UI state (a context, not
 * the store); it follows the diagram's selection when a group or one of its consumers is selected there.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useShallow } from "zustand/react/shallow";
import { usePanelStore } from "../store";
import { groupOfSelection, selectGroupIds } from "./selectors";

interface SelectedGroup {
  /** The selected group, or the first group when none is selected (null: there are no groups). */
  readonly groupId: string | null;
  readonly groupIds: readonly string[];
  readonly setGroupId: (id: string) => void;
}

const Ctx = createContext<SelectedGroup>({ groupId: null, groupIds: [], setGroupId: () => {} });

export function SelectedGroupProvider({ children }: { children: ReactNode }) {
  const groupIds = usePanelStore(useShallow(selectGroupIds));
  const fromDiagram = usePanelStore(groupOfSelection);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    if (fromDiagram !== null) setChosen(fromDiagram);
  }, [fromDiagram]);
  const groupId = chosen !== null && groupIds.includes(chosen) ? chosen : (groupIds[0] ?? null);
  return <Ctx.Provider value={{ groupId, groupIds, setGroupId: setChosen }}>{children}</Ctx.Provider>;
}

export function useSelectedGroup(): SelectedGroup {
  return useContext(Ctx);
}
