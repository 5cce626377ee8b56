import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { ensureBuild } from "../../test/browser/support/build";
import { startStaticServer } from "../../test/browser/support/staticServer";
import { fmt, median, type Metric } from "../harness";
import { METRICS } from "../metrics";
import { freshContext, officeJsFile } from "./chromium";

const DIST = path.resolve("dist");

interface Load {
  readyAt: number;
  registered: number;
  fcp: number;
  scripts: { url: string; startTime: number; responseEnd: number }[];
  domContentLoaded: number;
}

/**
 * functions.ready.ms and taskpane.initial.gzip.kb on the production build (dist/, rebuilt when
 * stale, as the browser tests do), each sample a fresh context: empty cache, empty storage.
 */
export async function taskpaneMetrics(browser: Browser, samples: number): Promise<Metric[]> {
  const ready = METRICS["functions.ready.ms"];
  const size = METRICS["taskpane.initial.gzip.kb"];
  // ensureBuild reports a rebuild with console.log; stdout carries the --json lines, so send it to stderr.
  const log = console.log;
  console.log = console.error;
  try {
    ensureBuild();
  } catch (e) {
    const missing = `dist/ could not be built: ${(e as Error).message.split("\n")[0]}`;
    return [
      { name: "functions.ready.ms", ...ready, missing },
      { name: "taskpane.initial.gzip.kb", ...size, missing },
    ];
  } finally {
    console.log = log;
  }
  const expected = (JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }).functions.length;
  const server = await startStaticServer(DIST);
  const loads: Load[] = [];
  const blockedAll: string[] = [];
  try {
    // One load first, not counted: it pays for starting Chromium's renderer, which Office has
    // done long before an add-in opens.
    for (let i = -1; i < samples; i++) {
      const { context, blocked } = await freshContext(browser, server.url);
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      const handle = await page.waitForFunction((n) => {
        const reg = (window as { __huikuanFunctions?: { registered: string[]; readyAt?: number } }).__huikuanFunctions;
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
        if (!reg || reg.registered.length < n || fcp === undefined) return false;
        const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"))
          .map((e) => ({ url: e.name, startTime: e.startTime, responseEnd: e.responseEnd }));
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return { readyAt: reg.readyAt ?? NaN, registered: reg.registered.length, fcp, scripts, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN };
      }, expected, { timeout: 30_000 });
      if (i >= 0) loads.push((await handle.jsonValue()) as Load);
      blockedAll.push(...blocked);
      await context.close();
    }
  } finally {
    await server.close();
  }
  const readyValues = loads.map((l) => l.readyAt);
  const metrics: Metric[] = [];
  if (readyValues.some((v) => !Number.isFinite(v))) {
    metrics.push({ name: "functions.ready.ms", ...ready, missing: "the page registered its functions but recorded no readyAt (src/functions/runtime.ts)" });
  } else {
    // Where the time goes, from the sample closest to the median.
    const mid = median(readyValues);
    const typical = loads.reduce((a, b) => (Math.abs(b.readyAt - mid) < Math.abs(a.readyAt - mid) ? b : a));
    const arrived = (pick: (url: string) => boolean) => Math.max(...typical.scripts.filter((x) => pick(x.url)).map((x) => x.responseEnd), 0);
    const timeline = `office.js and its scripts arrived by ${fmt(arrived((u) => !u.startsWith(server.url)))} ms, ` +
      `taskpane.js by ${fmt(arrived((u) => u.endsWith("/taskpane.js")))} ms, DOMContentLoaded ${fmt(typical.domContentLoaded)} ms, last registration ${fmt(typical.readyAt)} ms`;
    metrics.push({
      name: "functions.ready.ms", ...ready, value: median(readyValues),
      detail: `median of ${samples} fresh loads of dist/taskpane.html after one uncounted warm-up load (office.js answered locally), all ${expected} functions of functions.json registered; ` +
        `samples ${readyValues.map(fmt).join(", ")} ms; typical load: ${timeline}`,
    });
  }
  // Which lazy chunks start before the first paint varies from load to load: report the largest.
  const sizes = loads.map((l) => initialSize(l, server.url, size, blockedAll));
  const largest = sizes.reduce((a, b) => (b.value! > a.value! ? b : a));
  const range = `${fmt(Math.min(...sizes.map((m) => m.value!)))}–${fmt(largest.value!)} kB over ${samples} loads, the largest reported`;
  metrics.push({ ...largest, detail: `${range}; ${largest.detail}` });
  return metrics;
}

/** The add-in's own scripts fetched before the first contentful paint, each gzipped as served. */
function initialSize(load: Load, base: string, meta: (typeof METRICS)[string], blocked: string[]): Metric {
  const before = load.scripts.filter((s) => s.startTime < load.fcp);
  let own = 0;
  let office = 0;
  const files: string[] = [];
  for (const s of before) {
    const officeFile = officeJsFile(s.url);
    if (officeFile) {
      office += gzipSync(readFileSync(officeFile)).length;
      continue;
    }
    if (!s.url.startsWith(base)) continue;
    const rel = decodeURIComponent(new URL(s.url).pathname).replace(/^\//, "");
    const bytes = gzipSync(readFileSync(path.join(DIST, rel))).length;
    own += bytes;
    files.push(`${rel} ${(bytes / 1024).toFixed(1)}`);
  }
  const note = blocked.length ? `; requests to other origins were made and blocked: ${[...new Set(blocked)].join(", ")}` : "";
  return {
    name: "taskpane.initial.gzip.kb", unit: meta.unit, goal: meta.goal, value: own / 1024,
    detail: `own scripts fetched before first contentful paint (${fmt(load.fcp)} ms), gzip level 6: ${files.join(", ")} kB; ` +
      `office.js from Microsoft's CDN adds ${(office / 1024).toFixed(1)} kB and is not counted${note}`,
  };
}
