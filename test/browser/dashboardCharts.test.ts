import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";

jest.setTimeout(120_000);

/*
 * The Dashboard's charts as an analyst reads them in a narrow pane, in both languages. Clock at
 * 2026-11-27, CNY. Worked by hand:
 *   HT-A (Zhang Min) 771,420.00 due 2026-10-15, 160,000.00 received 2026-11-10 → 611,420.00 open,
 *        43 days → 31-60; 351,850.00 due 2026-12-02 and 36,730.00 due 2027-06-30 → Current 388,580.00
 *   HT-B (Li Na) 100,000.00 due 2026-11-05, received 2026-11-06 → settled
 * Aging peaks at 611,420.00 → round ticks 0, 200K … 800K (20万 … 80万), never "11.42k" cut from 611.42k.
 * Plan vs collected peaks at October's 771,420.00 planned → ticks up to 800K. The 13-week forecast
 * peaks at 351,850.00 (week of 2026-11-30) → ticks 0, 100K … 400K.
 * Targets for 2026-11: "zhang min" (typed in lower case) 250,000.00 → Zhang Min collected 160,000.00
 * = 64%; Li Na collected 100,000.00 with no target.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-06-01", terms: "", currency: "CNY", penalty: { kind: "none" } };
const fixture = {
  customers: [
    { code: "C-A", name: "Alpha Build Co.", contact: "Ms. Alpha" },
    { code: "C-B", name: "Beta Tech Ltd.", contact: "Mr. Beta" },
  ],
  contracts: [
    { ...active, code: "HT-A", customerCode: "C-A", title: "Campus", amountMinor: 116000000, owner: "Zhang Min",
      plan: [{ dueDate: "2026-10-15", amountMinor: 77142000 }, { dueDate: "2026-12-02", amountMinor: 35185000 }, { dueDate: "2027-06-30", amountMinor: 3673000 }] },
    { ...active, code: "HT-B", customerCode: "C-B", title: "Network", amountMinor: 10000000, owner: "Li Na",
      plan: [{ dueDate: "2026-11-05", amountMinor: 10000000 }] },
  ],
  invoices: [
    { contractCode: "HT-B", number: "INV-B1", date: "2026-08-20", amountMinor: 5000000 },
    { contractCode: "HT-B", number: "INV-B2", date: "2026-09-20", amountMinor: 5000000 },
    { contractCode: "HT-A", number: "INV-A1", date: "2026-10-15", amountMinor: 77142000 },
  ],
  receipts: [
    { contractCode: "HT-A", date: "2026-11-10", amountMinor: 16000000 },
    { contractCode: "HT-B", date: "2026-11-06", amountMinor: 10000000 },
  ],
  targets: [{ owner: "zhang min", period: "2026-11", targetMinor: 25000000 }],
};

const CHARTS = ["aging-chart", "plan-vs-actual-chart", "metric-trend-chart", "forecast-chart"] as const;

interface ChartText {
  /** The y-axis tick labels, bottom to top. */
  readonly yLabels: string[];
  /** The x-axis tick labels, left to right (only those drawn). */
  readonly xLabels: string[];
  /** Every label of the chart that reaches past its svg on the left or right: cut off on screen. */
  readonly clipped: string[];
}

