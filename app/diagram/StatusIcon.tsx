import type { StatusStyle } from "./statusStyles";

/** The icon of a consumer status, drawn in a `size` square: shape as well as colour tells the status. */
export function StatusIcon({ icon, size, color }: { icon: StatusStyle["icon"]; size: number; color: string }) {
  const s = size;
  const common = { stroke: color, strokeWidth: Math.max(1.5, s / 8), fill: "none", strokeLinecap: "round" as const, strokeLinejoin: "round" as const };
  switch (icon) {
    case "play":
      return <path d={`M${s * 0.25},${s * 0.15} L${s * 0.85},${s * 0.5} L${s * 0.25},${s * 0.85} Z`} fill={color} />;
    case "circle":
      return <circle cx={s / 2} cy={s / 2} r={s * 0.35} {...common} />;
    case "dots":
      return (
        <g fill={color}>
          {[0.2, 0.5, 0.8].map((f) => (
            <circle key={f} cx={s * f} cy={s / 2} r={s * 0.1} />
          ))}
        </g>
      );
    case "cycle":
      return (
        <g {...common}>
          <path d={`M${s * 0.82},${s * 0.45} A${s * 0.33},${s * 0.33} 0 1 0 ${s * 0.7},${s * 0.78}`} />
          <path d={`M${s * 0.82},${s * 0.18} L${s * 0.84},${s * 0.47} L${s * 0.56},${s * 0.42}`} />
        </g>
      );
    case "hourglass":
      return <path d={`M${s * 0.2},${s * 0.12} H${s * 0.8} L${s * 0.2},${s * 0.88} H${s * 0.8} Z`} {...common} />;
    case "cross":
      return <path d={`M${s * 0.2},${s * 0.2} L${s * 0.8},${s * 0.8} M${s * 0.8},${s * 0.2} L${s * 0.2},${s * 0.8}`} {...common} strokeWidth={Math.max(2, s / 6)} />;
    case "square":
      return <rect x={s * 0.22} y={s * 0.22} width={s * 0.56} height={s * 0.56} fill={color} />;
    case "alert":
      return (
        <g>
          <path d={`M${s / 2},${s * 0.08} L${s * 0.95},${s * 0.9} H${s * 0.05} Z`} fill={color} />
          <path d={`M${s / 2},${s * 0.35} V${s * 0.62} M${s / 2},${s * 0.74} V${s * 0.76}`} stroke="white" strokeWidth={Math.max(1.5, s / 9)} strokeLinecap="round" />
        </g>
      );
  }
}
