import path from "node:path";
import type { Browser } from "playwright-core";
import { startStaticServer } from "../../test/browser/support/staticServer";
import { fmt, median, type Metric } from "../harness";
import { METRICS } from "../metrics";
import { bundleBenchPage } from "./benchPage";
import { freshContext } from "./chromium";

const INSTALLMENTS = 100_000;
const OUT = path.resolve(".bench", "ledger");

interface LedgerBench {
  prepare(n: number): number;
  importOnce(): Promise<{ ms: number; validateMs: number; installments: number; refused: number }>;
  todayOnce(read: "page" | "whole" | "today"): Promise<TodayRun>;
  profileImport(): Promise<Record<string, number>>;
  writeFloor(rounds: number): Promise<{ currentMs: number[]; v1Ms: number[]; bareMs: number[]; records: number }>;
  saveView(): Promise<{ ms: number; saved: boolean; installments: number; kb: number }>;
  addReminders(): Promise<number>;
  readProfile(): Promise<Record<string, number>>;
  afterReminder(n: number): Promise<{ ms: number; readMs: number; same: boolean }>;
}

interface TodayRun {
  loadMs: number;
  queueMs: number;
  installments: number;
  records: number;
  items: number;
  fingerprint: number;
  /** Whether the read was the saved open-items view. */
  view: boolean;
}

/**
 * The Today figures beside the goal's own (ledger.today.100k.ms: read + queue, as the Today page
 * does it), so that no cost hides behind another: the narrower read the queue needs, and each part
 * alone. Only the page's figure carries the goal; the parts are what to compare it with.
 */
const TODAY_PARTS = {
  "ledger.today.whole.100k.ms": { unit: "ms", what: "loadSnapshot (the whole ledger) + todayQueue: an opening with no current view saved (the first after an import, or after another pane wrote and closed before saving it)" },
  "ledger.today.narrow.100k.ms": { unit: "ms", what: "loadTodaySnapshot (what the queue needs) + todayQueue; not what the page calls" },
  "ledger.today.queue.100k.ms": { unit: "ms", what: "todayQueue alone, given the whole loaded ledger: what a page holding its snapshot pays per change" },
  "ledger.today.afterReminder.100k.ms": { unit: "ms", what: "a kept snapshot after one reminder is logged: reloadTables(reminders) + todayQueue; what the open pane pays after a write (src/core/store/watchLedger.ts)" },
} as const;

const ms = (xs: readonly number[]) => xs.map(fmt).join(", ");