/** The axis labels of a chart as drawn, and any that its svg cuts off. */
async function chartText(page: Page, testId: string): Promise<ChartText> {
  const chart = page.getByTestId(testId);
  await chart.locator("svg .tick text").first().waitFor();
  return chart.evaluate((root) => {
    const svg = root.querySelector("svg")!;
    const box = svg.getBoundingClientRect();
    const texts = (sel: string) => [...root.querySelectorAll<SVGTextElement>(sel)].filter((t) => getComputedStyle(t).display !== "none" && getComputedStyle(t).visibility !== "hidden");
    const clipped = texts("svg text")
      .filter((t) => (t.textContent ?? "") !== "")
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((t) => `${t.textContent} (${Math.round(t.getBoundingClientRect().left - box.left)}..${Math.round(t.getBoundingClientRect().right - box.left)} of ${Math.round(box.width)}px)`);
    const byY = (a: Element, b: Element) => b.getBoundingClientRect().top - a.getBoundingClientRect().top;
    const byX = (a: Element, b: Element) => a.getBoundingClientRect().left - b.getBoundingClientRect().left;
    return {
      yLabels: texts(".fui-cart__yAxis .tick text").sort(byY).map((t) => t.textContent ?? ""),
      xLabels: texts(".fui-cart__xAxis .tick text").filter((t) => t.getBoundingClientRect().width > 0).sort(byX).map((t) => t.textContent ?? ""),
      clipped,
    };
  });
}

/** Opens the Dashboard again at this pane width (the charts size themselves when they render). */
async function atWidth(page: Page, width: number, charts: readonly string[] = CHARTS): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.reload();
  await page.getByTestId("aging-chart").locator("svg rect").first().waitFor();
  for (const id of charts) await page.getByTestId(id).locator("svg .tick text").first().waitFor();
}

async function toChinese(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.getByRole("radio", { name: "中文（简体）" }).click();
  await page.getByRole("tab", { name: "仪表盘" }).click();
}

const EN_MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/;
const ZH_MONTH = /^(\d{4}年)?\d{1,2}月$/;

const languages = [
  {
    lang: "English", chinese: false, current: "Current", noTarget: "no target", month: EN_MONTH,
    aging: ["0", "200K", "400K", "600K", "800K"], forecast: ["0", "100K", "200K", "300K", "400K"],
    zeroMessage: "Target amount must be greater than zero", save: "Save target", owner: "Owner", amount: "Target amount",
  },
  {
    lang: "中文", chinese: true, current: "未到期", noTarget: "未设目标", month: ZH_MONTH,
    aging: ["0", "20万", "40万", "60万", "80万"], forecast: ["0", "10万", "20万", "30万", "40万"],
    zeroMessage: "目标金额 应大于零", save: "保存目标", owner: "负责人", amount: "目标金额",
  },
];

for (const L of languages) {
  describeInBrowser(`Dashboard charts in ${L.lang}: round, whole axis labels, months and words in the pane's language`, () => {
    // An English browser with the pane switched to 中文 in Settings: the charts must follow the pane, not the browser.
    const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 15_000, hash: "#/dashboard", fixture, ready: L.chinese ? toChinese : undefined });

    for (const width of [320, 450]) {
      test(`at ${width}px no axis label is cut off, and the money axes are round ticks (0, 200K … 800K; 0, 20万 … 80万)`, async () => {
        const { page } = seeded;
        await atWidth(page, width);
        const charts = Object.fromEntries(await Promise.all(CHARTS.map(async (id) => [id, await chartText(page, id)] as const)));
        for (const id of CHARTS) expect({ id, clipped: charts[id].clipped }).toEqual({ id, clipped: [] });
        expect(charts["aging-chart"].yLabels).toEqual(L.aging);
        expect(charts["plan-vs-actual-chart"].yLabels).toEqual(L.aging);
        expect(charts["forecast-chart"].yLabels).toEqual(L.forecast);
      });
    }

    test("the DSO / CEI axis names months in the pane's language (not \"Jul 01\"), the first with its year", async () => {
      const { page } = seeded;
      const { xLabels } = await chartText(page, "metric-trend-chart");
      expect(xLabels.length).toBeGreaterThan(1);
      for (const label of xLabels) expect(label).toMatch(L.month);
      expect(xLabels[0]).toMatch(/2026/);
      expect(new Set(xLabels).size).toBe(xLabels.length);
    });

    test("the aging chart names the not-yet-due bucket in the pane's language", async () => {
      const { page } = seeded;
      const { xLabels } = await chartText(page, "aging-chart");
      expect(xLabels).toEqual([L.current, "1-30", "31-60", "61-90", ">90"]);
    });

    test("a target typed as \"zhang min\" is Zhang Min's: 64% of it collected; Li Na, without a target, shows no percentage and no bar", async () => {
      const { page } = seeded;
      const rows = page.getByTestId("targets-chart").getByTestId("target-progress");
      const zhang = rows.filter({ hasText: "Zhang Min: CNY 160,000.00 / CNY 250,000.00" });
      expect(await zhang.getByTestId("target-percent").innerText()).toBe("64%");
      expect(await zhang.getByTestId("target-bar").count()).toBe(1);
      const liNa = rows.filter({ hasText: "Li Na: CNY 100,000.00" });
      expect(await liNa.getByTestId("target-percent").innerText()).toBe(L.noTarget);
      expect(await liNa.getByTestId("target-bar").count()).toBe(0);
      expect(await liNa.innerText()).not.toContain("%");
      expect(await rows.count()).toBe(2);
    });

    test("a target of 0 is refused with a message, and nothing is saved", async () => {
      const { page } = seeded;
      const editor = page.getByTestId("targets-editor");
      const before = await editor.getByTestId("target-row").count();
      await editor.getByLabel(L.owner).fill("Li Na");
      await editor.getByLabel(L.amount).fill("0");
      await editor.getByRole("button", { name: L.save }).click();
      await editor.getByText(L.zeroMessage).waitFor();
      expect(await editor.getByTestId("target-saved").count()).toBe(0);
      expect(await editor.getByTestId("target-row").count()).toBe(before);
    });
  });
}

