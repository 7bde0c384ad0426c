import { EmbedCodeButton } from "../embed/EmbedCodeButton";
import { ExportButtons } from "../export/ExportButtons";
import { showLessons } from "../lessons/lessonStore";
import { PresentButton } from "../present/PresentButton";
import { ScenarioPicker } from "../scenarios/ScenarioPicker";
import { CopyLinkButton } from "./CopyLinkButton";

/** Teach and share: scenarios, lessons, a link to this moment, the diagram as an image, embed code, presenter mode. */
export function TeachBar() {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" role="toolbar" aria-label="Scenarios, lessons and sharing">
      <ScenarioPicker />
      <button type="button" className="btn" onClick={showLessons}>
        Lessons
      </button>
      <CopyLinkButton />
      <ExportButtons />
      <EmbedCodeButton />
      <PresentButton />
    </div>
  );
}
