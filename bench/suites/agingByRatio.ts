import { AS_OF, bareSum, ledgerColumns } from "../data";
import { fmt, interleaved, median, medianRatio, type Metric } from "../harness";
import { METRICS } from "../metrics";
import type { RatioOptions } from "./agingRatio";
import { functionById } from "./catalogById";

/** agingby.1m.ratio: AR.AGINGBY on Excel-shaped columns over 10,000 customers ÷ the bare loop. */
export function agingByRatio(opts: RatioOptions & { readonly customers: number }): Metric[] {
  const name = "agingby.1m.ratio";
  const { unit, goal } = METRICS[name];
  const agingBy = functionById("AGINGBY");
  if (!agingBy) return [{ name, unit, goal, missing: "AR.AGINGBY is not in the catalog yet (no @customfunction AGINGBY exported from src/functions/catalog.ts)" }];
  const data = ledgerColumns(opts.rows, opts.customers);
  const report = agingBy(data.keys, data.dueDates, data.amounts, AS_OF) as unknown[][];
  if (!Array.isArray(report) || report.length !== opts.customers + 1) {
    return [{ name, unit, goal, missing: `AR.AGINGBY answered ${describe(report)}, not a header and ${opts.customers} customer rows` }];
  }
  const samples = interleaved(
    {
      bare: () => bareSum(data.amounts),
      agingBy: () => agingBy(data.keys, data.dueDates, data.amounts, AS_OF),
    },
    opts,
  );
  const value = medianRatio(samples, "agingBy", "bare");
  const detail =
    `${opts.rows.toLocaleString("en")} rows, ${opts.customers.toLocaleString("en")} customers, ${opts.rounds} interleaved rounds: ` +
    `AR.AGINGBY ${fmt(median(samples.agingBy))} ms, bare loop ${fmt(median(samples.bare))} ms`;
  return [{ name, unit, goal, value, detail }];
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `${v.length} rows`;
  return String(v);
}
