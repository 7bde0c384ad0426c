/** Whether to animate: off when the user asks for reduced motion (checked live, so a change applies at once). */
const query = typeof matchMedia === "function" ? matchMedia("(prefers-reduced-motion: reduce)") : null;

export function reducedMotion(): boolean {
  return query?.matches ?? false;
}
