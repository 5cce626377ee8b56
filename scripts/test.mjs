#!/usr/bin/env node
/**
 * `npm test`: every jest project (node and browser) with the usual output, then one closing line
 * from jest's own JSON report: "N passed, N failed" (", N skipped" when some were). A suite that
 * could not run at all counts as a failure. Extra arguments go to jest (`npm test -- test/core`).
 * The browser project's globalSetup builds dist/ when it is missing or stale.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const dir = mkdtempSync(path.join(os.tmpdir(), "huikuan-jest-"));
const report = path.join(dir, "results.json");

const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--json", `--outputFile=${report}`, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failed = Math.max(failed, 1); // jest died before writing its report
}
rmSync(dir, { recursive: true, force: true });

const ok = jest.status === 0 && failed === 0;
if (!ok && failed === 0) failed = 1; // jest failed for a reason of its own (bad config, global setup)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
