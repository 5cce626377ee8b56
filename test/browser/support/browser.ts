/**
 * Browser test support: real Chromium (Debian's, driven by playwright-core) against the built
 * add-in served by globalSetup. No request leaves the machine: office.js and its sub-scripts are
 * answered from node_modules/@microsoft/office-js/dist, every other remote request is aborted and
 * recorded so a test can assert there were none.
 *
 *   describeInBrowser("…", () => {
 *     let pane: PaneSession;
 *     beforeAll(async () => { pane = await launchPane(); });
 *     afterAll(() => pane?.close());
 *     test("…", async () => { const page = await pane.open("#/settings"); … });
 *   });
 *
 * Most describe blocks want one pane for all their tests, opened on a page of a (seeded) ledger:
 * `seededPane` registers that beforeAll/afterAll pair in one line (see below).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page, type Route } from "playwright-core";
import { DEFAULT_DB_NAME } from "../../../src/core/store/db";
import { BASE_URL_ENV, baseUrlFile, CHROMIUM, OFFICE_JS_DIST } from "./paths";

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

/**
 * `describe` when Chromium is there. Without it the tests fail under CI=true (never a silent
 * skip) and are skipped locally with a loud message.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      test("needs Chromium", () => {
        throw new Error(`Chromium not found at ${CHROMIUM}; browser tests are required under CI=true (apt-get install chromium).`);
      });
    });
  } else {
    console.warn(`\n*** BROWSER TESTS SKIPPED: Chromium not found at ${CHROMIUM} (install it: apt-get install chromium) ***\n`);
    describe.skip(name, body);
  }
}

/** The URL of the served dist/ (ends in "/"). */
export function baseUrl(): string {
  const fromEnv = process.env[BASE_URL_ENV];
  if (fromEnv) return fromEnv;
  for (const pid of [process.ppid, process.pid]) {
    const file = baseUrlFile(pid);
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
  }
  throw new Error("The test server is not running: browser tests need test/browser/setup/globalSetup.ts (run them through jest).");
}

export interface PaneSession {
  readonly context: BrowserContext;
  /** The first tab; `open` navigates it. */
  readonly page: Page;
  readonly baseUrl: string;
  /** Remote requests that were aborted (anything but the test server and office.js). */
  readonly blockedRequests: string[];
  /** Uncaught page errors and console errors, CSP violations included (but office.js's telemetry frame being refused). */
  readonly pageErrors: string[];
  /** Opens taskpane.html (plus an optional "#/page" hash) and waits for the pane to render. */
  open(hash?: string): Promise<Page>;
  close(): Promise<void>;
}

async function answerOfficeJs(route: Route, url: string): Promise<void> {
  const rel = decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length));
  const candidates = [rel, rel.toLowerCase()].map((r) => path.join(OFFICE_JS_DIST, r));
  const file = candidates.find((f) => f.startsWith(OFFICE_JS_DIST + path.sep) && existsSync(f));
  if (!file) {
    await route.fulfill({ status: 404, body: "not in @microsoft/office-js/dist" });
    return;
  }
  await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
}

export interface LaunchOptions {
  /** navigator.language of the browser (default en-US). */
  readonly locale?: string;
  /** Answer office.js from the npm package (default) or fail it, as on a machine offline. */
  readonly officeJs?: "serve" | "fail";
}

/** A fresh Chromium profile (its own IndexedDB), kept across reloads until `close`. */
/** office.js's telemetry service, which it frames (and requests) outside Office; refused here. */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

/** Whether a console error is the CSP refusing office.js's telemetry frame, and nothing else. */
function isOfficeTelemetryRefused(text: string): boolean {
  return text.startsWith(`Framing '${OFFICE_TELEMETRY}' violates the following Content Security Policy directive`);
}

export async function launchPane(options: LaunchOptions = {}): Promise<PaneSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "huikuan-chromium-"));
  const base = baseUrl();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? "en-US",
  });
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route(() => true, async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) return options.officeJs === "fail" ? route.abort("internetdisconnected") : answerOfficeJs(route, url);
    blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // Outside Office, office.js tries to frame its telemetry service; the pane's CSP refuses it, as it should.
    if (m.type() === "error" && !isOfficeTelemetryRefused(m.text())) pageErrors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    baseUrl: base,
    blockedRequests,
    pageErrors,
    async open(hash = "") {
      await page.goto(`${base}taskpane.html${hash}`);
      await page.getByRole("navigation").waitFor();
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has registered these AR functions (ids without the namespace). */
export async function waitForFunctions(page: Page, ids: readonly string[]): Promise<string[]> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const registered = (window as { __huikuanFunctions?: { registered: string[] } }).__huikuanFunctions?.registered ?? [];
      return wanted.every((id) => registered.includes(id)) && registered;
    },
    ids,
  );
  return (await handle.jsonValue()) as string[];
}

