import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type { IAssociate, IFunction } from "custom-functions-metadata";

/**
 * The custom-functions metadata Excel gets, generated from the JSDoc of every catalog module, the
 * same input list webpack feeds to custom-functions-metadata-plugin. The harness registers the AR
 * functions from this, so a wrong `@param`, a missing `[optional]` or a matrix typed as a scalar
 * shows up in the workbook tests exactly as it would in Excel.
 *
 * generateCustomFunctionsMetadata() is async only in its signature: it reads each file and calls
 * parseTree(). We call parseTree() the same way so that the engine can be synchronous; a test
 * checks that the result is identical to generateCustomFunctionsMetadata()'s.
 *
 * Loading the generator loads the TypeScript compiler (over a second per process), so results are
 * cached on disk in node_modules/.cache/huikuan-calc, keyed by the files' contents and the
 * generator's version; the compiler is loaded only on a miss.
 */

export type FunctionMetadata = IFunction;

export interface GeneratedMetadata {
  /** The `functions` of functions.json, in catalog file order. */
  readonly functions: readonly FunctionMetadata[];
  /** Function id → the exported JavaScript function that implements it. */
  readonly associate: readonly IAssociate[];
  /** The functions.json text webpack would emit. */
  readonly metadataJson: string;
}

/** Folder of the catalog modules, resolved from the project root (the working directory of npm). */
export function catalogDir(root = projectRoot()): string {
  return join(root, "src", "functions", "catalog");
}

/** Every catalog module, sorted: the input list of the metadata plugin. */
export function catalogFiles(dir = catalogDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(dir, f));
}

function projectRoot(): string {
  // src/calc → project root; independent of the working directory so tests and the CLI agree.
  return resolve(__dirname, "..", "..");
}

const load = createRequire(__filename);

/** Generate the metadata of the given files with custom-functions-metadata; a JSDoc error is thrown, never skipped. */
export function generateMetadataUncached(files: readonly string[]): GeneratedMetadata {
  const { parseTree } = load("custom-functions-metadata") as typeof import("custom-functions-metadata");
  const functions: IFunction[] = [];
  const associate: IAssociate[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const result = parseTree(readFileSync(file, "utf-8"), file);
    const fileErrors = result.extras.flatMap((extra) => extra.errors);
    if (fileErrors.length > 0) {
      errors.push(...fileErrors.map((e) => `${file}: ${e}`));
      continue;
    }
    functions.push(...result.functions);
    associate.push(...result.associate);
  }
  if (errors.length > 0) throw new Error(`Custom function metadata has errors:\n${errors.join("\n")}`);
  const metadataJson = JSON.stringify({ allowCustomDataForDataTypeAny: true, functions }, null, 4);
  return { functions, associate, metadataJson };
}

function cacheKey(files: readonly string[]): string {
  const hash = createHash("sha256");
  const version = (load("custom-functions-metadata/package.json") as { version: string }).version;
  hash.update(`custom-functions-metadata@${version}\n`);
  for (const file of files) hash.update(`${file}\n${readFileSync(file, "utf-8")}\n`);
  return hash.digest("hex");
}

function cacheFile(key: string): string {
  return join(projectRoot(), "node_modules", ".cache", "huikuan-calc", `metadata-${key.slice(0, 32)}.json`);
}

/** Generate the metadata of the given files, from the disk cache when the files are unchanged. */
export function generateMetadata(files: readonly string[]): GeneratedMetadata {
  const file = cacheFile(cacheKey(files));
  try {
    return JSON.parse(readFileSync(file, "utf-8")) as GeneratedMetadata;
  } catch {
    // not cached yet (or unreadable): generate
  }
  const metadata = generateMetadataUncached(files);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(metadata));
    renameSync(temp, file); // atomic: parallel test workers never read half a file
    for (const old of readdirSync(dirname(file))) {
      if (old.startsWith("metadata-") && old.endsWith(".json") && join(dirname(file), old) !== file) rmSync(join(dirname(file), old), { force: true });
    }
  } catch {
    // a read-only checkout still works, just slower
  }
  return metadata;
}

let cached: { key: string; metadata: GeneratedMetadata } | undefined;

/** The metadata of the catalog folder, generated once per process (per set of files). */
export function catalogMetadata(files: readonly string[] = catalogFiles()): GeneratedMetadata {
  const key = files.join("\n");
  if (cached?.key !== key) cached = { key, metadata: generateMetadata(files) };
  return cached.metadata;
}
