/** The panels, in order. Heavy ones (chart maths, terminal, timeline, offsets viewer) are separate chunks. */
import { lazy, type ComponentType } from "react";
import { DeliveryPanel } from "./DeliveryPanel";
import { EventLog } from "./EventLog";
import { GroupPanel } from "./GroupPanel";

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
  { id: "group", title: "Consumer group", tab: "Group", Component: GroupPanel },
  { id: "delivery", title: "Delivery", tab: "Delivery", Component: DeliveryPanel },
  { id: "timeline", title: "Rebalance timeline", tab: "Timeline", Component: lazy(() => import("./RebalanceTimeline")) },
  { id: "events", title: "Event log", tab: "Events", Component: EventLog },
  { id: "offsets", title: "__consumer_offsets", tab: "Offsets", Component: lazy(() => import("./OffsetsViewer")) },
  { id: "terminal", title: "Terminal", tab: "Terminal", Component: lazy(() => import("./TerminalPanel")), skipOffscreen: false },
];
