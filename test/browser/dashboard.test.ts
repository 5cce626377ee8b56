import type { Page } from "playwright-core";
import { DEFAULT_DB_NAME } from "../../src/core/store/db";
import { describeInBrowser, seededPane } from "./support/browser";

// Launching Chromium and seeding take seconds on a busy machine; the default 5 s is too tight.
jest.setTimeout(60_000);

/*
 * The Dashboard on a ledger seeded with the repositories (?testhooks), clock fixed at 2026-11-27.
 * Open installments, worked by hand (receipts settle the oldest installment first):
 *   HT-A 300,000.00 due 2026-09-30, 60,000.00 received 2026-10-20 → 240,000.00 open, 58 days → 31-60
 *        100,000.00 due 2027-06-30 → Current
 *   HT-B  50,000.00 due 2026-11-20 → 7 days → 1-30;  40,000.00 due 2026-12-01 → Current
 *   HT-C  10,000.00 due 2026-08-31, paid 2026-09-05;  120,000.00 due 2026-10-15 → 43 days → 31-60
 * Aging: Current 140,000.00 · 1-30 50,000.00 · 31-60 360,000.00 → outstanding 550,000.00,
 * overdue 410,000.00. A receipt of 100,000.00 on HT-A: outstanding 450,000.00, overdue 310,000.00,
 * collected in November 100,000.00.
 *
 * October metrics (invoices are the credit sales; receivables = invoiced − received per contract):
 *   sales 120,000.00 (HT-C, 2026-10-15); receivables 2026-09-30: HT-A 300,000 + HT-C 10,000 − 10,000 = 300,000.00
 *   receivables 2026-10-31: HT-A 300,000 − 60,000 + HT-C 130,000 − 10,000 = 360,000.00, all overdue → current 0
 *   DSO = 360,000 / 120,000 × 31 = 93.0 days; CEI = (300,000 + 120,000 − 360,000) / (420,000 − 0) = 14.3%
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-06-01", terms: "", currency: "CNY", penalty: { kind: "none" } };

const fixture = {
  customers: [
    { code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" },
    { code: "C-BETA", name: "Beta Tech Ltd.", contact: "Mr. Beta" },
  ],
  contracts: [
    { ...active, code: "HT-A", customerCode: "C-ALPHA", title: "Campus", amountMinor: 40000000, owner: "Zhang Wei",
      plan: [{ dueDate: "2026-09-30", amountMinor: 30000000 }, { dueDate: "2027-06-30", amountMinor: 10000000 }] },
    { ...active, code: "HT-B", customerCode: "C-BETA", title: "Data centre", amountMinor: 9000000, owner: "Li Na",
      plan: [{ dueDate: "2026-11-20", amountMinor: 5000000 }, { dueDate: "2026-12-01", amountMinor: 4000000 }] },
    { ...active, code: "HT-C", customerCode: "C-BETA", title: "Network", amountMinor: 13000000, owner: "Li Na",
      plan: [{ dueDate: "2026-08-31", amountMinor: 1000000 }, { dueDate: "2026-10-15", amountMinor: 12000000 }] },
  ],
  invoices: [
    { contractCode: "HT-C", number: "INV-C1", date: "2026-08-31", amountMinor: 1000000 },
    { contractCode: "HT-A", number: "INV-A1", date: "2026-09-30", amountMinor: 30000000 },
    { contractCode: "HT-C", number: "INV-C2", date: "2026-10-15", amountMinor: 12000000 },
  ],
  receipts: [
    { contractCode: "HT-C", date: "2026-09-05", amountMinor: 1000000 },
    { contractCode: "HT-A", date: "2026-10-20", amountMinor: 6000000 },
  ],
  targets: [{ owner: "Zhang Wei", period: "2026-11", targetMinor: 25000000 }],
};

type Hooks = { __huikuan: { seed(f: unknown): Promise<void>; addReceipt(code: string, date: string, amount: number): Promise<void> } };

async function figure(page: Page, id: string): Promise<string> {
  return page.getByTestId(`${id}-value`).innerText();
}

describeInBrowser("Dashboard: aging, forecast, targets and figures that follow receipts", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/dashboard", fixture });

  test("shows the aging chart and the outstanding and overdue totals of the ledger", async () => {
    const { page } = seeded;
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "CNY 550,000.00" }).waitFor();
    expect(await figure(page, "fig-overdue")).toBe("CNY 410,000.00");
    expect(await figure(page, "fig-collected")).toBe("CNY 0.00");
    // One currency in the ledger: no currency selector, no note.
    expect(await page.getByTestId("dashboard-currency").count()).toBe(0);
    expect(await page.getByTestId("dashboard-currency-note").count()).toBe(0);
    const chart = page.getByTestId("aging-chart");
    await chart.locator("svg rect").first().waitFor();
    for (const label of ["Current", "1-30", "31-60", "61-90", ">90"]) {
      await expect(chart.getByText(label, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    // 13-week forecast: only HT-B's 40,000.00 (2026-12-01) falls due inside the weeks
    expect(await page.getByTestId("forecast-total").innerText()).toBe("Expected in 13 weeks: CNY 40,000.00");
    expect(await page.getByTestId("forecast-past-due").innerText()).toContain("CNY 410,000.00");
    const top = await page.getByTestId("top-overdue").locator("tbody tr").allInnerTexts();
    expect(top.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      "Alpha Build Co. CNY 240,000.00 CNY 340,000.00",
      "Beta Tech Ltd. CNY 170,000.00 CNY 210,000.00",
    ]);
  });

  test("DSO and CEI of the last complete month come from invoices and receipts", async () => {
    const { page } = seeded;
    expect(await page.getByTestId("fig-dso").innerText()).toContain("DSO 2026-10 (days)");
    expect(await figure(page, "fig-dso")).toBe("93.0");
    expect(await figure(page, "fig-cei")).toBe("14.3%");
    await page.getByTestId("metric-trend-chart").locator("svg").first().waitFor();
  });

  test("a receipt changes the figures, the aging and the owner's progress towards the target", async () => {
    const { page } = seeded;
    await page.getByTestId("targets-chart").getByText("Zhang Wei: CNY 0.00 / CNY 250,000.00").waitFor();
    await page.evaluate(() => (window as unknown as Hooks).__huikuan.addReceipt("HT-A", "2026-11-27", 10000000));
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "CNY 450,000.00" }).waitFor();
    expect(await figure(page, "fig-overdue")).toBe("CNY 310,000.00");
    expect(await figure(page, "fig-collected")).toBe("CNY 100,000.00");
    await page.getByTestId("targets-chart").getByText("Zhang Wei: CNY 100,000.00 / CNY 250,000.00").waitFor();
    expect(await page.getByTestId("forecast-past-due").innerText()).toContain("CNY 310,000.00");
  });

  test("after a reload the figures are read back from the ledger, and no page error occurred", async () => {
    const { page, pane } = seeded;
    await page.reload();
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "CNY 450,000.00" }).waitFor();
    expect(await figure(page, "fig-overdue")).toBe("CNY 310,000.00");
    expect(pane.pageErrors).toEqual([]);
  });
});

/*
 * A ledger in three currencies (no exchange rates: amounts are never added across them), clock at
 * 2026-11-27, default currency CNY (the settings' default). Worked by hand:
 *   HT-CNY (Alpha, Zhang Wei) CNY 60,000.00 due 2026-10-31 (27 days → 1-30), 40,000.00 due 2026-12-15 (Current)
 *   HT-USD (Alpha, Li Na)     USD 70,000.00 due 2026-09-30, 25,000.00 received 2026-11-20 → 45,000.00 open
 *                             (58 days → 31-60); 30,000.00 due 2027-03-31 (Current, after the 13 weeks)
 *   HT-JPY (Beta, Li Na)      JPY 1,500,000 due 2026-11-01 (26 days → 1-30), JPY has no minor digits
 * CNY: outstanding 100,000.00, overdue 60,000.00, collected 0.00, 40,000.00 expected in 13 weeks,
 *      Zhang Wei's CNY target 50,000.00 against CNY 0.00 collected.
 * USD: outstanding 75,000.00, overdue 45,000.00, collected in November 25,000.00 (Li Na), nothing
 *      expected in 13 weeks; the CNY target is not set against USD.
 * Added as one currency (the bug) the outstanding would read 175,000.00 + 1,500,000.
 */
