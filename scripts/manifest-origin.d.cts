/** Types of manifest-origin.cjs (CommonJS so webpack.config.js can require it). */
export declare const DEV_ORIGIN: string;
export declare function normalizeOrigin(origin: string): string;
export declare function rewriteManifestOrigin(manifestText: string, origin: string): string;
