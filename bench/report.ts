import { goalMet, type Metric } from "./harness";

/** One JSON object per line: name, value, unit (value null when missing), plus goal, met and why. */
export function jsonLines(metrics: readonly Metric[]): string {
  return metrics
    .map((m) =>
      JSON.stringify({
        name: m.name,
        value: m.value === undefined ? null : round(m.value),
        unit: m.unit,
        ...(m.goal ? { goal: `${m.goal.op} ${m.goal.value}`, met: goalMet(m) ?? false } : {}),
        ...(m.missing ? { missing: m.missing } : {}),
        ...(m.detail ? { detail: m.detail } : {}),
      }),
    )
    .join("\n");
}

/** A table for people: every metric with its goal and verdict; a missing one says why. */
export function humanTable(metrics: readonly Metric[], header: string): string {
  const rows = metrics.map((m) => {
    const met = goalMet(m);
    const verdict = m.value === undefined ? "MISSING" : met ? "met" : "NOT MET";
    return [m.name, m.value === undefined ? "—" : `${round(m.value)} ${m.unit}`, m.goal ? `${m.goal.op} ${m.goal.value}` : "", verdict];
  });
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ["metric", "value", "goal", ""][c].length));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
  const notes = metrics
    .filter((m) => m.missing || m.detail)
    .map((m) => `  ${m.name}: ${m.missing ? `missing — ${m.missing}` : m.detail}`);
  return [header, "", line(["metric", "value", "goal", ""]), ...rows.map(line), "", ...notes].join("\n");
}

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}
