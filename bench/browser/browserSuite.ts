import type { Metric } from "../harness";
import { METRICS } from "../metrics";
import { launchChromium } from "./chromium";
import { ledgerMetrics } from "./ledgerBench";
import { PANE_PAGES, paneMetrics } from "./paneBench";
import { taskpaneMetrics } from "./taskpaneBench";

const TASKPANE = ["functions.ready.ms", "taskpane.initial.gzip.kb"];
const LEDGER = ["ledger.import.100k.ms", "ledger.today.100k.ms"];
const PANE = PANE_PAGES.map((p) => p.name);

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
    const reason = `Chromium could not start: ${reasonOf(e)}`;
    return [...missing([...TASKPANE, ...LEDGER], reason), ...PANE.map((name) => ({ name, unit: "ms", missing: reason }))];
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
    if (wanted(PANE)) {
      metrics.push(...(await paneMetrics(browser, opts.quick ? 1 : 3).catch((e) => PANE.map((name) => ({ name, unit: "ms", missing: `pane benchmark failed: ${reasonOf(e)}` })))));
    }
  } finally {
    await browser.close();
  }
  return metrics;
}
