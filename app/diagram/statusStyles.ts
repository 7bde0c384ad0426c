/**
 * How each consumer status looks. Never colour alone: every status has its own icon, border pattern and word.
 * Colours are Okabe-Ito (colour-blind safe), as CSS variables so the dark theme can lighten them.
 */
import type { ConsumerStatus, GroupState } from "../../engine/types";

export interface StatusStyle {
  /** The word shown on the node. */
  readonly label: string;
  /** A sentence for screen readers and the tooltip. */
  readonly explanation: string;
  readonly color: string;
  /** stroke-dasharray of the node's border ("" for solid). */
  readonly dash: string;
  readonly icon: "play" | "circle" | "dots" | "cycle" | "hourglass" | "cross" | "square" | "alert";
  /** The node is hatched: the process is not running. */
  readonly hatched: boolean;
}

export const STATUS_STYLES: Record<ConsumerStatus, StatusStyle> = {
  consuming: { label: "consuming", explanation: "Fetching and processing records of its partitions.", color: "var(--st-consuming)", dash: "", icon: "play", hatched: false },
  idle: { label: "idle", explanation: "In the group but owns no partition: more consumers than partitions.", color: "var(--st-idle)", dash: "", icon: "circle", hatched: false },
  joining: { label: "joining", explanation: "Sent JoinGroup; waiting for its first assignment.", color: "var(--st-joining)", dash: "2 3", icon: "dots", hatched: false },
  rebalancing: { label: "rebalancing", explanation: "The group is rebalancing; this member waits for its new assignment.", color: "var(--st-rebalancing)", dash: "6 3", icon: "cycle", hatched: false },
  slow: { label: "too slow", explanation: "Missed max.poll.interval.ms: it left the group, and its next commit will fail.", color: "var(--st-slow)", dash: "", icon: "hourglass", hatched: false },
  crashed: { label: "crashed", explanation: "Killed: no heartbeats, no LeaveGroup. The group notices only after session.timeout.ms.", color: "var(--st-crashed)", dash: "", icon: "cross", hatched: true },
  stopped: { label: "stopped", explanation: "Closed gracefully: it committed and sent LeaveGroup.", color: "var(--st-stopped)", dash: "1 3", icon: "square", hatched: true },
  failed: { label: "failed", explanation: "The application stopped on an error (see the event log).", color: "var(--st-failed)", dash: "", icon: "alert", hatched: true },
};

export const GROUP_STATE_COLORS: Record<GroupState, string> = {
  Stable: "var(--st-consuming)",
  PreparingRebalance: "var(--st-rebalancing)",
  CompletingRebalance: "var(--st-joining)",
  Empty: "var(--st-idle)",
  Dead: "var(--st-crashed)",
};
