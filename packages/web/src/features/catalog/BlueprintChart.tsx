import type { BlueprintDomain } from "@certpath/core";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * The blueprint as a bar chart of domain weights. Decorative for screen readers: the same numbers
 * are in the table next to it. Loaded lazily, so the chart library never weighs on other pages.
 */
export default function BlueprintChart({ domains }: { domains: BlueprintDomain[] }) {
  const data = domains.map((d) => ({ name: d.name, weight: (d.weight.min + d.weight.max) / 2 }));
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, domains.length * 44)}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" unit="%" domain={[0, "dataMax"]} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => `${value}%`} />
          <Bar dataKey="weight" fill="#0b5cad" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
