import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describeInBrowser, launchPane, type PaneSession } from "./support/browser";
import { DIST } from "./support/paths";

/*
 * Hardening of the built task pane (dist/, built by globalSetup when stale): no eval anywhere in
 * the shipped scripts, a strict content security policy in taskpane.html that the running pane
 * actually lives within, and user text (customer names, contract titles, notes) rendered as text,
 * never as markup.
 */

function shippedScripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "office-js" ? [] : shippedScripts(p); // Microsoft's office.js, when shipped locally
    return e.name.endsWith(".js") ? [p] : [];
  });
}

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const PAGES = ["#/today", "#/contracts", "#/customers", "#/reminders", "#/dashboard", "#/settings"];
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

describeInBrowser("the production build", () => {
  test("no shipped script calls eval or new Function", () => {
    const scripts = shippedScripts(DIST);
    expect(scripts.length).toBeGreaterThan(1); // the entry and at least the lazily loaded app chunk
    const offenders = scripts.flatMap((file) => {
      const code = readFileSync(file, "utf8"); // webpack's global fallback is gone: output.environment.globalThis
      const found = [/\beval\s*\(/, /\bnew\s+Function\s*\(/].filter((re) => re.test(code)).map((re) => re.source);
      return found.length ? [`${path.relative(DIST, file)}: ${found.join(", ")}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  test("taskpane.html declares a strict policy: own scripts and office.js only, no inline script, no eval, no plugins", () => {
    const policy = policyOf(readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.filter((s) => s !== "'self'" && s !== OFFICE_ORIGIN)).toEqual([]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // Nothing else may come from another origin: no CDN, remote font or image.
    for (const directive of ["img-src", "font-src", "style-src", "connect-src"]) {
      const remote = (policy.get(directive) ?? []).filter((s) => /^(https?:|\*)/.test(s) && s !== OFFICE_ORIGIN);
      expect({ directive, remote }).toEqual({ directive, remote: [] });
    }
    expect(policy.get("img-src") ?? []).not.toContain(OFFICE_ORIGIN);
  });
});

describeInBrowser("the pane under its content security policy", () => {
  let pane: PaneSession;

  beforeAll(async () => {
    pane = await launchPane();
    await pane.context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  afterAll(async () => {
    await pane?.close();
  });

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  test("every page opens without a single policy violation", async () => {
    for (const hash of PAGES) {
      const page = await pane.open(hash);
      await page.waitForLoadState("networkidle");
      expect({ hash, violations: await violations(page) }).toEqual({ hash, violations: [] });
    }
    expect(pane.pageErrors.filter((e) => /Content Security Policy|pageerror/.test(e))).toEqual([]);
  });

  test("the policy is enforced: eval, string timers and injected inline script are refused", async () => {
    const page = await pane.open("#/today");
    // Code evaluated by the test driver itself is exempt from the page's policy, so each attempt
    // runs later, from a timer callback, as the page's own code would.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      setTimeout(() => {
        try {
          w.__evalResult = String((0, eval)("'ran'"));
        } catch {
          w.__evalResult = "refused";
        }
        try {
          w.__functionResult = String(new Function("return 'ran'")());
        } catch {
          w.__functionResult = "refused";
        }
        setTimeout("window.__stringTimerRan = true", 0);
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.body.appendChild(script);
      }, 0);
    });
    await page.waitForTimeout(200);
    const outcome = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { evalResult: w.__evalResult, functionResult: w.__functionResult, stringTimerRan: w.__stringTimerRan === true, inlineRan: w.__inlineRan === true };
    });
    expect(outcome).toEqual({ evalResult: "refused", functionResult: "refused", stringTimerRan: false, inlineRan: false });
    expect((await violations(page)).length).toBeGreaterThanOrEqual(3);
  });
});

describeInBrowser("user text is rendered as text", () => {
  // Markup in every free-text field a user (or an imported sheet) fills: if any of it were parsed,
  // an element with data-xss would appear or window.__xss would be set.
  const NAME = `<img src=x data-xss=1 onerror="window.__xss='name'">Acme & Sons`;
  const TITLE = `<span data-xss=2>Tower</span><script>window.__xss='title'</script>`;
  const NOTES = `<iframe data-xss=3 src="javascript:window.__xss='notes'"></iframe>`;
  const OWNER = `<b data-xss=4>Owner</b>`;
  let pane: PaneSession;

  beforeAll(async () => {
    pane = await launchPane({ locale: "en-US" });
    await pane.page.clock.setFixedTime(new Date("2026-11-27T10:00:00"));
    const page = await pane.open("?testhooks=1#/today");
    await page.waitForFunction(() => typeof (window as { __huikuan?: { seed?: unknown } }).__huikuan?.seed === "function");
    const fixture = {
      customers: [{ code: "C-XSS", name: NAME, contact: NAME, notes: NOTES }],
      contracts: [{
        code: "HT-XSS", customerCode: "C-XSS", title: TITLE, amountMinor: 1000000, currency: "CNY", signDate: "2026-06-01", terms: "",
        owner: OWNER, status: "active", penalty: { kind: "none" }, notes: NOTES,
        plan: [{ dueDate: "2026-10-31", amountMinor: 1000000 }],
      }],
    };
    await page.evaluate((f) => (window as unknown as { __huikuan: { seed(f: unknown): Promise<void> } }).__huikuan.seed(f), fixture);
  });

  afterAll(async () => {
    await pane?.close();
  });

  test("names, titles, owners and notes with markup show literally on every page and run nothing", async () => {
    const page = await pane.open("#/today");
    await page.getByTestId("chase-row").first().waitFor();
    expect(await page.getByTestId("chase-row").first().innerText()).toContain("<img src=x");
    for (const hash of PAGES) {
      const p = await pane.open(hash);
      await p.waitForLoadState("networkidle");
      const found = await p.evaluate(() => ({
        injected: document.querySelectorAll("[data-xss]").length,
        xss: (window as unknown as { __xss?: string }).__xss ?? null,
      }));
      expect({ hash, ...found }).toEqual({ hash, injected: 0, xss: null });
    }
  });
});
