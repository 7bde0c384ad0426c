/** Patterns the diagram uses: hatching for stopped or crashed consumers and for records deleted by retention. */
export function SvgDefs() {
  return (
    <defs>
      <pattern id="hatch-down" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="8" stroke="var(--hatch)" strokeWidth="3" />
      </pattern>
      <pattern id="hatch-deleted" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="6" stroke="var(--hatch)" strokeWidth="2" />
      </pattern>
    </defs>
  );
}
