import { Legend } from "./Legend";
import { Palette } from "./Palette";

interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

/** Above the diagram: the palette (a new consumer to drag), the legend, and zoom buttons. */
export function DiagramToolbar({ onZoomIn, onZoomOut, onFit }: Props) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Palette />
      <p className="hidden max-w-md self-center text-xs text-neutral-600 md:block dark:text-neutral-400">
        Drag a consumer into a group, between groups, or out to stop it. Right-click (or “⋯”) for more.
      </p>
      <div className="ml-auto flex items-center gap-1" role="group" aria-label="Zoom">
        <button type="button" className="btn px-2.5" onClick={onZoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="btn px-2.5" onClick={onZoomIn} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="btn" onClick={onFit}>
          Fit
        </button>
      </div>
      <Legend />
    </div>
  );
}
