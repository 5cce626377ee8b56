import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import webpack from "webpack";
import { localizeMetadata, readZhDictionaries, type Metadata } from "../../src/functions/metadata/localize.cjs";
import ZhMetadataPlugin from "../../src/functions/metadata/ZhMetadataPlugin.cjs";

const ENGLISH: Metadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "AGEDAYS",
      name: "AGEDAYS",
      description: "Days past due.",
      parameters: [
        { name: "dueDate", description: "Due date.", type: "any" },
        { name: "asOf", description: "As of.", type: "any", optional: true },
      ],
      result: { type: "number" },
    },
  ],
};

const ZH = { AGEDAYS: { description: "逾期天数。", parameters: { dueDate: "到期日。", asOf: "基准日。" } } };

describe("localizeMetadata (English functions.json + zh dictionary → functions.zh-CN.json)", () => {
  it("translates descriptions and keeps ids, names, parameter names, types and flags", () => {
    expect(localizeMetadata(ENGLISH, ZH)).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "AGEDAYS",
          name: "AGEDAYS",
          description: "逾期天数。",
          parameters: [
            { name: "dueDate", description: "到期日。", type: "any" },
            { name: "asOf", description: "基准日。", type: "any", optional: true },
          ],
          result: { type: "number" },
        },
      ],
    });
  });

  it("does not change the English metadata it was given", () => {
    const before = JSON.stringify(ENGLISH);
    localizeMetadata(ENGLISH, ZH);
    expect(JSON.stringify(ENGLISH)).toBe(before);
  });

  it.each([
    ["a function without an entry", {}, "AGEDAYS: no Chinese entry"],
    ["a missing description", { AGEDAYS: { ...ZH.AGEDAYS, description: " " } }, "AGEDAYS: no Chinese description"],
    ["a missing parameter", { AGEDAYS: { ...ZH.AGEDAYS, parameters: { dueDate: "到期日。" } } }, 'parameter "asOf"'],
    ["an unknown parameter", { AGEDAYS: { ...ZH.AGEDAYS, parameters: { ...ZH.AGEDAYS.parameters, due: "x" } } }, 'unknown parameter "due"'],
    ["an entry for no function", { ...ZH, AGEDAY: ZH.AGEDAYS }, "AGEDAY: Chinese entry for a function the metadata does not have"],
  ])("fails loudly on %s", (_case, zh, message) => {
    expect(() => localizeMetadata(ENGLISH, zh as typeof ZH)).toThrow(message);
  });
});

describe("readZhDictionaries", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "huikuan-zh-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("merges every <module>.zh.json of a folder and refuses an id translated twice", () => {
    writeFileSync(join(dir, "a.zh.json"), JSON.stringify({ ONE: ZH.AGEDAYS }));
    writeFileSync(join(dir, "b.zh.json"), JSON.stringify({ TWO: ZH.AGEDAYS }));
    writeFileSync(join(dir, "b.ts"), "export {}");
    expect(Object.keys(readZhDictionaries(dir)).sort()).toEqual(["ONE", "TWO"]);
    writeFileSync(join(dir, "c.zh.json"), JSON.stringify({ ONE: ZH.AGEDAYS }));
    expect(() => readZhDictionaries(dir)).toThrow("c.zh.json: ONE is already translated in a.zh.json");
  });
});

describe("ZhMetadataPlugin in a webpack build", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "huikuan-zh-build-"));
    writeFileSync(
      join(dir, "days.ts"),
      [
        "/**",
        " * Days past due.",
        " * @customfunction AGEDAYS",
        " * @param dueDate Due date.",
        " * @param [asOf] As of.",
        " * @returns Days.",
        " */",
        "export function agedays(dueDate: any, asOf?: any): number { return 0; }",
      ].join("\n"),
    );
    writeFileSync(join(dir, "entry.js"), "module.exports = 1;");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function build(): Promise<webpack.Stats> {
    const compiler = webpack({
      mode: "development",
      context: dir,
      entry: join(dir, "entry.js"),
      output: { path: join(dir, "dist") },
      plugins: [
        // The plugin takes a list of files at run time (webpack.config.js passes one); its typings say string.
        new CustomFunctionsMetadataPlugin({ output: "functions.json", input: [join(dir, "days.ts")] as unknown as string }),
        new ZhMetadataPlugin({ catalogDir: dir }),
      ],
    });
    return new Promise((resolve, reject) => compiler.run((err, stats) => (err || !stats ? reject(err) : compiler.close(() => resolve(stats)))));
  }

  it("emits functions.zh-CN.json next to functions.json, translated", async () => {
    writeFileSync(join(dir, "days.zh.json"), JSON.stringify(ZH));
    const stats = await build();
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
    const english = JSON.parse(readFileSync(join(dir, "dist", "functions.json"), "utf-8"));
    const zh = JSON.parse(readFileSync(join(dir, "dist", "functions.zh-CN.json"), "utf-8"));
    expect(zh).toEqual(localizeMetadata(english, ZH));
    expect(zh.functions[0].parameters.map((p: { description: string }) => p.description)).toEqual(["到期日。", "基准日。"]);
  }, 60_000);

  it("fails the build when a Chinese text is missing", async () => {
    writeFileSync(join(dir, "days.zh.json"), JSON.stringify({ AGEDAYS: { description: "逾期天数。", parameters: { dueDate: "到期日。" } } }));
    const stats = await build();
    expect(stats.hasErrors()).toBe(true);
    expect(stats.compilation.errors.map((e) => e.message).join("\n")).toContain('AGEDAYS: no Chinese description for parameter "asOf"');
  }, 60_000);
});
