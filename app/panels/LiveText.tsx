import { useLayoutEffect, useRef } from "react";
import { usePanelStore, type PlaygroundState } from "../store";

/**
 * Text that changes every frame (time lag grows with virtual time): written through a store subscription into
 * the DOM, so it does not re-render React. `select` must be stable (a module constant or memoized).
 */
export function LiveText({ select, className, testId }: { readonly select: (s: PlaygroundState) => string; readonly className?: string; readonly testId?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const write = (s: PlaygroundState) => {
      const text = select(s);
      if (ref.current && ref.current.textContent !== text) ref.current.textContent = text;
    };
    write(usePanelStore.getState());
    return usePanelStore.subscribe(write);
  }, [select]);
  return <span ref={ref} className={className} data-testid={testId} />;
}
