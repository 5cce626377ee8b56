import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Bundle a benchmark page's script (the real src code, minified as webpack ships it) into `dir` as
 * `<name>.js`, with `html` (default `<name>.html`) loading it; the page sets its title to "ready".
 */
export async function bundleBenchPage(entry: string, dir: string, name: string, html = `${name}.html`): Promise<void> {
  const esbuild = createRequire(__filename)("esbuild") as typeof import("esbuild");
  mkdirSync(dir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.resolve(entry)],
    bundle: true, platform: "browser", format: "iife", target: "chrome120", minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    outfile: path.join(dir, `${name}.js`), logLevel: "warning",
  });
  writeFileSync(path.join(dir, html), `<!doctype html><meta charset="utf-8"><title>loading</title><script src="${name}.js"></script>`);
}
