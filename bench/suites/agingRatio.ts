import { AS_OF, bareSum, ledgerColumns } from "../data";
import { fmt, interleaved, median, medianRatio, type Metric } from "../harness";
import { METRICS } from "../metrics";
import { functionById } from "./catalogById";

export interface RatioOptions {
  readonly rows: number;
  readonly rounds: number;
  readonly warmup: number;
}

/** A loop that reads both columns and does nothing else: how close any aging can get. */
function bareBoth(dueDates: readonly (readonly unknown[])[], amounts: readonly (readonly unknown[])[]): number {
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) sum += (amounts[i][0] as number) + (dueDates[i][0] as number);
  return sum;
}

/** aging.1m.ratio: AR.AGING's adapter on Excel-shaped columns ÷ the bare loop over the amounts. */
export function agingRatio(opts: RatioOptions): Metric[] {
  const name = "aging.1m.ratio";
  const { unit, goal } = METRICS[name];
  const aging = functionById("AGING");
  if (!aging) return [{ name, unit, goal, missing: "AR.AGING is not in the catalog" }];
  const data = ledgerColumns(opts.rows);
  // The timed call must do the whole job: its five totals must add up to the amounts (the bare
  // loop adds doubles, so allow its rounding drift).
  const totals = (aging(data.dueDates, data.amounts, AS_OF) as number[][])[1];
  const sum = bareSum(data.amounts);
  const added = totals.reduce((s, t) => s + t, 0);
  if (totals.length !== 5 || Math.abs(added - sum) > 0.005 + Math.abs(sum) * 1e-9) {
    return [{ name, unit, goal, missing: `AR.AGING's totals (${totals}) do not add up to the amounts (${sum}), so its time would not mean anything` }];
  }
  const samples = interleaved(
    {
      bare: () => bareSum(data.amounts),
      aging: () => aging(data.dueDates, data.amounts, AS_OF),
      bothColumns: () => bareBoth(data.dueDates, data.amounts),
    },
    opts,
  );
  const value = medianRatio(samples, "aging", "bare");
  const floor = medianRatio(samples, "bothColumns", "bare");
  const detail =
    `${opts.rows.toLocaleString("en")} rows, ${opts.rounds} interleaved rounds: AR.AGING ${fmt(median(samples.aging))} ms, ` +
    `bare loop ${fmt(median(samples.bare))} ms; reading both columns and nothing else is ${floor.toFixed(2)}× the bare loop`;
  return [{ name, unit, goal, value, detail }];
}
