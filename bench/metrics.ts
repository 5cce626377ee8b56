import type { Goal } from "./harness";

/** The figures `npm run bench` reports, their units and goals (issue 6). */
export const METRICS: Record<string, { readonly unit: string; readonly goal: Goal; readonly what: string }> = {
  "aging.1m.ratio": { unit: "ratio", goal: { op: "<=", value: 1.5 }, what: "AR.AGING on 1,000,000 rows ÷ bare loop summing the amounts" },
  "agingby.1m.ratio": { unit: "ratio", goal: { op: "<=", value: 5 }, what: "AR.AGINGBY on 1,000,000 rows, 10,000 customers ÷ bare loop" },
  "sumifs.vs.aging": { unit: "ratio", goal: { op: ">=", value: 50 }, what: "five SUMIFS recalculated in HyperFormula ÷ AR.AGING, same rows" },
  "ledger.import.100k.ms": { unit: "ms", goal: { op: "<=", value: 3000 }, what: "import 100,000 installments into the Dexie ledger (Chromium)" },
  "ledger.today.100k.ms": { unit: "ms", goal: { op: "<=", value: 150 }, what: "Today queue from a 100,000-installment ledger (Chromium)" },
  "functions.ready.ms": { unit: "ms", goal: { op: "<=", value: 300 }, what: "navigation → last AR function registered (built taskpane.html)" },
  "taskpane.initial.gzip.kb": { unit: "kB", goal: { op: "<=", value: 300 }, what: "gzipped JS taskpane.html loads before first paint" },
};

export type MetricName = keyof typeof METRICS;
