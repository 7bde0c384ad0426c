import { setPresenting } from "./presentStore";

/** Enters presenter mode (large type, no chrome, single-key shortcuts). */
export function PresentButton() {
  return (
    <button type="button" className="btn" onClick={() => setPresenting(true)}>
      Present
    </button>
  );
}
