import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describeInBrowser, launchPane, type PaneSession, waitForFunctions } from "./support/browser";
import { DIST } from "./support/paths";

describeInBrowser("without office.js (offline, or blocked)", () => {
  let pane: PaneSession;

  beforeAll(async () => {
    pane = await launchPane({ officeJs: "fail" });
  });

  afterAll(async () => {
    await pane?.close();
  });

  test("the functions still register (stand-in runtime) and the pane runs without uncaught errors", async () => {
    const page = await pane.open();
    await waitForFunctions(page, ["AGING", "AGEDAYS", "BUCKET"]);
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    await page.getByTestId("no-excel").waitFor();
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

describeInBrowser("the built page", () => {
  const entry = readFileSync(path.join(DIST, "taskpane.js"), "utf8");
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");

  test("the entry script holds the functions but not React or Fluent UI, which load lazily", () => {
    expect(entry).toContain("AGEDAYS");
    expect(entry).not.toContain("react-dom");
    expect(entry).not.toContain("fui-FluentProvider");
    expect(gzipSync(entry).length).toBeLessThan(100 * 1024);
  });

  test("no eval in the shipped scripts, and a content security policy without unsafe-eval", () => {
    expect(entry).not.toMatch(/\beval\(/);
    expect(entry).not.toMatch(/new Function\(/);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
  });
});

describeInBrowser("nothing leaves the machine but office.js", () => {
  let pane: PaneSession;

  beforeAll(async () => {
    pane = await launchPane();
  });

  afterAll(async () => {
    await pane?.close();
  });

  test("every page loads only from the add-in's own origin and office.js's CDN (no fonts, images or CDNs)", async () => {
    const origins = new Set<string>();
    pane.context.on("request", (r) => void origins.add(new URL(r.url()).origin));
    for (const hash of ["#/today", "#/contracts", "#/customers", "#/reminders", "#/dashboard", "#/settings"]) {
      const page = await pane.open(hash);
      await page.waitForLoadState("networkidle");
    }
    expect(pane.blockedRequests).toEqual([]);
    const own = new URL(pane.baseUrl).origin;
    expect([...origins].filter((o) => o !== own && o !== "https://appsforoffice.microsoft.com")).toEqual([]);
    expect(origins).toContain("https://appsforoffice.microsoft.com"); // office.js itself was requested, and answered
  });
});
