import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ensureBuild } from "../../test/browser/support/build";
import { startStaticServer } from "../../test/browser/support/staticServer";
import { fmt, median, type Metric } from "../harness";
import { bundleBenchPage } from "./benchPage";
import { freshContext } from "./chromium";

const INSTALLMENTS = 100_000;
const DIST = path.resolve("dist");
const OUT = path.resolve(".bench", "pane");

/**
 * Each page of the pane opened on the bench's 100,000-installment ledger (no goal: the goal
 * is the Today queue's; these say what an analyst waits for on every page). The content each waits
 * for, once the ledger's data is on screen.
 */
export const PANE_PAGES = [
  { name: "pane.open.today.100k.ms", hash: "#/today", content: "[data-testid=chase-row]" },
  { name: "pane.open.dashboard.100k.ms", hash: "#/dashboard", content: "[data-testid=aging-chart] svg" },
  { name: "pane.open.customers.100k.ms", hash: "#/customers", content: "[data-testid=customer-row]" },
  { name: "pane.open.contracts.100k.ms", hash: "#/contracts", content: "[data-testid=contract-row]" },
  { name: "pane.open.reminders.100k.ms", hash: "#/reminders", content: "[data-testid=reminders-page]" },
] as const;

/**
 * Injected before the pane's scripts: when `content` first matches (ms since navigation start), and
 * the longest task (over 50 ms: the pane's thread blocked) until then. Plain text, not a function:
 * the bench runs through tsx, which wraps functions in a helper the page does not have.
 */
const watchFor = (content: string): string => `(() => {
  const w = window; w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (w.__shownAt === undefined) w.__longest = Math.max(w.__longest, e.duration);
  }).observe({ type: "longtask", buffered: true });
  const check = () => { if (w.__shownAt === undefined && document.querySelector(${JSON.stringify(content)})) w.__shownAt = performance.now(); };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

/** Bundle the seeding page beside a copy of the built pane in .bench/pane/. */
async function buildSite(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  cpSync(DIST, OUT, { recursive: true });
  await bundleBenchPage("bench/browser/paneSeed.ts", OUT, "bench-seed");
}

/**
 * Every page of the built pane opened cold (a fresh load, the ledger already in IndexedDB, the
 * open-items view saved as a pane in use leaves it), `samples` times each, interleaved: from
 * navigation start to the page's content on screen, with the longest task before it.
 */
export async function paneMetrics(browser: Browser, samples: number): Promise<Metric[]> {
  const log = console.log;
  console.log = console.error; // ensureBuild reports a rebuild on stdout, which carries the --json lines
  try {
    ensureBuild();
  } finally {
    console.log = log;
  }
  await buildSite();
  const server = await startStaticServer(OUT);
  const { context } = await freshContext(browser, server.url);
  try {
    const seeding = await context.newPage();
    await seeding.goto(`${server.url}bench-seed.html`);
    await seeding.waitForFunction(() => document.title === "ready");
    const stored = await seeding.evaluate((n) => (window as unknown as { __seed: (n: number) => Promise<number> }).__seed(n), INSTALLMENTS);
    await seeding.close();
    if (stored !== INSTALLMENTS) throw new Error(`the importer stored ${stored} of ${INSTALLMENTS} installments`);
    // A pane in use saves its open-items view 1.5 s after writes settle; open one and let it.
    const first = await context.newPage();
    await first.goto(`${server.url}taskpane.html#/today`);
    await first.locator("[data-ledger=whole] [data-testid=chase-row]").first().waitFor({ timeout: 120_000 });
    await first.waitForTimeout(4000);
    await first.close();
    const runs = new Map<string, { shown: number; longest: number }[]>(PANE_PAGES.map((p) => [p.name, []]));
    for (let round = 0; round < samples; round++) {
      for (const p of PANE_PAGES) {
        const page = await context.newPage();
        await page.addInitScript({ content: watchFor(p.content) });
        await page.goto(`${server.url}taskpane.html${p.hash}`);
        // Inline functions (no name for tsx to wrap): a string would be eval, which the pane's CSP refuses.
        await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: 120_000 });
        // Long tasks are reported a little after they end: give the observer a moment.
        await page.waitForTimeout(200);
        runs.get(p.name)!.push(await page.evaluate(() => ({
          shown: (window as unknown as { __shownAt: number }).__shownAt,
          longest: (window as unknown as { __longest: number }).__longest,
        })));
        await page.close();
      }
    }
    return PANE_PAGES.map((p) => {
      const r = runs.get(p.name)!;
      const shown = r.map((x) => x.shown);
      return {
        name: p.name, unit: "ms", value: median(shown),
        detail: `${p.hash} of the built pane opened cold on ${INSTALLMENTS.toLocaleString("en")} installments (10,000 contracts, 77,878 receipts; open-items view saved): ` +
          `navigation start → ${p.content} on screen, median of ${samples}: ${shown.map(fmt).join(", ")} ms; longest task of the pane's thread before it: ${r.map((x) => fmt(x.longest)).join(", ")} ms`,
      };
    });
  } finally {
    await context.close();
    await server.close();
  }
}
