import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser } from "playwright-core";
import { startStaticServer } from "../../test/browser/support/staticServer";
import { fmt, median, type Metric } from "../harness";
import { METRICS } from "../metrics";
import { freshContext } from "./chromium";

const INSTALLMENTS = 100_000;
const OUT = path.resolve(".bench", "ledger");

interface LedgerBench {
  prepare(n: number): number;
  importOnce(): Promise<{ ms: number; validateMs: number; installments: number; refused: number }>;
  todayOnce(): Promise<{ loadMs: number; queueMs: number; installments: number; items: number }>;
  profileImport(): Promise<Record<string, number>>;
  writeFloor(): Promise<{ indexedMs: number; bareMs: number }>;
}

/** Bundle the ledger page (the real importer, store and Today queue) into .bench/ledger/. */
async function buildPage(): Promise<void> {
  const esbuild = createRequire(__filename)("esbuild") as typeof import("esbuild");
  mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    entryPoints: [path.resolve("bench/browser/ledgerPage.ts")],
    bundle: true, platform: "browser", format: "iife", target: "chrome120", minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    outfile: path.join(OUT, "ledgerPage.js"), logLevel: "warning",
  });
  writeFileSync(path.join(OUT, "index.html"), '<!doctype html><meta charset="utf-8"><title>loading</title><script src="ledgerPage.js"></script>');
}

/** ledger.import.100k.ms and ledger.today.100k.ms in Chromium with real IndexedDB. */
export async function ledgerMetrics(browser: Browser, runs: { imports: number; todays: number }): Promise<Metric[]> {
  const imp = METRICS["ledger.import.100k.ms"];
  const today = METRICS["ledger.today.100k.ms"];
  await buildPage();
  const server = await startStaticServer(OUT);
  const { context } = await freshContext(browser, server.url);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.title === "ready");
    const call = <T>(fn: (b: LedgerBench) => Promise<T> | T): Promise<T> =>
      page.evaluate(`(${fn.toString()})(window.__ledgerBench)`) as Promise<T>;
    const rows = await page.evaluate((n) => (window as unknown as { __ledgerBench: LedgerBench }).__ledgerBench.prepare(n), INSTALLMENTS);
    const imports = [];
    for (let i = 0; i < runs.imports; i++) imports.push(await call((b) => b.importOnce()));
    const bad = imports.find((r) => r.installments !== INSTALLMENTS);
    const metrics: Metric[] = [];
    if (bad) {
      metrics.push({ name: "ledger.import.100k.ms", ...imp, missing: `the importer stored ${bad.installments} of ${INSTALLMENTS} installments (${bad.refused} rows refused)` });
      metrics.push({ name: "ledger.today.100k.ms", ...today, missing: "no 100,000-installment ledger to build the queue from" });
      return metrics;
    }
    const importMs = imports.map((r) => r.ms);
    const profile = await call((b) => b.profileImport());
    const where = Object.entries(profile).map(([step, ms]) => `${step} ${fmt(ms)}`).join(", ");
    const floor = await call((b) => b.writeFloor());
    metrics.push({
      name: "ledger.import.100k.ms", ...imp, value: median(importMs),
      detail: `${rows.toLocaleString("en")} sheet rows (10,000 contracts, 2,000 customers, 85% of what fell due over a month ago received) through the chunked importer (prepareImport, then applyImport's one transaction) into an empty ledger; ` +
        `median of ${runs.imports}: ${importMs.map(fmt).join(", ")} ms, of which validating ${fmt(median(imports.map((r) => r.validateMs)))} ms. ` +
        `Where it goes (one diagnostic run of the same steps, ms): ${where}. ` +
        `Floor on this machine: bulkPut of the 100,000 installment records alone ${fmt(floor.indexedMs)} ms with their 3 indexes, ${fmt(floor.bareMs)} ms with none`,
    });
    const todays = [];
    for (let i = 0; i < runs.todays; i++) todays.push(await call((b) => b.todayOnce()));
    const totals = todays.map((t) => t.loadMs + t.queueMs);
    metrics.push({
      name: "ledger.today.100k.ms", ...today, value: median(totals),
      detail: `loadSnapshot + todayQueue over ${todays[0].installments.toLocaleString("en")} installments → ${todays[0].items} items; median of ${runs.todays}: ` +
        `read ${fmt(median(todays.map((t) => t.loadMs)))} ms + queue ${fmt(median(todays.map((t) => t.queueMs)))} ms`,
    });
    return metrics;
  } finally {
    await context.close();
    await server.close();
  }
}
