/**
 * What a drop does: into a group adds (from the palette) or moves a consumer; back into its own group restarts
 * a stopped or crashed one; onto "new group" starts a group; out of every group stops it (LeaveGroup).
 */
import { announce } from "../../store";
import { addConsumer, moveConsumer, moveToNewGroup, restartConsumer, stopConsumer } from "../actions";
import type { DragSource, DropTarget } from "./types";

export async function performDrop(source: DragSource, target: DropTarget): Promise<void> {
  if (source.kind === "palette") {
    if (target.kind === "group") await addConsumer(target.groupId);
    else if (target.kind === "newGroup") await addConsumer(null);
    return;
  }
  const { clientId, groupId, alive } = source;
  if (target.kind === "outside") {
    if (alive) await stopConsumer(clientId);
    else announce(`${clientId} is not running; nothing to stop.`);
  } else if (target.kind === "newGroup") {
    await moveToNewGroup(clientId);
  } else if (target.groupId !== groupId) {
    await moveConsumer(clientId, target.groupId);
  } else if (!alive) {
    await restartConsumer(clientId);
  } else {
    announce(`${clientId} is already in group ${groupId}; nothing changed.`);
  }
}