const mixed = {
  customers: [
    { code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" },
    { code: "C-BETA", name: "Beta Tech Ltd.", contact: "Mr. Beta" },
  ],
  contracts: [
    { ...active, code: "HT-CNY", customerCode: "C-ALPHA", title: "Campus", amountMinor: 10000000, owner: "Zhang Wei",
      plan: [{ dueDate: "2026-10-31", amountMinor: 6000000 }, { dueDate: "2026-12-15", amountMinor: 4000000 }] },
    { ...active, currency: "USD", code: "HT-USD", customerCode: "C-ALPHA", title: "Plant", amountMinor: 10000000, owner: "Li Na",
      plan: [{ dueDate: "2026-09-30", amountMinor: 7000000 }, { dueDate: "2027-03-31", amountMinor: 3000000 }] },
    { ...active, currency: "JPY", code: "HT-JPY", customerCode: "C-BETA", title: "Robots", amountMinor: 1500000, owner: "Li Na",
      plan: [{ dueDate: "2026-11-01", amountMinor: 1500000 }] },
  ],
  receipts: [{ contractCode: "HT-USD", date: "2026-11-20", amountMinor: 2500000 }],
  targets: [{ owner: "Zhang Wei", period: "2026-11", targetMinor: 5000000 }],
};

async function pickCurrency(page: Page, code: string): Promise<void> {
  await page.getByTestId("dashboard-currency").click();
  await page.getByRole("option", { name: code, exact: true }).click();
}

describeInBrowser("Dashboard: a ledger in several currencies shows one currency at a time, never a sum", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/dashboard", fixture: mixed });

  test("opens on the default currency, CNY, with a selector and a note that the other currencies are excluded", async () => {
    const { page } = seeded;
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "CNY 100,000.00" }).waitFor();
    expect(await page.getByTestId("dashboard-currency").innerText()).toBe("CNY");
    expect(await page.getByTestId("dashboard-currency-note").innerText()).toBe(
      "Figures in CNY only: contracts in JPY, USD are excluded. Amounts in different currencies are never added.",
    );
    expect(await figure(page, "fig-overdue")).toBe("CNY 60,000.00");
    expect(await figure(page, "fig-collected")).toBe("CNY 0.00");
    expect(await page.getByTestId("forecast-total").innerText()).toBe("Expected in 13 weeks: CNY 40,000.00");
    expect(await page.getByTestId("forecast-past-due").innerText()).toContain("CNY 60,000.00");
    const top = await page.getByTestId("top-overdue").locator("tbody tr").allInnerTexts();
    expect(top.map((r) => r.replace(/\s+/g, " ").trim())).toEqual(["Alpha Build Co. CNY 60,000.00 CNY 100,000.00"]);
    await page.getByTestId("targets-chart").getByText("Zhang Wei: CNY 0.00 / CNY 50,000.00").waitFor();
  });

  test("switching to USD shows the USD contracts' figures only, in USD", async () => {
    const { page } = seeded;
    await pickCurrency(page, "USD");
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "USD 75,000.00" }).waitFor();
    expect(await page.getByTestId("dashboard-currency-note").innerText()).toContain("Figures in USD only: contracts in CNY, JPY are excluded.");
    expect(await figure(page, "fig-overdue")).toBe("USD 45,000.00");
    expect(await figure(page, "fig-collected")).toBe("USD 25,000.00");
    expect(await page.getByTestId("forecast-total").innerText()).toBe("Expected in 13 weeks: USD 0.00");
    expect(await page.getByTestId("forecast-past-due").innerText()).toContain("USD 45,000.00");
    const top = await page.getByTestId("top-overdue").locator("tbody tr").allInnerTexts();
    expect(top.map((r) => r.replace(/\s+/g, " ").trim())).toEqual(["Alpha Build Co. USD 45,000.00 USD 75,000.00"]);
    // The CNY target is not set against USD collections: they are listed on their own.
    expect(await page.getByTestId("targets-chart").count()).toBe(0);
    expect(await page.getByTestId("targets-elsewhere").innerText()).toContain("Collection targets are amounts in CNY");
    const owners = await page.getByTestId("collected-per-owner").locator("tbody tr").allInnerTexts();
    expect(owners.map((r) => r.replace(/\s+/g, " ").trim())).toEqual(["Li Na USD 25,000.00"]);
  });

  test("JPY amounts are shown with JPY's digits (none)", async () => {
    const { page } = seeded;
    await pickCurrency(page, "JPY");
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "JPY 1,500,000" }).waitFor();
    expect(await figure(page, "fig-outstanding")).toBe("JPY 1,500,000");
    expect(await figure(page, "fig-overdue")).toBe("JPY 1,500,000");
  });

  test("in 中文 the note says which currency is shown and that the others are excluded", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "仪表盘" }).click();
    await page.getByTestId("dashboard-currency-note").waitFor();
    // Back on the page, it opens on the default currency again.
    expect(await page.getByTestId("dashboard-currency-note").innerText()).toBe("仅统计 CNY 合同：JPY、USD 合同不计入。不同币种的金额从不相加。");
    expect(await figure(page, "fig-outstanding")).toBe("CNY 100,000.00");
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