/*
 * A ledger with amounts in the trillions: HT-X (Zhang Min) CNY 9,000,004,085,678.90 due
 * 2026-10-15, unpaid → outstanding and overdue both read "CNY 9,000,004,085,678.90", one word of
 * 24 characters that spilled out of its card into the next one and widened a 320px pane.
 */
const huge = {
  customers: [{ code: "C-X", name: "Xenon Mega Projects", contact: "Mr. X" }],
  contracts: [
    { ...active, code: "HT-X", customerCode: "C-X", title: "Megaproject", amountMinor: 900000408567890, owner: "Zhang Min",
      plan: [{ dueDate: "2026-10-15", amountMinor: 900000408567890 }] },
  ],
  targets: [{ owner: "Zhang Min", period: "2026-11", targetMinor: 900000408567890 }],
};

describeInBrowser("Dashboard at 320px with amounts in the trillions: every figure stays inside its card", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 15_000, hash: "#/dashboard", fixture: huge });

  test("the summary cards wrap the amount instead of spilling into the next card, and the page does not scroll sideways", async () => {
    const { page } = seeded;
    await atWidth(page, 320, ["aging-chart"]); // no invoices: no DSO / CEI chart
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "CNY 9,000,004,085,678.90" }).waitFor();
    const spills = await page.evaluate(() => {
      const out: string[] = [];
      for (const id of ["fig-outstanding", "fig-overdue", "fig-collected", "fig-dso", "fig-cei"]) {
        const card = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        const value = document.querySelector(`[data-testid="${id}-value"]`)!;
        const range = document.createRange();
        range.selectNodeContents(value);
        const text = range.getBoundingClientRect(); // the text itself, which may overflow its box
        if (text.right > card.right + 0.5 || text.left < card.left - 0.5) out.push(`${id}: text ${Math.round(text.left)}..${Math.round(text.right)}, card ${Math.round(card.left)}..${Math.round(card.right)}`);
      }
      return out;
    });
    expect(spills).toEqual([]);
    // The figure still reads as the whole amount (the break points add no characters).
    expect(await page.getByTestId("fig-overdue-value").innerText()).toMatch(/^CNY 9,000,004,\s?085,678\.90$/);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const { clipped } = await chartText(page, "aging-chart");
    expect(clipped).toEqual([]);
  });
});
