/**
 * The Node figures, run from a bundle (scripts/bench.mjs → bench/main.ts builds it with esbuild):
 * bundled, imported constants and classes are plain bindings as in the webpack build Excel runs,
 * not tsx's per-module getters, which made the aging loop look three times slower than it is.
 * Prints each metric as one `METRIC {json}` line on stdout for bench/main.ts; progress on stderr.
 */
import type { Metric } from "./harness";
import { METRICS } from "./metrics";
import { agingByRatio } from "./suites/agingByRatio";
import { agingRatio } from "./suites/agingRatio";
import { sumifsRatio } from "./suites/sumifsRatio";

const MILLION = 1_000_000;

/**
 * HyperFormula holds a 100,000-row sheet in about 0.6 GB and takes about two seconds to
 * recalculate five SUMIFS over it; at 1,000,000 rows it needs several GB and most of a minute per
 * round, so sumifs.vs.aging is taken at 100,000 rows on both sides (docs/performance.md).
 */
export const SUMIFS_ROWS = 100_000;

export const NODE_SUITES: Record<string, { metrics: string[]; run(quick: boolean): Metric[] }> = {
  aging: { metrics: ["aging.1m.ratio"], run: (q) => agingRatio({ rows: MILLION, rounds: q ? 5 : 21, warmup: q ? 2 : 5 }) },
  agingby: { metrics: ["agingby.1m.ratio"], run: (q) => agingByRatio({ rows: MILLION, customers: 10_000, rounds: q ? 3 : 11, warmup: q ? 1 : 3 }) },
  sumifs: { metrics: ["sumifs.vs.aging"], run: (q) => sumifsRatio({ rows: SUMIFS_ROWS, rounds: q ? 3 : 7, warmup: 1 }) },
};

function main(): void {
  const quick = process.argv.includes("--quick");
  const ids = (process.argv.find((a) => a.startsWith("--suites="))?.slice("--suites=".length) ?? Object.keys(NODE_SUITES).join(",")).split(",");
  for (const id of ids) {
    const suite = NODE_SUITES[id];
    if (!suite) continue;
    process.stderr.write(`bench: ${id}…\n`);
    let results: Metric[];
    try {
      results = suite.run(quick);
    } catch (e) {
      const reason = `the ${id} benchmark failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
      results = suite.metrics.map((name) => ({ name, unit: METRICS[name].unit, goal: METRICS[name].goal, missing: reason }));
    }
    for (const m of results) process.stdout.write(`METRIC ${JSON.stringify(m)}\n`);
  }
}

main();
