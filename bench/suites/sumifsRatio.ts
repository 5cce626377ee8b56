import { HyperFormula } from "hyperformula";
import { AS_OF, ledgerColumns } from "../data";
import { fmt, interleaved, keep, median, medianRatio, type Metric } from "../harness";
import { METRICS } from "../metrics";
import { functionById } from "./catalogById";

export interface SumifsOptions {
  readonly rows: number;
  readonly rounds: number;
  readonly warmup: number;
}

/**
 * What an analyst writes without AR.AGING: one SUMIFS per bucket of the default bounds 30, 60, 90,
 * each reading the as-of date from B1 (Current = due on or after it, then 1-30, 31-60, 61-90, >90).
 */
export function sumifsFormulas(rows: number): string[] {
  const due = `Data!$A$1:$A$${rows}`;
  const amt = `Data!$B$1:$B$${rows}`;
  const older = (days: number) => `"<"&($B$1-${days})`;
  const notOlder = (days: number) => `">="&($B$1-${days})`;
  return [
    `=SUMIFS(${amt},${due},">="&$B$1)`,
    `=SUMIFS(${amt},${due},"<"&$B$1,${due},${notOlder(30)})`,
    `=SUMIFS(${amt},${due},${older(30)},${due},${notOlder(60)})`,
    `=SUMIFS(${amt},${due},${older(60)},${due},${notOlder(90)})`,
    `=SUMIFS(${amt},${due},${older(90)})`,
  ];
}

/**
 * sumifs.vs.aging: the five SUMIFS recalculated in HyperFormula after the as-of date changes ÷
 * AR.AGING over the same rows at the same as-of date. Every sample moves the as-of date to a day
 * not used before, so neither side can answer from a cache of an earlier sample.
 */
export function sumifsRatio(opts: SumifsOptions): Metric[] {
  const name = "sumifs.vs.aging";
  const { unit, goal } = METRICS[name];
  const aging = functionById("AGING");
  if (!aging) return [{ name, unit, goal, missing: "AR.AGING is not in the catalog" }];
  const data = ledgerColumns(opts.rows);
  const sheetRows = data.dueDates.map((d, i) => [d[0], data.amounts[i][0]]);
  const hf = HyperFormula.buildFromSheets(
    { Data: sheetRows, Report: [["As of", AS_OF], ["Current", "1-30", "31-60", "61-90", ">90"], sumifsFormulas(opts.rows)] },
    { licenseKey: "gpl-v3", maxRows: 1_048_576 }, // Excel's sheet size; the default stops at 40,000 rows
  );
  const report = hf.getSheetId("Report")!;
  let asOfHf = AS_OF;
  let asOfAging = AS_OF;
  const sumifsTotals = () => (hf.getSheetValues(report)[2] as number[]).map((v) => Math.round(v * 100) / 100);
  const samples = interleaved(
    {
      sumifs: () => {
        hf.setCellContents({ sheet: report, row: 0, col: 1 }, [[++asOfHf]]);
        return hf.getCellValue({ sheet: report, row: 2, col: 4 });
      },
      aging: () => aging(data.dueDates, data.amounts, ++asOfAging),
    },
    opts,
  );
  // Like for like: both sides must give the same five totals at the same as-of date.
  const agingTotals = (aging(data.dueDates, data.amounts, asOfHf) as number[][])[1];
  const hfTotals = sumifsTotals();
  // HyperFormula adds doubles, so a total of 10^9 may drift by a few cents; AR.AGING adds cents exactly.
  const agree = hfTotals.every((t, i) => Math.abs(t - agingTotals[i]) <= 0.005 + Math.abs(agingTotals[i]) * 1e-10);
  keep(hf);
  hf.destroy();
  if (!agree) return [{ name, unit, goal, missing: `SUMIFS and AR.AGING disagree (${hfTotals} vs ${agingTotals}), so the ratio would compare different work` }];
  const value = medianRatio(samples, "sumifs", "aging");
  const detail =
    `${opts.rows.toLocaleString("en")} rows (HyperFormula ${HyperFormula.version}), ${opts.rounds} interleaved rounds: ` +
    `5 SUMIFS recalculation ${fmt(median(samples.sumifs))} ms, AR.AGING ${fmt(median(samples.aging))} ms; totals agree (to float noise)`;
  return [{ name, unit, goal, value, detail }];
}
