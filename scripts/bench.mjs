#!/usr/bin/env node
// `npm run bench [-- --json] [-- --only=aging,sumifs,browser] [-- --quick]`: runs bench/main.ts
// through tsx from the project root. The timed Node code runs from an esbuild bundle that
// bench/main.ts builds into .bench/ (git-ignored); see bench/nodeSuites.ts for why.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const result = spawnSync(process.execPath, [tsxCli, join(root, "bench", "main.ts"), ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(result.status ?? 1);
