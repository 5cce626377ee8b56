import { catalogFunctions } from "../../src/calc/catalogFunctions";
import { catalogDir, catalogFiles, catalogMetadata } from "../../src/calc/metadata";
import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";

export type CustomFunction = (...args: unknown[]) => unknown;

/**
 * The function Excel calls for an AR id, found the way Excel finds it: the metadata generated from
 * the catalog's JSDoc names the exported function. Undefined when the catalog does not have it.
 * The catalog folder is found from the working directory (scripts/bench.mjs runs in the project
 * root): in the bundle, __dirname is .bench/, not src/calc/.
 */
export function functionById(id: string): CustomFunction | undefined {
  ensureCustomFunctionsRuntime();
  const metadata = catalogMetadata(catalogFiles(catalogDir(process.cwd())));
  const found = catalogFunctions(metadata).functions.find((f) => f.metadata.id === id);
  return found?.implementation as CustomFunction | undefined;
}
