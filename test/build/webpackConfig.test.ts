import { readdirSync } from "node:fs";
import path from "node:path";

type Config = {
  devtool: string | false;
  entry: Record<string, { import: string[] }>;
  output: { filename: string };
  plugins: { constructor: { name: string }; options?: { input?: string[]; output?: string } }[];
};
// webpack.config.js is CommonJS without types; webpack itself loads it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: Record<string, string>, argv: { mode: string }) => Config;

const ROOT = path.resolve(__dirname, "../..");

describe.each(["production", "development"])("webpack config (%s)", (mode) => {
  const config = makeConfig({}, { mode });

  test("no eval-based source maps (the page's content security policy forbids eval)", () => {
    expect(String(config.devtool)).not.toMatch(/eval/);
  });

  test("one entry: the functions first (they register at once), then the task pane boot", () => {
    expect(Object.keys(config.entry)).toEqual(["taskpane"]);
    expect(config.entry.taskpane.import).toEqual(["./src/functions/index.ts", "./src/taskpane/boot.ts"]);
    expect(config.output.filename).toBe("[name].js"); // manifest.xml points at taskpane.js
  });

  test("the metadata plugin reads every .ts file of src/functions/catalog/", () => {
    const plugin = config.plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin")!;
    const onDisk = readdirSync(path.join(ROOT, "src/functions/catalog")).filter((f) => f.endsWith(".ts")).sort();
    expect(plugin.options!.output).toBe("functions.json");
    expect(plugin.options!.input!.map((f) => path.basename(f)).sort()).toEqual(onDisk);
  });
});

test("a production origin that is not https stops the build before anything is written", () => {
  expect(() => makeConfig({ origin: "http://example.com/" }, { mode: "production" })).toThrow("https");
});
