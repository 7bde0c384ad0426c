/**
 * The panels beside the diagram. Each panel is its own component under app/panels/.
 */
export function Panels() {
  return <section aria-label="Panels" className="flex flex-col gap-4" />;
}
