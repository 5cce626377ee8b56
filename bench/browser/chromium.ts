import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium, driven by playwright-core, as the browser tests drive it. */
export const CHROMIUM = process.env.HUIKUAN_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.resolve("node_modules/@microsoft/office-js/dist");

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A fresh context (empty cache and storage) that serves the page's origin as is, answers
 * office.js's CDN from the npm package (so office.js is measured, without the internet) and
 * aborts anything else, recording it.
 */
export async function freshContext(browser: Browser, base: string): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext();
  const blocked: string[] = [];
  await context.route(() => true, async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS_DIST, decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length)));
      if (file.startsWith(OFFICE_JS_DIST + path.sep) && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "not in @microsoft/office-js/dist" });
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, blocked };
}

export function officeJsFile(url: string): string | undefined {
  if (!url.startsWith(OFFICE_CDN)) return undefined;
  return path.join(OFFICE_JS_DIST, decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length)));
}