/*
 * Targets that carry their currency, set through the repositories (?testhooks), clock at
 * 2026-11-27, default currency CNY. Contracts: HT-CNY (Zhang Wei, CNY) and HT-USD (Li Na, USD,
 * USD 25,000.00 received 2026-11-20), as in the mixed ledger above. November targets:
 *   Zhang Wei CNY 50,000.00, saved without a currency → stored in the default, CNY
 *   Li Na     USD 30,000.00, saved in USD
 * The CNY view sets only Zhang Wei's target (Li Na collected nothing in CNY); the USD view only Li
 * Na's: USD 25,000.00 of USD 30,000.00. After the default becomes USD, Zhang Wei's target is still
 * CNY (it is not read as USD 50,000.00 in the USD view).
 */
const targeted = {
  ...mixed,
  targets: [
    { owner: "Zhang Wei", period: "2026-11", targetMinor: 5000000 },
    { owner: "Li Na", period: "2026-11", targetMinor: 3000000, currency: "USD" },
    { owner: "Li Na", period: "2026-Q4", targetMinor: 8000000, currency: "USD" },
  ],
};

describeInBrowser("Dashboard: a target is set against collections only in its own currency", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/dashboard", fixture: targeted });

  test("the CNY view sets the CNY target, the USD view the USD one, each in its currency", async () => {
    const { page } = seeded;
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "CNY 100,000.00" }).waitFor();
    await page.getByTestId("targets-chart").getByText("Zhang Wei: CNY 0.00 / CNY 50,000.00").waitFor();
    expect(await page.getByTestId("targets-chart").getByText(/^Li Na/).count()).toBe(0);
    await pickCurrency(page, "USD");
    await page.getByTestId("targets-chart").getByText("Li Na: USD 25,000.00 / USD 30,000.00").waitFor();
    expect(await page.getByTestId("targets-chart").getByText(/^Zhang Wei/).count()).toBe(0);
  });

  test("a quarter's target shows beside the month's, against what was collected in the quarter", async () => {
    const { page } = seeded;
    await pickCurrency(page, "USD");
    await page.getByTestId("quarter-targets-chart").getByText("Li Na: USD 25,000.00 / USD 80,000.00").waitFor();
    await pickCurrency(page, "CNY");
    await page.getByTestId("targets-chart").getByText("Zhang Wei: CNY 0.00 / CNY 50,000.00").waitFor();
    expect(await page.getByTestId("quarter-targets-chart").count()).toBe(0); // no CNY target for 2026-Q4
  });

  test("a view with no target in its currency lists what was collected and names the targets' currencies", async () => {
    const { page } = seeded;
    await pickCurrency(page, "JPY");
    await page.getByTestId("targets-elsewhere").waitFor();
    expect(await page.getByTestId("targets-chart").count()).toBe(0);
    expect(await page.getByTestId("targets-elsewhere").innerText()).toBe(
      "Collection targets are amounts in CNY, USD; each is compared only with collections in its own currency. Collected in JPY:",
    );
  });

  test("after the default currency changes to USD, the CNY target is still CNY", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    const currency = page.getByTestId("currency-field");
    await currency.getByRole("combobox", { name: "Default currency" }).selectOption({ label: "USD" });
    await currency.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("currency-status").getByText("Saved.").waitFor();
    await page.getByRole("tab", { name: "Dashboard" }).click();
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "USD 75,000.00" }).waitFor();
    await page.getByTestId("targets-chart").getByText("Li Na: USD 25,000.00 / USD 30,000.00").waitFor();
    expect(await page.getByTestId("targets-chart").getByText(/^Zhang Wei/).count()).toBe(0);
    await pickCurrency(page, "CNY");
    await page.getByTestId("targets-chart").getByText("Zhang Wei: CNY 0.00 / CNY 50,000.00").waitFor();
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

