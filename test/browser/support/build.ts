import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { DIST, ROOT, tempName } from "./paths";

/** Everything the bundle is made from; a newer file than the build means the build is stale. */
const SOURCES = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/manifest-origin.cjs", "tsconfig.json", "package.json"];

function newestMtime(p: string): number {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file changes its folder's time
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why dist/ must be rebuilt, or undefined when it is a production build newer than every source. */
export function staleReason(): string | undefined {
  const infoFile = path.join(DIST, "build-info.json");
  let info: { mode?: string };
  let builtAt: number;
  try {
    info = JSON.parse(readFileSync(infoFile, "utf8"));
    builtAt = statSync(infoFile).mtimeMs;
    statSync(path.join(DIST, "taskpane.html"));
  } catch {
    return "dist/ has no complete build";
  }
  if (info.mode !== "production") return `dist/ holds a ${info.mode ?? "unknown"} build`;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return newest > builtAt ? "sources changed since the last build" : undefined;
}

/** One build at a time per checkout, even across concurrent test runs. */
function withLock<T>(run: () => T): T {
  const lock = tempName("build.lock");
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age: number;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile: try again
      }
      if (age > 10 * 60_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`waited too long for the build lock ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds dist/ in production mode when it is missing or older than the sources. */
export function ensureBuild(): void {
  withLock(() => {
    const reason = staleReason();
    if (!reason) return;
    console.log(`\n[browser tests] ${reason}: running webpack --mode production …`);
    const started = Date.now();
    const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    if (result.status !== 0) {
      throw new Error(`webpack build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    console.log(`[browser tests] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}
