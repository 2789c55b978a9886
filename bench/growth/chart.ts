/**
 * @module A tiny SVG line chart, written by hand so the benchmark needs no chart library: panels
 * side by side, each with linear axes from 0, tick labels, one polyline per series and a legend.
 */
export interface Series {
  name: string;
  points: Array<[number, number]>;
}
export interface Panel {
  xLabel: string;
  series: Series[];
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];
const W = 460;
const H = 320;
const M = { left: 56, right: 16, top: 40, bottom: 76 };

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** About five round tick values from 0 to at least `max`. */
function ticks(max: number): number[] {
  const raw = max / 5 || 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 0.001; v += step) out.push(Number(v.toPrecision(6)));
  if ((out.at(-1) ?? 0) < max) out.push(Number((out.length * step).toPrecision(6)));
  return out;
}

function panel(p: Panel, offsetX: number): string {
  const xs = p.series.flatMap((s) => s.points.map(([x]) => x));
  const ys = p.series.flatMap((s) => s.points.map(([, y]) => y));
  const xTicks = ticks(Math.max(...xs));
  const yTicks = ticks(Math.max(...ys));
  const xMax = xTicks.at(-1) as number;
  const yMax = yTicks.at(-1) as number;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const sx = (x: number) => offsetX + M.left + (x / xMax) * plotW;
  const sy = (y: number) => M.top + plotH - (y / yMax) * plotH;
  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(
      `<line x1="${sx(0)}" y1="${sy(t)}" x2="${sx(xMax)}" y2="${sy(t)}" stroke="#ddd"/>`,
      `<text x="${sx(0) - 6}" y="${sy(t) + 4}" text-anchor="end" font-size="11">${t}</text>`,
    );
  }
  for (const t of xTicks) {
    parts.push(`<text x="${sx(t)}" y="${sy(0) + 16}" text-anchor="middle" font-size="11">${t}</text>`);
  }
  parts.push(
    `<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(xMax)}" y2="${sy(0)}" stroke="#333"/>`,
    `<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(0)}" y2="${sy(yMax)}" stroke="#333"/>`,
    `<text x="${sx(xMax / 2)}" y="${sy(0) + 34}" text-anchor="middle" font-size="12">${esc(p.xLabel)}</text>`,
    `<text x="${sx(0)}" y="${M.top - 10}" font-size="11">ms</text>`,
  );
  p.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const line = s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ");
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${line}"/>`);
    for (const [x, y] of s.points) {
      parts.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${color}"/>`);
    }
    const ly = H - 26 + i * 14;
    parts.push(
      `<line x1="${offsetX + M.left}" y1="${ly - 4}" x2="${offsetX + M.left + 18}" y2="${ly - 4}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${offsetX + M.left + 24}" y="${ly}" font-size="11">${esc(s.name)}</text>`,
    );
  });
  return parts.join("\n");
}

export function lineChart(input: { title: string; panels: Panel[] }): string {
  const width = W * input.panels.length;
  const body = input.panels.map((p, i) => panel(p, i * W)).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="sans-serif" role="img" aria-labelledby="chart-title">
<title id="chart-title">${esc(input.title)}</title>
<rect width="100%" height="100%" fill="white"/>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(input.title)}</text>
${body}
</svg>
`;
}
