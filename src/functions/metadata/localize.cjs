"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, so webpack.config.js can require it */
/**
 * Simplified Chinese custom-function metadata from the English functions.json and the <module>.zh.json
 * dictionaries beside the catalog modules. Plain CommonJS so webpack.config.js (through
 * ZhMetadataPlugin.cjs) and the TypeScript tests share one implementation; types in localize.d.cts.
 *
 * A dictionary maps function id → { description, parameters: { name → description }, result? }.
 * Ids, names and parameter names stay as they are (workbooks and the English metadata depend on
 * them); only descriptions are translated. Anything missing or left over is an error, listed in full,
 * so a new function or parameter cannot ship without its Chinese text.
 */
const fs = require("node:fs");
const path = require("node:path");

const ZH_SUFFIX = ".zh.json";

function isText(v) {
  return typeof v === "string" && v.trim() !== "";
}

/** Read every <module>.zh.json in `dir` and merge them, refusing an id defined twice. */
function readZhDictionaries(dir) {
  const merged = {};
  const origin = {};
  const problems = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(ZH_SUFFIX)).sort()) {
    let dictionary;
    try {
      dictionary = JSON.parse(fs.readFileSync(path.join(dir, file), "utf-8"));
    } catch (e) {
      problems.push(`${file}: not valid JSON (${e.message})`);
      continue;
    }
    for (const [id, entry] of Object.entries(dictionary)) {
      if (id in merged) problems.push(`${file}: ${id} is already translated in ${origin[id]}`);
      merged[id] = entry;
      origin[id] = file;
    }
  }
  if (problems.length > 0) throw new Error(`Chinese metadata dictionaries are invalid:\n  ${problems.join("\n  ")}`);
  return merged;
}

/** The zh-CN metadata: a copy of `metadata` with every description from `zh`; throws listing every gap. */
function localizeMetadata(metadata, zh) {
  const problems = [];
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    seen.add(fn.id);
    const entry = zh[fn.id];
    if (!entry || typeof entry !== "object") {
      problems.push(`${fn.id}: no Chinese entry`);
      return fn;
    }
    if (!isText(entry.description)) problems.push(`${fn.id}: no Chinese description`);
    const texts = entry.parameters && typeof entry.parameters === "object" ? entry.parameters : {};
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(texts)) {
      if (!names.has(name)) problems.push(`${fn.id}: Chinese text for unknown parameter "${name}"`);
    }
    const parameters = fn.parameters.map((p) => {
      if (!isText(texts[p.name])) problems.push(`${fn.id}: no Chinese description for parameter "${p.name}"`);
      return { ...p, description: texts[p.name] };
    });
    return { ...fn, description: entry.description, parameters };
  });
  for (const id of Object.keys(zh)) {
    if (!seen.has(id)) problems.push(`${id}: Chinese entry for a function the metadata does not have`);
  }
  if (problems.length > 0) throw new Error(`Chinese custom-function metadata is incomplete:\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}

module.exports = { ZH_SUFFIX, readZhDictionaries, localizeMetadata };
