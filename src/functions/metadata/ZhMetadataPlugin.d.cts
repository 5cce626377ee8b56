/** Types of ZhMetadataPlugin.cjs (see there). */
import type { Compiler } from "webpack";

export interface ZhMetadataPluginOptions {
  /** Folder of the catalog modules and their <module>.zh.json files (default src/functions/catalog). */
  catalogDir?: string;
  /** The English metadata asset to translate (default functions.json). */
  input?: string;
  /** The asset to emit (default functions.zh-CN.json). */
  output?: string;
}

declare class ZhMetadataPlugin {
  constructor(options?: ZhMetadataPluginOptions);
  apply(compiler: Compiler): void;
}

export = ZhMetadataPlugin;
