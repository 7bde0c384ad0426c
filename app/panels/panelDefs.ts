/**
 * The panels, in order. Each is its own chunk, loaded when it is first shown (on a wide screen that is right
 * after the page is drawn): the first load is the diagram and the engine only.
 */
import { lazy, type ComponentType } from "react";

export interface PanelDef {
  readonly id: string;
  /** Heading of the panel. */
  readonly title: string;
  /** Short label for the narrow layout's tab. */
  readonly tab: string;
  readonly Component: ComponentType;
  /** False: never skipped while off screen (its maximized view is fixed to the window). */
  readonly skipOffscreen?: boolean;
}

export const PANELS: readonly PanelDef[] = [
  { id: "group", title: "Consumer group", tab: "Group", Component: lazy(() => import("./GroupPanel").then((m) => ({ default: m.GroupPanel }))) },
  { id: "delivery", title: "Delivery", tab: "Delivery", Component: lazy(() => import("./DeliveryPanel").then((m) => ({ default: m.DeliveryPanel }))) },
  { id: "timeline", title: "Rebalance timeline", tab: "Timeline", Component: lazy(() => import("./RebalanceTimeline")) },
  { id: "events", title: "Event log", tab: "Events", Component: lazy(() => import("./EventLog").then((m) => ({ default: m.EventLog }))) },
  { id: "offsets", title: "__consumer_offsets", tab: "Offsets", Component: lazy(() => import("./OffsetsViewer")) },
  { id: "terminal", title: "Terminal", tab: "Terminal", Component: lazy(() => import("./TerminalPanel")), skipOffscreen: false },
];
