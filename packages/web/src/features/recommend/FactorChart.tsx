import type { Factor } from "@certpath/core";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { FACTOR_LABELS } from "./recommend-api";

/**
 * Each factor's contribution to the score (value × weight) beside the most it could contribute
 * (its weight). Decorative for screen readers: the factor table carries the same numbers.
 */
export default function FactorChart({ factors }: { factors: Factor[] }) {
  const data = factors.map((f) => ({
    name: FACTOR_LABELS[f.name] ?? f.name,
    earned: Math.round(f.value * f.weight * 100),
    possible: Math.round(f.weight * 100),
  }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(140, data.length * 30 + 30)}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" unit=" pts" />
          <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
          <Bar dataKey="possible" fill="#d9dde3" isAnimationActive={false} />
          <Bar dataKey="earned" fill="#0b5cad" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