/*
 * Setting targets from the Dashboard's "Collection targets" form (clock at 2026-11-27, default
 * currency CNY). The first ledger above without its target, plus a receipt of CNY 20,000.00 on
 * HT-B (Li Na) on 2026-11-25: Li Na collected CNY 20,000.00 in November, Zhang Wei nothing.
 */
const untargeted = {
  ...fixture,
  receipts: [...fixture.receipts, { contractCode: "HT-B", date: "2026-11-25", amountMinor: 2000000 }],
  targets: [],
};

/** Bumps a stored target's rev and amount straight in IndexedDB, as another pane's edit would. */
async function changeTargetElsewhere(page: Page, owner: string, period: string, targetMinor: number): Promise<void> {
  await page.evaluate(
    ({ dbName, owner, period, targetMinor }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("targets", "readwrite");
          const store = tx.objectStore("targets");
          const all = store.getAll();
          all.onsuccess = () => {
            const t = (all.result as { owner: string; period: string; rev: number }[]).find((r) => r.owner === owner && r.period === period);
            if (!t) return reject(new Error(`no target ${owner} ${period}`));
            store.put({ ...t, rev: t.rev + 1, targetMinor });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dbName: DEFAULT_DB_NAME, owner, period, targetMinor },
  );
}

describeInBrowser("Dashboard: collection targets are set and changed on the page, and the chart follows", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/dashboard", fixture: untargeted });
  const editor = () => seeded.page.getByTestId("targets-editor");
  const field = (label: string) => editor().getByLabel(label);
  const rows = async () => (await editor().getByTestId("target-row").allInnerTexts()).map((r) => r.replace(/\s+/g, " ").trim());

  test("a target set for an owner in the shown period appears on the chart against what the owner collected", async () => {
    const { page } = seeded;
    await page.getByTestId("fig-collected-value").filter({ hasText: "CNY 20,000.00" }).waitFor();
    // No target yet: Li Na's collections are listed, with no target, no percentage and no bar.
    const liNa = page.getByTestId("targets-chart").getByTestId("target-progress").filter({ hasText: "Li Na: CNY 20,000.00" });
    await liNa.getByTestId("target-percent").filter({ hasText: "no target" }).waitFor();
    expect(await liNa.getByTestId("target-bar").count()).toBe(0);
    await editor().getByTestId("targets-none").waitFor();
    // A new target starts in the shown period and currency; the contracts' owners are offered.
    expect(await field("Period").inputValue()).toBe("2026-11");
    expect(await editor().getByTestId("target-currency").innerText()).toBe("CNY");
    const listId = await field("Owner").getAttribute("list");
    expect(await page.locator(`datalist[id="${listId}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(["Li Na", "Zhang Wei"]);
    await field("Owner").fill("Li Na");
    await field("Target amount").fill("80,000");
    await editor().getByRole("button", { name: "Save target" }).click();
    await page.getByTestId("targets-chart").getByText("Li Na: CNY 20,000.00 / CNY 80,000.00").waitFor();
    expect(await editor().getByTestId("target-saved").innerText()).toBe("Saved: Li Na, 2026-11, CNY 80,000.00.");
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 80,000.00 Edit Delete"]);
    expect(await field("Owner").inputValue()).toBe("");
  });

  test("changing the target updates the same record and the chart", async () => {
    const { page } = seeded;
    await editor().getByRole("button", { name: "Edit Li Na 2026-11 CNY" }).click();
    expect(await field("Target amount").inputValue()).toBe("80,000.00");
    await field("Target amount").fill("95,000.50");
    await editor().getByRole("button", { name: "Save target" }).click();
    await page.getByTestId("targets-chart").getByText("Li Na: CNY 20,000.00 / CNY 95,000.50").waitFor();
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 95,000.50 Edit Delete"]);
    // Typing an owner and period that has a target (without Edit) says saving changes it, and does.
    await field("Owner").fill("Li Na");
    await editor().getByTestId("target-exists").getByText("Li Na already has a target for 2026-11 (CNY 95,000.50): saving changes it.").waitFor();
    await field("Target amount").fill("60,000");
    await editor().getByRole("button", { name: "Save target" }).click();
    await page.getByTestId("targets-chart").getByText("Li Na: CNY 20,000.00 / CNY 60,000.00").waitFor();
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 60,000.00 Edit Delete"]);
  });

  test("a period that is not a month or quarter shows core's message as typed, saves nothing and keeps the text", async () => {
    const { page } = seeded;
    await field("Owner").fill("Zhang Wei");
    await field("Period").fill("2026-13");
    await field("Target amount").fill("10,000");
    const message = 'Period must be a month YYYY-MM or a quarter YYYY-Qn, got "2026-13".';
    await editor().getByText(message).waitFor();
    await editor().getByRole("button", { name: "Save target" }).click();
    await editor().getByText("Please correct the highlighted fields.").waitFor();
    expect(await field("Owner").inputValue()).toBe("Zhang Wei");
    expect(await field("Period").inputValue()).toBe("2026-13");
    expect(await field("Target amount").inputValue()).toBe("10,000");
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 60,000.00 Edit Delete"]);
    // Corrected to a quarter, it saves; a quarter is not the chart's month, so the chart keeps Li Na alone.
    await field("Period").fill("2026-q4");
    await editor().getByRole("button", { name: "Save target" }).click();
    await editor().getByTestId("target-saved").getByText("Saved: Zhang Wei, 2026-Q4, CNY 10,000.00.").waitFor();
    await editor().getByRole("button", { name: "Edit Zhang Wei 2026-Q4 CNY" }).waitFor();
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 60,000.00 Edit Delete", "Zhang Wei 2026-Q4 CNY 10,000.00 Edit Delete"]);
    expect(await page.getByTestId("targets-chart").getByText(/^Zhang Wei/).count()).toBe(0);
  });

  test("a target changed elsewhere since it was opened is not overwritten: the stale message shows and the typed amount is kept", async () => {
    const { page } = seeded;
    await editor().getByRole("button", { name: "Edit Li Na 2026-11 CNY" }).click();
    await changeTargetElsewhere(page, "Li Na", "2026-11", 7000000);
    await field("Target amount").fill("65,000");
    await editor().getByRole("button", { name: "Save target" }).click();
    const failure = await editor().getByTestId("target-failure").innerText();
    expect(failure).toContain("This target was changed elsewhere");
    // One thing to do, and no revision numbers: the form holds the other change with what was typed.
    expect(failure).toBe("This target was changed elsewhere: the form now has those changes and keeps what you typed. Check it and save again.");
    expect(await field("Target amount").inputValue()).toBe("65,000");
    await editor().getByText("Also changed elsewhere, to “70,000.00”. Saving keeps what you typed.").waitFor();
    // Saving again, now from the stored revision, applies what was typed.
    await editor().getByRole("button", { name: "Save target" }).click();
    await page.getByTestId("targets-chart").getByText("Li Na: CNY 20,000.00 / CNY 65,000.00").waitFor();
  });

  test("deleting a target takes it off the list", async () => {
    await editor().getByRole("button", { name: "Delete Zhang Wei 2026-Q4 CNY" }).click();
    await editor().getByTestId("target-saved").getByText("Deleted: Zhang Wei, 2026-Q4, CNY.").waitFor();
    await editor().getByRole("button", { name: "Delete Zhang Wei 2026-Q4 CNY" }).waitFor({ state: "detached" });
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 65,000.00 Edit Delete"]);
  });

  test("an owner can also have a USD target for the month; each is listed, edited and deleted on its own", async () => {
    const { page } = seeded;
    const pickTargetCurrency = async (code: string) => {
      await editor().getByTestId("target-currency").click();
      await page.getByRole("option", { name: code, exact: true }).click();
    };
    await field("Owner").fill("Li Na");
    await field("Period").fill("2026-11");
    await pickTargetCurrency("USD");
    // The CNY target is another currency's: saving adds a USD target, it changes nothing stored.
    expect(await editor().getByTestId("target-exists").count()).toBe(0);
    await field("Target amount").fill("5,000");
    await editor().getByRole("button", { name: "Save target" }).click();
    await editor().getByTestId("target-saved").getByText("Saved: Li Na, 2026-11, USD 5,000.00.").waitFor();
    // The list follows the ledger's change a moment after the message (the pane re-reads the targets).
    await editor().getByRole("button", { name: "Edit Li Na 2026-11 USD" }).waitFor();
    expect((await rows()).sort()).toEqual(["Li Na 2026-11 CNY 65,000.00 Edit Delete", "Li Na 2026-11 USD 5,000.00 Edit Delete"]);
    // The CNY view's chart keeps the CNY target.
    await page.getByTestId("targets-chart").getByText("Li Na: CNY 20,000.00 / CNY 65,000.00").waitFor();
    // Moving the USD target onto CNY would make two CNY targets: refused, both kept.
    await editor().getByRole("button", { name: "Edit Li Na 2026-11 USD" }).click();
    await pickTargetCurrency("CNY");
    await editor().getByRole("button", { name: "Save target" }).click();
    expect(await editor().getByTestId("target-failure").innerText()).toContain("Li Na already has a CNY target for 2026-11; change that one instead.");
    expect((await rows()).sort()).toEqual(["Li Na 2026-11 CNY 65,000.00 Edit Delete", "Li Na 2026-11 USD 5,000.00 Edit Delete"]);
    await editor().getByRole("button", { name: "Delete Li Na 2026-11 USD" }).click();
    await editor().getByTestId("target-saved").getByText("Deleted: Li Na, 2026-11, USD.").waitFor();
    await editor().getByRole("button", { name: "Delete Li Na 2026-11 USD" }).waitFor({ state: "detached" });
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 65,000.00 Edit Delete"]);
  });

  test("in 中文 the section, its labels and the period message are Chinese", async () => {
    const { page, pane } = seeded;
    // The previous test left the form on the deleted USD target, changed to CNY: Clear it, or leaving would ask.
    await editor().getByRole("button", { name: "Clear" }).click();
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "仪表盘" }).click();
    await editor().getByRole("heading", { name: "回款目标" }).waitFor();
    expect(await rows()).toEqual(["Li Na 2026-11 CNY 65,000.00 编辑 删除"]);
    await field("期间").fill("2026-Q5");
    await editor().getByText('期间 应为月份 YYYY-MM 或季度 YYYY-Qn，实际为 "2026-Q5"。').waitFor();
    await field("目标金额").fill("12,34");
    await editor().getByText("请输入金额，例如 1,234.56。").waitFor();
    expect(await field("期间").inputValue()).toBe("2026-Q5");
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});
