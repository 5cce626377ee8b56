// The runtime stand-in must exist before a catalog module is evaluated (imports run in order).
import "../functions/installRuntime";
import * as catalog from "../functions/catalog";
import type { RegisteredFunction } from "./arPlugin";
import { catalogMetadata, type GeneratedMetadata } from "./metadata";

export interface CatalogFunctions {
  readonly functions: RegisteredFunction[];
  /** Ids whose implementation src/functions/catalog.ts does not export (metadata test fails on them). */
  readonly unexported: string[];
}

/**
 * Each function of the generated metadata paired with its implementation: `associate` names the
 * JavaScript function of each id, and src/functions/catalog.ts exports it under that name (the
 * page imports the catalog the same way). A function the catalog does not export is left out, as
 * in Excel, where its module is never loaded and the formula answers #NAME?.
 */
export function catalogFunctions(metadata: GeneratedMetadata = catalogMetadata()): CatalogFunctions {
  const exports = catalog as unknown as Record<string, unknown>;
  const functions: RegisteredFunction[] = [];
  const unexported: string[] = [];
  for (const meta of metadata.functions) {
    const association = metadata.associate.find((a) => a.id === meta.id);
    const implementation = association && exports[association.functionName];
    if (typeof implementation === "function") {
      functions.push({ metadata: meta, implementation: implementation as RegisteredFunction["implementation"] });
    } else {
      unexported.push(meta.id);
    }
  }
  return { functions, unexported };
}
