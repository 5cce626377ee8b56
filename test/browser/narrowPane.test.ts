import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";

jest.setTimeout(120_000);

/*
 * Excel lets the task pane be as narrow as 320px. Every page and every form must fit that width:
 * sideways scrolling hides the right half of a form's fields (in the Dashboard's target form the
 * currency and half the period were off-screen). A table too wide for the pane may scroll inside
 * its own box; the page itself may not.
 */
const WIDTH = 320;
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, terms: "", currency: "CNY", penalty: { kind: "none" } };

const fixture = {
  customers: [
    { code: "KH-001", name: "华东建设集团有限公司", contact: "王经理", owner: "张伟", creditLimitMinor: 500000000 },
    { code: "KH-002", name: "Pacific Engineering and Construction Ltd.", contact: "Mr. Smith", owner: "Li Na", currency: "USD", creditLimitMinor: 50000000 },
  ],
  contracts: [
    { ...active, code: "HT-2026-001", customerCode: "KH-001", title: "浦东数据中心机电安装工程", amountMinor: 380000000, signDate: "2026-03-15", owner: "张伟",
      plan: [{ dueDate: "2026-03-15", amountMinor: 114000000 }, { dueDate: "2026-06-13", amountMinor: 228000000 }, { dueDate: "2027-03-15", amountMinor: 38000000 }] },
    { ...active, code: "HT-2026-002", customerCode: "KH-002", title: "Port crane retrofit", amountMinor: 45000000, currency: "USD", signDate: "2026-04-01", owner: "Li Na",
      plan: [{ dueDate: "2026-07-01", amountMinor: 15000000 }, { dueDate: "2026-10-01", amountMinor: 15000000 }, { dueDate: "2027-01-15", amountMinor: 15000000 }] },
  ],
  invoices: [{ contractCode: "HT-2026-001", number: "FP-0001", date: "2026-03-15", amountMinor: 114000000 }],
  receipts: [{ contractCode: "HT-2026-001", date: "2026-04-02", amountMinor: 114000000 }],
  targets: [{ owner: "张伟", period: "2026-11", targetMinor: 200000000 }],
  reminders: [{ contractCode: "HT-2026-001", date: "2026-11-20", channel: "email" as const, contact: "王经理", outcome: "已发送催款邮件", owner: "张伟" }],
};

/**
 * Visible elements whose right edge is past the pane's, unless a scroll box that itself fits holds
 * them. Empty when the page fits.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const fits = (el: Element) => el.getBoundingClientRect().right <= width + 0.5;
    const inFittingScroller = (el: Element) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowX) && fits(a)) return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || fits(el) || inFittingScroller(el)) continue;
      out.push(`<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").slice(0, 40)}"> right ${Math.round(r.right)}px: ${(el.textContent ?? "").slice(0, 40)}`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
    return out;
  });
}

type Lang = "en" | "zh";
const label = (lang: Lang, en: string, zh: string) => (lang === "en" ? en : zh);

/** Each view of the pane, opened the way an analyst opens it; the name says where it overflowed. */
function views(lang: Lang): [string, (page: Page) => Promise<void>][] {
  const tab = (en: string, zh: string) => async (page: Page) => {
    await page.getByRole("tab", { name: label(lang, en, zh), exact: true }).click();
  };
  return [
    ["Today", async (page) => {
      await tab("Today", "今日")(page);
      await page.getByRole("button", { name: label(lang, "Log reminder", "记录催款") }).first().waitFor();
    }],
    ["Today's reminder dialog", async (page) => {
      await page.getByRole("button", { name: label(lang, "Log reminder", "记录催款") }).first().click();
      await page.getByRole("dialog").waitFor();
    }],
    ["Contracts", async (page) => {
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "detached" });
      await tab("Contracts", "合同")(page);
      await page.getByTestId("contract-row").first().waitFor();
    }],
    ["the contract form", async (page) => {
      await page.getByRole("button", { name: label(lang, "New contract", "新建合同") }).click();
      await page.getByTestId("contract-form").waitFor();
    }],
    ["a contract's detail with its plan", async (page) => {
      await tab("Customers", "客户")(page);
      await tab("Contracts", "合同")(page);
      await page.locator('[data-testid="contract-row"][data-code="HT-2026-001"]').click();
      await page.getByTestId("plan-table-row").first().waitFor();
    }],
    ["Customers", async (page) => {
      await tab("Customers", "客户")(page);
      await page.getByTestId("customer-row").first().waitFor();
    }],
    ["the customer form", async (page) => {
      await page.getByRole("button", { name: label(lang, "New customer", "新建客户") }).click();
      await page.getByRole("button", { name: label(lang, "Save", "保存") }).first().waitFor();
    }],
    ["a customer's detail", async (page) => {
      await tab("Contracts", "合同")(page);
      await tab("Customers", "客户")(page);
      await page.locator('[data-testid="customer-row"][data-code="KH-002"]').click();
      await page.getByTestId("customer-detail").waitFor();
    }],
    ["Reminders", async (page) => {
      await tab("Reminders", "催款")(page);
      await page.getByRole("button", { name: label(lang, "Copy", "复制") }).waitFor();
    }],
    ["Dashboard with the target form", async (page) => {
      await tab("Dashboard", "仪表盘")(page);
      await page.getByTestId("target-form").waitFor();
    }],
    ["Data", async (page) => {
      await tab("Data", "数据")(page);
      await page.getByRole("heading", { level: 3 }).first().waitFor();
    }],
    ["Settings", async (page) => {
      await tab("Settings", "设置")(page);
      await page.getByTestId("weights-field").waitFor();
    }],
  ];
}

for (const [lang, locale] of [["en", "en-US"], ["zh", "zh-CN"]] as const) {
  describeInBrowser(`A ${WIDTH}px task pane (${lang})`, () => {
    const seeded = seededPane({ locale, now: TODAY, stepTimeout: 15_000, hash: "#/today", fixture });

    test(`every page and form fits ${WIDTH}px without sideways scrolling (${lang})`, async () => {
      const { page, pane } = seeded;
      await page.setViewportSize({ width: WIDTH, height: 900 });
      const found: string[] = [];
      for (const [name, open] of views(lang)) {
        await open(page);
        for (const o of await overflowing(page)) found.push(`${name}: ${o}`);
      }
      expect(found).toEqual([]);
      expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    });
  });
}