/**
 * Writes a raw record into the ledger's settings table, bypassing validation (for tests of
 * corrupt data). The pane must have opened the ledger once, so the table exists.
 */
export async function putRawSetting(page: Page, key: string, value: unknown, dbName = DEFAULT_DB_NAME): Promise<void> {
  await page.evaluate(
    ({ dbName, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("settings", "readwrite");
          tx.objectStore("settings").put({ key, value });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dbName, key, value },
  );
}

/**
 * Writes `currency` into the stored contract `code` as it is, bypassing validation: how an import
 * before currency codes were enforced stored it ("人民币", "日元"). The pane must have opened the
 * ledger once; reload it afterwards so it reads the change.
 */
export async function putRawContractCurrency(page: Page, code: string, currency: string, dbName = DEFAULT_DB_NAME): Promise<void> {
  await page.evaluate(
    async ({ dbName, code, currency }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction("contracts", "readwrite");
      const store = tx.objectStore("contracts");
      await new Promise<void>((resolve) => {
        store.openCursor().onsuccess = (e) => {
          const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (!cursor) return resolve();
          if (cursor.value.code === code) cursor.update({ ...cursor.value, currency });
          cursor.continue();
        };
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { dbName, code, currency },
  );
}

/**
 * Opens the pane at `hash` ("#/today") with the browser-test hooks (`?testhooks`, loaded once by the
 * app) and seeds `fixture` through the store's repositories (src/taskpane/ledger/testHooks.ts).
 */
export async function openSeeded(pane: PaneSession, hash: string, fixture: unknown): Promise<Page> {
  const page = await pane.open(`?testhooks=1${hash}`);
  await page.waitForFunction(() => typeof (window as { __huikuan?: { seed?: unknown } }).__huikuan?.seed === "function");
  await page.evaluate((f) => (window as unknown as { __huikuan: { seed(f: unknown): Promise<void> } }).__huikuan.seed(f), fixture);
  return page;
}

export interface SeededPaneOptions extends LaunchOptions {
  /** The page to open, "#/dashboard". */
  readonly hash: string;
  /**
   * Seeded through the repositories with `openSeeded` (the URL then carries `?testhooks=1`).
   * Without one the pane opens `hash` on a fresh, empty ledger with `pane.open`.
   */
  readonly fixture?: unknown;
  /** Fixes the page's clock at this time before anything loads. */
  readonly now?: Date;
  /** The page's default timeout for each step (playwright's default when not given). */
  readonly stepTimeout?: number;
  /** Waits for something more once the page has opened (and been seeded). */
  readonly ready?: (page: Page) => Promise<void>;
}

/** The pane and page a `seededPane` opened; read them inside tests (they exist once beforeAll ran). */
export interface SeededPane {
  readonly pane: PaneSession;
  readonly page: Page;
}

/**
 * Registers, in the describe block it is called from, a beforeAll that launches a pane, fixes its
 * clock, sets the step timeout, opens `hash` (seeding `fixture` when given) and waits for `ready`,
 * and an afterAll that closes the pane. All the block's tests share that one pane.
 *
 *   const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/dashboard", fixture });
 *   test("…", async () => { const { page, pane } = seeded; … });
 */
export function seededPane(options: SeededPaneOptions): SeededPane {
  const { hash, fixture, now, stepTimeout, ready, ...launch } = options;
  let pane: PaneSession | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    pane = await launchPane(launch);
    if (now) await pane.page.clock.setFixedTime(now);
    if (stepTimeout !== undefined) pane.page.setDefaultTimeout(stepTimeout);
    page = fixture === undefined ? await pane.open(hash) : await openSeeded(pane, hash, fixture);
    if (ready) await ready(page);
  });

  afterAll(async () => {
    await pane?.close();
  });

  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`seededPane: the pane on ${hash} is not open (its beforeAll failed or has not run yet).`);
    return value;
  };
  return {
    get pane() {
      return opened(pane);
    },
    get page() {
      return opened(page);
    },
  };
}

/**
 * Choose `label` in the contract form's customer picker (a searchable combobox, not a select), in
 * either language: type the code, then click the option.
 */
export async function pickFormCustomer(page: Page, label: string): Promise<void> {
  const box = page.getByTestId("contract-form").getByRole("combobox", { name: /^(Customer|客户)/ });
  await box.click();
  await box.fill(label.split(" · ")[0]);
  await page.getByRole("option", { name: label, exact: true }).click();
}
