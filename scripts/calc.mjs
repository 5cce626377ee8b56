#!/usr/bin/env node
// Runs the headless calculator from the TypeScript sources through tsx: no build step needed.
// Usage: npm run calc -- path/to/workbook.csv|.xlsx [--messages]
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const result = spawnSync(process.execPath, [tsxCli, join(root, "src", "calc", "cli.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  // `npm run` starts scripts in the project root; file paths are relative to where the user ran it.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exit(result.status ?? 1);
