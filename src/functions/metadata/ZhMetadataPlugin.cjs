"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, so webpack.config.js can require it */
/**
 * Webpack plugin: emits functions.zh-CN.json beside the functions.json that
 * custom-functions-metadata-plugin generates, translating its descriptions with the
 * <module>.zh.json dictionaries of the catalog folder (see localize.cjs). A missing translation
 * fails the build. The manifest points Excel's zh-CN users at the Chinese file.
 *
 *   new ZhMetadataPlugin({ catalogDir: "src/functions/catalog", input: "functions.json", output: "functions.zh-CN.json" })
 */
const path = require("node:path");
const { readZhDictionaries, localizeMetadata } = require("./localize.cjs");

const PLUGIN = "HuikuanZhMetadataPlugin";

class ZhMetadataPlugin {
  constructor(options = {}) {
    this.catalogDir = path.resolve(options.catalogDir ?? "src/functions/catalog");
    this.input = options.input ?? "functions.json";
    this.output = options.output ?? "functions.zh-CN.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // Rebuild in watch mode when a dictionary changes.
      compilation.contextDependencies.add(this.catalogDir);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const english = compilation.getAsset(this.input);
        if (!english) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.input} was not emitted; add CustomFunctionsMetadataPlugin before this plugin`));
          return;
        }
        try {
          const metadata = JSON.parse(english.source.source().toString());
          const zh = localizeMetadata(metadata, readZhDictionaries(this.catalogDir));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(zh, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${e.message}`));
        }
      });
    });
  }
}

module.exports = ZhMetadataPlugin;
