/** Types of localize.cjs (see there). */

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: { type?: string; dimensionality?: string };
  [key: string]: unknown;
}

export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/** Chinese text of one function: its description, each parameter's by name, and its result's. */
export interface ZhEntry {
  description: string;
  parameters: Record<string, string>;
  /** What @returns says; functions.json has no place for it, so it documents only. */
  result?: string;
}

export type ZhDictionary = Record<string, ZhEntry>;

export declare const ZH_SUFFIX: ".zh.json";
export declare function readZhDictionaries(dir: string): ZhDictionary;
export declare function localizeMetadata<M extends Metadata>(metadata: M, zh: ZhDictionary): M;
