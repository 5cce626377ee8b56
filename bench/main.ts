/**
 * `npm run bench` (scripts/bench.mjs runs this with tsx): every figure of issue 6, as a table or,
 * with --json, one object per line. A figure that cannot be measured is printed as missing with
 * the reason; nothing is estimated or carried over from an earlier run.
 *
 *   --json          one JSON object per line: name, value (null when missing), unit, goal, met, …
 *   --only=a,b      suites (aging, agingby, sumifs, browser) or metric names
 *   --quick         fewer rounds, for a smoke test; figures are noisier
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { browserSuite } from "./browser/browserSuite";
import { PANE_PAGES } from "./browser/paneBench";
import type { Metric } from "./harness";
import { METRICS } from "./metrics";
import { humanTable, jsonLines } from "./report";

const NODE_SUITES: Record<string, string[]> = {
  aging: ["aging.1m.ratio"],
  agingby: ["agingby.1m.ratio"],
  sumifs: ["sumifs.vs.aging"],
};
const BROWSER_METRICS = ["functions.ready.ms", "taskpane.initial.gzip.kb", "ledger.import.100k.ms", "ledger.today.100k.ms", ...PANE_PAGES.map((p) => p.name)];

function parseArgs(argv: readonly string[]) {
  const only = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
  return { json: argv.includes("--json"), quick: argv.includes("--quick"), only };
}

function missing(names: readonly string[], reason: string): Metric[] {
  return names.map((name) => ({ name, unit: METRICS[name].unit, goal: METRICS[name].goal, missing: reason }));
}

/** Bundle bench/nodeSuites.ts and run it in its own process (GC exposed, room for HyperFormula). */
async function runNodeSuites(ids: string[], quick: boolean): Promise<Metric[]> {
  const names = ids.flatMap((id) => NODE_SUITES[id]);
  const outfile = path.resolve(".bench", "node-suites.cjs");
  try {
    mkdirSync(path.dirname(outfile), { recursive: true });
    const esbuild = createRequire(__filename)("esbuild") as typeof import("esbuild");
    await esbuild.build({
      entryPoints: [path.resolve("bench/nodeSuites.ts")], bundle: true, platform: "node", format: "cjs", target: "node20",
      packages: "external", outfile, logLevel: "warning",
    });
  } catch (e) {
    return missing(names, `could not bundle the Node benchmarks: ${(e as Error).message.split("\n")[0]}`);
  }
  const args = ["--expose-gc", "--max-old-space-size=6144", outfile, `--suites=${ids.join(",")}`, ...(quick ? ["--quick"] : [])];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  const metrics = out
    .split("\n")
    .filter((l) => l.startsWith("METRIC "))
    .map((l) => JSON.parse(l.slice("METRIC ".length)) as Metric);
  const got = new Set(metrics.map((m) => m.name));
  const lost = names.filter((n) => !got.has(n));
  return [...metrics, ...missing(lost, `the Node benchmark process ended (exit ${code}) before measuring it`)];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const picks = (id: string, names: readonly string[]) => !args.only || args.only.some((o) => o === id || names.includes(o));
  const nodeIds = Object.keys(NODE_SUITES).filter((id) => picks(id, NODE_SUITES[id]));
  const started = new Date();
  const machine = `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  const load = loadavg()[0].toFixed(2);
  const metrics: Metric[] = [];
  const emit = (results: Metric[]) => {
    metrics.push(...results);
    if (args.json && results.length) console.log(jsonLines(results));
  };
  if (nodeIds.length) emit(await runNodeSuites(nodeIds, args.quick));
  if (picks("browser", BROWSER_METRICS)) {
    process.stderr.write("bench: browser…\n");
    emit(await browserSuite({ quick: args.quick, only: args.only }));
  }
  if (!args.json) {
    const header = `Huikuan benchmark — ${started.toISOString()} — ${machine} — load average ${load} at start${args.quick ? " — QUICK (fewer rounds)" : ""}`;
    console.log(humanTable(metrics, header));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
