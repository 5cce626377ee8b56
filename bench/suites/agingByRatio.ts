import { AS_OF, bareSum, ledgerColumns } from "../data";
import { fmt, interleaved, median, medianRatio, type Metric } from "../harness";
import { METRICS } from "../metrics";
import type { RatioOptions } from "./agingRatio";
import { functionById, type CustomFunction } from "./catalogById";

/**
 * agingby.1m.ratio: AR.AGINGBY on Excel-shaped columns over 10,000 customers ÷ the bare loop.
 *
 * The keys are customer names (`C00042 Trading Co., Ltd.`), so every row's key is a string object
 * of its own, as Excel hands them over: its runtime JSON-parses a range, and V8's JSON.parse
 * interns only strings of up to 10 characters — the bare codes (`C00042`) would arrive as one
 * shared object per customer, whose hash V8 computes once for the whole pass. The codes are timed
 * too and reported in the detail line; the names, the harder case, are the figure.
 */
export function agingByRatio(opts: RatioOptions & { readonly customers: number }): Metric[] {
  const name = "agingby.1m.ratio";
  const { unit, goal } = METRICS[name];
  const agingBy = functionById("AGINGBY");
  if (!agingBy) return [{ name, unit, goal, missing: "AR.AGINGBY is not in the catalog yet (no @customfunction AGINGBY exported from src/functions/catalog.ts)" }];
  const data = ledgerColumns(opts.rows, opts.customers);
  const names = excelColumn(data.keys.map(([code]) => `${code} Trading Co., Ltd.`));
  const sum = bareSum(data.amounts);
  for (const keys of [names, data.keys]) {
    const wrong = checkReport(agingBy(keys, data.dueDates, data.amounts, AS_OF), opts.customers, sum);
    if (wrong) return [{ name, unit, goal, missing: `AR.AGINGBY answered ${wrong}, so its time would not mean anything` }];
  }
  const run = (keys: string[][]): unknown => agingBy(keys, data.dueDates, data.amounts, AS_OF);
  const samples = interleaved({ bare: () => bareSum(data.amounts), names: () => run(names), codes: () => run(data.keys) }, opts);
  const value = medianRatio(samples, "names", "bare");
  const detail =
    `${opts.rows.toLocaleString("en")} rows, ${opts.customers.toLocaleString("en")} customers, ${opts.rounds} interleaved rounds: ` +
    `AR.AGINGBY ${fmt(median(samples.names))} ms with customer names (a string object per row), bare loop ${fmt(median(samples.bare))} ms; ` +
    `with 6-character codes (interned by JSON.parse, one object per customer) ${fmt(median(samples.codes))} ms, ` +
    `${medianRatio(samples, "codes", "bare").toFixed(2)}× the bare loop`;
  return [{ name, unit, goal, value, detail }];
}

/** A column built as Excel's runtime builds it: one-element rows from JSON.parse. */
function excelColumn(values: string[]): string[][] {
  return JSON.parse(JSON.stringify(values.map((v) => [v]))) as string[][];
}

/**
 * What is wrong with a report for the bench data, or undefined: a header and one row per customer
 * whose totals (last column) add up to the amounts (the bare loop adds doubles: allow its drift).
 */
function checkReport(report: ReturnType<CustomFunction>, customers: number, sum: number): string | undefined {
  if (!Array.isArray(report)) return String(report);
  if (report.length !== customers + 1) return `${report.length} rows, not a header and ${customers} customer rows`;
  let added = 0;
  for (const row of report.slice(1) as number[][]) added += row[row.length - 1];
  if (Math.abs(added - sum) > 0.005 + Math.abs(sum) * 1e-9) return `totals adding up to ${added}, not the amounts' ${sum}`;
  return undefined;
}
