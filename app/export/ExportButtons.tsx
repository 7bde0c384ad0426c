import { download } from "../scenarios/download";
import { notify } from "../scenarios/scenarioStore";

/** The diagram's <svg> (the Diagram component labels it). */
export const DIAGRAM_SVG = 'svg[aria-label="Live diagram of topics, consumer groups and consumers"]';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");

async function exportDiagram(kind: "svg" | "png"): Promise<void> {
  const svg = document.querySelector<SVGSVGElement>(DIAGRAM_SVG);
  if (!svg) {
    notify("There is no diagram to export yet.");
    return;
  }
  try {
    // The serializer loads on first use: it is not needed to draw the page.
    const { serializeSvg, svgToPng } = await import("./serializeSvg");
    const s = serializeSvg(svg);
    if (kind === "svg") download(new Blob([s.text], { type: "image/svg+xml" }), `consumer-groups-${stamp()}.svg`);
    else download(await svgToPng(s, 2), `consumer-groups-${stamp()}.png`);
  } catch (e) {
    notify(e instanceof Error ? e.message : String(e));
  }
}

/** Export the diagram as it is now, for slides: SVG, or PNG at twice the screen size. */
export function ExportButtons() {
  return (
    <div className="flex items-center gap-1" role="group" aria-label="Export the diagram">
      <button type="button" className="btn" onClick={() => void exportDiagram("svg")} title="Download the diagram as SVG">
        SVG
      </button>
      <button type="button" className="btn" onClick={() => void exportDiagram("png")} title="Download the diagram as PNG (2x)">
        PNG
      </button>
    </div>
  );
}

export { exportDiagram };
