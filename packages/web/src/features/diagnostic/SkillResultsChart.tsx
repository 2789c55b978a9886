import {
  CartesianGrid,
  ErrorBar,
  ReferenceDot,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from "recharts";
import type { SkillResult } from "./skill-results";

/**
 * Ability per skill as a point with its 90% interval, and, when given, the level a target
 * certification needs as a red ring on the same row. Hidden from screen readers: the table
 * next to it carries the same numbers. Loaded lazily with the chart library.
 */
export default function SkillResultsChart({
  results,
  needed,
}: {
  results: SkillResult[];
  /** Level (0–4 scale) a target needs, by skill id. */
  needed?: Partial<Record<string, number>> | undefined;
}) {
  const data = results
    .filter((r) => r.known)
    .map((r, index) => ({
      y: index,
      name: r.name,
      level: r.level,
      error: [r.level - r.low, r.high - r.level],
    }));
  const targets = results
    .filter((r) => r.known)
    .flatMap((r, index) =>
      needed?.[r.id] === undefined ? [] : [{ y: index, level: needed[r.id] as number }],
    );
  if (data.length === 0) return null;
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 34 + 40)}>
        <ScatterChart accessibilityLayer={false} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="level" domain={[-0.5, 4.5]} ticks={[0, 1, 2, 3, 4]} name="Level" />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.5, data.length - 0.5]}
            ticks={data.map((d) => d.y)}
            tickFormatter={(y: number) => data[y]?.name ?? ""}
            width={170}
            reversed
          />
          <Scatter data={data} fill="#0b5cad" isAnimationActive={false}>
            <ErrorBar dataKey="error" direction="x" stroke="#0b5cad" width={6} isAnimationActive={false} />
          </Scatter>
          {targets.map((t) => (
            <ReferenceDot key={t.y} x={t.level} y={t.y} r={7} fill="none" stroke="#b3261e" strokeWidth={2} />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