/** ledger.import.100k.ms, ledger.today.100k.ms and the Today parts, in Chromium with real IndexedDB. */
export async function ledgerMetrics(browser: Browser, runs: { imports: number; todays: number }): Promise<Metric[]> {
  const imp = METRICS["ledger.import.100k.ms"];
  const today = METRICS["ledger.today.100k.ms"];
  // The ledger page: the real importer, store and Today queue.
  await bundleBenchPage("bench/browser/ledgerPage.ts", OUT, "ledgerPage", "index.html");
  const server = await startStaticServer(OUT);
  const { context } = await freshContext(browser, server.url);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.title === "ready");
    const call = <T>(fn: (b: LedgerBench) => Promise<T> | T): Promise<T> =>
      page.evaluate(`(${fn.toString()})(window.__ledgerBench)`) as Promise<T>;
    // The same with one number passed in (a function given to call() cannot close over anything).
    const callWith = <K extends "writeFloor" | "afterReminder">(name: K, arg: number): ReturnType<LedgerBench[K]> =>
      page.evaluate(([n, a]) => (window as unknown as { __ledgerBench: Record<string, (x: number) => unknown> }).__ledgerBench[n](a), [name, arg] as const) as ReturnType<LedgerBench[K]>;
    const rows = await page.evaluate((n) => (window as unknown as { __ledgerBench: LedgerBench }).__ledgerBench.prepare(n), INSTALLMENTS);
    const imports = [];
    for (let i = 0; i < runs.imports; i++) imports.push(await call((b) => b.importOnce()));
    const bad = imports.find((r) => r.installments !== INSTALLMENTS);
    const metrics: Metric[] = [];
    if (bad) {
      metrics.push({ name: "ledger.import.100k.ms", ...imp, missing: `the importer stored ${bad.installments} of ${INSTALLMENTS} installments (${bad.refused} rows refused)` });
      metrics.push({ name: "ledger.today.100k.ms", ...today, missing: "no 100,000-installment ledger to build the queue from" });
      for (const [name, { unit }] of Object.entries(TODAY_PARTS)) metrics.push({ name, unit, missing: "no 100,000-installment ledger to build the queue from" });
      return metrics;
    }
    const importMs = imports.map((r) => r.ms);
    const profile = await call((b) => b.profileImport());
    const where = Object.entries(profile).map(([step, ms]) => `${step} ${fmt(ms)}`).join(", ");
    const floor = await callWith("writeFloor", runs.imports > 1 ? 2 : 1);
    metrics.push({
      name: "ledger.import.100k.ms", ...imp, value: median(importMs),
      detail: `${rows.toLocaleString("en")} sheet rows (10,000 contracts, 2,000 customers, 85% of what fell due over a month ago received: 77,878 receipts, each with its allocation) through the chunked importer (prepareImport, then applyImport's one transaction) into an empty ledger; ` +
        `median of ${runs.imports}: ${ms(importMs)} ms, of which validating ${fmt(median(imports.map((r) => r.validateMs)))} ms. ` +
        `Where it goes (one diagnostic run of the same steps, ms): ${where}. ` +
        `Floor on this machine, the ${floor.records.toLocaleString("en")} installment, receipt and allocation records alone with bulkPut in one transaction: ` +
        `${ms(floor.currentMs)} ms with the ledger's present indexes (unchanged since v2), ${ms(floor.v1Ms)} ms with the three more v1 had (installments.dueDate, receipts.date, allocations.installmentId), ${ms(floor.bareMs)} ms with none`,
    });
    const reminders = await call((b) => b.addReminders());
    // The first opening after the import: no view yet, the whole ledger is read (then the pane saves the view).
    const first = await call((b) => b.todayOnce("page"));
    const saved = await call((b) => b.saveView());
    if (!saved.saved) throw new Error("the open-items view was not saved");
    const asPage: TodayRun[] = [];
    const whole: TodayRun[] = [];
    const narrow: TodayRun[] = [];
    for (let i = 0; i < runs.todays; i++) {
      // Interleaved, so that the machine's load hits every way alike.
      asPage.push(await call((b) => b.todayOnce("page")));
      whole.push(await call((b) => b.todayOnce("whole")));
      narrow.push(await call((b) => b.todayOnce("today")));
    }
    if (first.view || asPage.some((t) => !t.view)) throw new Error("the page read the saved view before it was saved, or not after");
    const differ = [first, ...asPage, ...narrow].find((t) => t.fingerprint !== whole[0].fingerprint || t.items !== whole[0].items);
    if (differ) throw new Error(`the Today queue differs between reads (${differ.items} items against ${whole[0].items})`);
    const reads = await call((b) => b.readProfile());
    const total = (t: TodayRun) => t.loadMs + t.queueMs;
    const of = `over ${whole[0].installments.toLocaleString("en")} installments and ${reminders.toLocaleString("en")} reminders → ${whole[0].items.toLocaleString("en")} items; median of ${runs.todays}`;
    metrics.push({
      name: "ledger.today.100k.ms", ...today, value: median(asPage.map(total)),
      detail: `as the Today page does it when the pane opens: the saved open-items view (core/store/openItemsView: ${asPage[0].records.toLocaleString("en")} records, ` +
        `${asPage[0].installments.toLocaleString("en")} open installments, ${fmt(saved.kb)} kB of JSON, current while the ledger's change stamp is unchanged) + todayQueue ${of}: ` +
        `read ${fmt(median(asPage.map((t) => t.loadMs)))} ms + queue ${fmt(median(asPage.map((t) => t.queueMs)))} ms; runs ${ms(asPage.map(total))} ms; same queue as from the whole ledger. ` +
        `The first opening after the import, before any pane saved the view, read the whole ledger: ${fmt(total(first))} ms; saving the view then took ${fmt(saved.ms)} ms (off the page's path, after writes settle)`,
    });
    const parts: [keyof typeof TODAY_PARTS, number[], string][] = [
      ["ledger.today.whole.100k.ms", whole.map(total), `loadSnapshot (${whole[0].records.toLocaleString("en")} records) + todayQueue ${of}: read ${fmt(median(whole.map((t) => t.loadMs)))} ms + queue ${fmt(median(whole.map((t) => t.queueMs)))} ms. ` +
        `Each table read alone (ms): ${Object.entries(reads).map(([t, v]) => `${t} ${fmt(v)}`).join(", ")}`],
      ["ledger.today.narrow.100k.ms", narrow.map(total), `loadTodaySnapshot (${narrow[0].records.toLocaleString("en")} records) + todayQueue ${of}: read ${fmt(median(narrow.map((t) => t.loadMs)))} ms + queue ${fmt(median(narrow.map((t) => t.queueMs)))} ms; same queue as the page's`],
      ["ledger.today.queue.100k.ms", whole.map((t) => t.queueMs), `todayQueue alone on the whole loaded ledger, median of ${runs.todays}`],
    ];
    const after = [];
    for (let i = 0; i < Math.max(1, Math.round(runs.todays / 3)); i++) after.push(await callWith("afterReminder", i));
    if (after.some((a) => !a.same)) throw new Error("the queue from a kept snapshot differs from the queue from a full read");
    parts.push(["ledger.today.afterReminder.100k.ms", after.map((a) => a.ms), `median of ${after.length} (re-read ${ms(after.map((a) => a.readMs))} ms of it), each checked against the queue from a full read after the same change`]);
    for (const [name, values, detail] of parts) {
      metrics.push({ name, unit: TODAY_PARTS[name].unit, value: median(values), detail: `${TODAY_PARTS[name].what}. ${detail}: ${ms(values)} ms` });
    }
    return metrics;
  } finally {
    await context.close();
    await server.close();
  }
}
