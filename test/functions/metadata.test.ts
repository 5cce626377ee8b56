import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import * as catalog from "../../src/functions/catalog";
import { catalogDir, catalogFiles, generateMetadata } from "../../src/calc/metadata";
import { localizeMetadata, readZhDictionaries, type ZhDictionary } from "../../src/functions/metadata/localize.cjs";

/**
 * The catalog's metadata contract, module by module, so a failure names the module to fix:
 * every @customfunction is exported and in the generated metadata; ids are unique and upper case;
 * every function and parameter is described in English (JSDoc) and Simplified Chinese
 * (<module>.zh.json beside the module).
 */

const DIR = catalogDir();
const FILES = catalogFiles(DIR);
const MODULES = FILES.map((f) => basename(f, ".ts"));
const HAN = /\p{Script=Han}/u;

/** Function names declared with a @customfunction JSDoc tag, read from the source text itself. */
function declaredCustomFunctions(source: string): string[] {
  const names: string[] = [];
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g;
  for (const match of source.matchAll(pattern)) if (/@customfunction\b/.test(match[1])) names.push(match[2]);
  return names;
}

describe("the catalog folder and src/functions/catalog.ts", () => {
  it("exports every catalog module from catalog.ts, and nothing else", () => {
    const source = readFileSync(join(DIR, "..", "catalog.ts"), "utf-8");
    const exported = [...source.matchAll(/^export \* from "\.\/catalog\/([\w.-]+)";/gm)].map((m) => m[1]);
    expect([...exported].sort()).toEqual([...MODULES].sort());
  });

  it("gives every function a unique upper-case id", () => {
    const ids = generateMetadata(FILES).functions.map((f) => f.id);
    expect(ids.filter((id) => !/^[A-Z][A-Z0-9.]*$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe.each(MODULES)("catalog module %s", (module) => {
  const file = join(DIR, `${module}.ts`);
  const metadata = generateMetadata([file]);
  const zhFile = join(DIR, `${module}.zh.json`);

  it("has every @customfunction exported from catalog.ts and in the generated metadata", () => {
    const declared = declaredCustomFunctions(readFileSync(file, "utf-8"));
    expect(declared.length).toBeGreaterThan(0);
    const exports = catalog as unknown as Record<string, unknown>;
    expect(declared.filter((name) => typeof exports[name] !== "function")).toEqual([]);
    expect(metadata.associate.map((a) => a.functionName).sort()).toEqual([...declared].sort());
  });

  it("describes every function and parameter in English", () => {
    const missing = metadata.functions.flatMap((f) => [
      ...(f.description?.trim() ? [] : [f.id]),
      ...f.parameters.filter((p) => !p.description?.trim()).map((p) => `${f.id}.${p.name}`),
    ]);
    expect(missing).toEqual([]);
  });

  it(`has ${module}.zh.json with Chinese text for exactly its functions and parameters`, () => {
    expect(existsSync(zhFile)).toBe(true);
    const zh = JSON.parse(readFileSync(zhFile, "utf-8")) as ZhDictionary;
    const localized = localizeMetadata(metadata as unknown as Parameters<typeof localizeMetadata>[0], zh);
    const notChinese = localized.functions.flatMap((f) => [
      ...(HAN.test(f.description ?? "") ? [] : [f.id]),
      ...f.parameters.filter((p) => !HAN.test(p.description ?? "")).map((p) => `${f.id}.${p.name}`),
    ]);
    expect(notChinese).toEqual([]);
    // Same functions, names and parameters in the same order: only descriptions differ.
    const shape = (m: { functions: readonly { id: string; name: string; parameters: readonly { name: string }[] }[] }) =>
      m.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]);
    expect(shape(localized)).toEqual(shape(metadata));
  });
});

describe("the Chinese dictionaries together", () => {
  it("translate each function once, across all modules", () => {
    expect(() => readZhDictionaries(DIR)).not.toThrow();
  });
});
