import type { KeyboardEvent, MouseEvent, ReactNode } from "react";

interface Props {
  x: number;
  y: number;
  size: number;
  label: string;
  onActivate: (e: MouseEvent | KeyboardEvent) => void;
  children?: ReactNode;
  testId?: string;
}

/** A focusable SVG button (the "⋯" of a node): Enter or Space activates it, and it shows a focus ring. */
export function SvgButton({ x, y, size, label, onActivate, children, testId }: Props) {
  return (
    <g
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-haspopup="menu"
      data-no-pan=""
      data-testid={testId}
      className="svg-focusable cursor-pointer"
      onClick={(e) => {
        e.stopPropagation();
        onActivate(e);
      }}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          e.stopPropagation();
          onActivate(e);
        }
      }}
    >
      <rect className="focus-ring" x={-3} y={-3} width={size + 6} height={size + 6} rx={6} />
      <rect width={size} height={size} rx={4} className="fill-white stroke-neutral-400 hover:fill-neutral-100 dark:fill-neutral-800 dark:stroke-neutral-500" />
      {children ?? (
        <g className="fill-neutral-700 dark:fill-neutral-200">
          {[0.28, 0.5, 0.72].map((f) => (
            <circle key={f} cx={size * f} cy={size / 2} r={Math.max(1.3, size / 14)} />
          ))}
        </g>
      )}
    </g>
  );
}
