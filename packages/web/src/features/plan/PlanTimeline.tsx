import type { Plan } from "@certpath/core";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * A Gantt-like timeline: one bar per stage from its first to its last study block. Hidden from
 * screen readers; the stage table beside it lists the same dates.
 */
export default function PlanTimeline({ plan }: { plan: Plan }) {
  const start = dayNumber(plan.constraints.startDate);
  const spans = plan.stages
    .map((stage) => {
      const dates = plan.weeks.flatMap((w) =>
        w.blocks.filter((b) => b.stageId === stage.id).map((b) => b.date),
      );
      if (dates.length === 0) return null;
      dates.sort();
      const first = dayNumber(dates[0] as string) - start;
      const last = dayNumber(dates.at(-1) as string) - start + 1;
      return { name: stage.title, offset: first, length: last - first };
    })
    .filter((span): span is { name: string; offset: number; length: number } => span !== null);
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, spans.length * 28 + 40)}>
        <BarChart accessibilityLayer={false} data={spans} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" unit=" d" />
          <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value, name) => (name === "length" ? [`${value} days`, "Duration"] : null)} />
          <Bar dataKey="offset" stackId="t" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="length" stackId="t" fill="#0b5cad" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
