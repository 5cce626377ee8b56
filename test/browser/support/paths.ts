import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";

/** Where the browser tests find the project, the built add-in and the browser. */
export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
export const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const CHROMIUM = process.env.HUIKUAN_CHROMIUM ?? "/usr/bin/chromium";

/** A per-checkout name in the temp folder, so two checkouts on one machine do not collide. */
export function tempName(suffix: string): string {
  const id = createHash("sha1").update(ROOT).digest("hex").slice(0, 10);
  return path.join(os.tmpdir(), `huikuan-${id}-${suffix}`);
}

/** The server's URL travels to the test workers in the environment; the file is a fallback. */
export const BASE_URL_ENV = "HUIKUAN_BROWSER_BASE_URL";
export const baseUrlFile = (pid: number) => tempName(`browser-url-${pid}.txt`);
