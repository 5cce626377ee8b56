import type { Metric } from "../harness";
import { METRICS } from "../metrics";
import { launchChromium } from "./chromium";
import { ledgerMetrics } from "./ledgerBench";
import { taskpaneMetrics } from "./taskpaneBench";

const TASKPANE = ["functions.ready.ms", "taskpane.initial.gzip.kb"];
const LEDGER = ["ledger.import.100k.ms", "ledger.today.100k.ms"];

function missing(names: readonly string[], reason: string): Metric[] {
  return names.map((name) => ({ name, unit: METRICS[name].unit, goal: METRICS[name].goal, missing: reason }));
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}

/** The figures measured in Chromium; each group fails on its own, reported as missing with why. */
export async function browserSuite(opts: { quick: boolean; only?: readonly string[] }): Promise<Metric[]> {
  const wanted = (names: readonly string[]) => !opts.only || opts.only.some((o) => o === "browser" || names.includes(o));
  let browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    return missing([...TASKPANE, ...LEDGER], `Chromium could not start: ${reasonOf(e)}`);
  }
  const metrics: Metric[] = [];
  try {
    if (wanted(TASKPANE)) {
      metrics.push(...(await taskpaneMetrics(browser, opts.quick ? 3 : 9).catch((e) => missing(TASKPANE, `taskpane benchmark failed: ${reasonOf(e)}`))));
    }
    if (wanted(LEDGER)) {
      const runs = opts.quick ? { imports: 1, todays: 3 } : { imports: 3, todays: 9 };
      metrics.push(...(await ledgerMetrics(browser, runs).catch((e) => missing(LEDGER, `ledger benchmark failed: ${reasonOf(e)}`))));
    }
  } finally {
    await browser.close();
  }
  return metrics;
}
