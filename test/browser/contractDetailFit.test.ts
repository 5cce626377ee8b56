import type { Page } from "playwright-core";
import { strings } from "../../src/taskpane/pages/Contracts/strings";
import { describeInBrowser, seededPane } from "./support/browser";
import { openContract } from "./support/contractPage";

jest.setTimeout(120_000);

/*
 * A contract's detail in a narrow task pane (Excel lets it be 320px wide; 450px is a common width),
 * with a realistic plan: three installments of CNY 3,000,000,000.00, the first 60 days overdue and
 * partly paid, the second 30 days overdue, receipts with a long method and reference, invoices with tax
 * and an installment, milestones late and upcoming. The plan, milestones, invoices and receipts
 * must each fit the pane: nothing past the section's edge (no sideways scrolling, inside a table's
 * own scroll box either: a cut-off "Owner / trigger" button or a half-hidden amount is as bad),
 * and within a row no text or button runs out of its cell or over another cell's
 * ("300,000.00300,000.00", "逾期 60 天" drawn over the amounts).
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, currency: "CNY", penalty: { kind: "none" } };
const BILLION3 = 300_000_000_000; // CNY 3,000,000,000.00 in fen

const fixture = {
  customers: [{ code: "KH-FIT", name: "华东建设集团有限公司上海分公司", contact: "王经理", owner: "Zhang Min", creditLimitMinor: 2_000_000_000_000 }],
  contracts: [
    { ...active, code: "HT-2026-FIT-001", customerCode: "KH-FIT", title: "浦东数据中心机电安装工程 Pudong data centre M&E works", terms: "",
      amountMinor: 3 * BILLION3, signDate: "2026-03-15", owner: "Zhang Min",
      plan: [{ dueDate: "2026-09-28", amountMinor: BILLION3 }, { dueDate: "2026-10-28", amountMinor: BILLION3 }, { dueDate: "2027-03-15", amountMinor: BILLION3 }] },
    // No title: the list must not show "· Zhang Min".
    { ...active, code: "HT-2026-FIT-002", customerCode: "KH-FIT", title: "", terms: "", amountMinor: 10_000_000, signDate: "2026-05-01", owner: "Zhang Min",
      plan: [{ dueDate: "2026-12-31", amountMinor: 10_000_000 }] },
  ],
  invoices: [{ contractCode: "HT-2026-FIT-001", number: "FP-20260928-000123", date: "2026-09-28", amountMinor: BILLION3, taxMinor: 34_513_274_336 }],
  receipts: [{ contractCode: "HT-2026-FIT-001", date: "2026-10-05", amountMinor: 123_456_789_012 }],
};
const CODE = "HT-2026-FIT-001";

/** Milestones, a second receipt (bank acceptance bill with a reference) and an invoice tied to installment #2, entered on the page. */
async function enterThroughThePage(page: Page): Promise<void> {
  await openContract(page, CODE);
  const milestoneForm = page.getByTestId("milestone-form");
  for (const [name, planned] of [["竣工验收 Completion acceptance", "2026-10-01"], ["Design approved", "2026-12-15"]]) {
    await milestoneForm.locator('input[name="milestoneName"]').fill(name);
    await milestoneForm.locator('input[name="plannedDate"]').fill(planned);
    await milestoneForm.locator('button[type="submit"]').click();
    await page.locator(`[data-testid="milestone-row"][data-name="${name}"]`).waitFor();
  }
  const receiptForm = page.getByTestId("receipt-form");
  await receiptForm.locator('input[name="receiptDate"]').fill("2026-11-20");
  await receiptForm.locator('input[name="receiptAmount"]').fill("234,567,890.12");
  await receiptForm.locator('select[name="receiptMethod"]').selectOption("acceptance");
  await receiptForm.locator('input[name="receiptReference"]').fill("BA-2026-000123456789");
  await receiptForm.locator('button[type="submit"]').click();
  await page.locator('[data-testid="receipt-row"][data-date="2026-11-20"]').waitFor();
  const invoiceForm = page.getByTestId("invoice-form");
  await invoiceForm.locator('input[name="invoiceNumber"]').fill("FP-20261028-000456");
  await invoiceForm.locator('input[name="invoiceDate"]').fill("2026-10-28");
  await invoiceForm.locator('input[name="invoiceAmount"]').fill("3,000,000,000.00");
  await invoiceForm.locator('input[name="invoiceTax"]').fill("345,132,743.36");
  await invoiceForm.locator('select[name="invoiceInstallment"]').selectOption({ index: 2 });
  await invoiceForm.locator('button[type="submit"]').click();
  await page.locator('[data-testid="invoice-row"][data-number="FP-20261028-000456"]').waitFor();
}

const SECTIONS = ["plan-section", "milestones-section", "invoices-section", "receipts-section"];

/**
 * What does not fit, as readable lines; empty when everything fits. Checked in each section: every
 * visible element lies within the section's width (and the pane's); in every table row, each
 * cell's text and buttons stay inside the cell and clear of the other cells' text and buttons.
 */
async function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate((ids) => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px wide in ${vw}px`);
    const px = (n: number) => Math.round(n * 10) / 10;
    const nameOf = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 36)}"`;
    for (const id of ids) {
      const section = document.querySelector(`[data-testid="${id}"]`);
      if (!section) {
        out.push(`${id}: not shown`);
        continue;
      }
      const box = section.getBoundingClientRect();
      const left = Math.max(box.left, 0) - 0.5;
      const right = Math.min(box.right, vw) + 0.5;
      // Hidden on purpose: clipped by a box that itself fits (a visually hidden header row). A
      // scroll box does not count: what it scrolls out of sight is cut off for the analyst.
      const clippedAway = (el: Element) => {
        for (let a = el.parentElement; a && a !== section; a = a.parentElement) {
          const r = a.getBoundingClientRect();
          if (/(hidden|clip)/.test(getComputedStyle(a).overflowX) && r.left >= left && r.right <= right && r.width <= 1) return true;
        }
        return false;
      };
      for (const el of section.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || clippedAway(el)) continue;
        if (r.left < left || r.right > right) out.push(`${id}: ${nameOf(el)} spans ${px(r.left)}–${px(r.right)}px, the section ${px(left + 0.5)}–${px(right - 0.5)}px`);
      }
      for (const row of section.querySelectorAll("tbody tr")) {
        const cells = [...row.querySelectorAll(":scope > td")].filter((td) => td.getBoundingClientRect().width > 0);
        const boxes = cells.map((td) => {
          const found: { r: DOMRect; what: string }[] = [];
          const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim() || n.parentElement?.closest("button")) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects()) if (r.width > 0) found.push({ r, what: `"${n.textContent.trim().slice(0, 30)}"` });
          }
          for (const b of td.querySelectorAll("button")) found.push({ r: b.getBoundingClientRect(), what: `button "${b.textContent?.trim()}"` });
          return found;
        });
        const rowName = (row.textContent ?? "").trim().slice(0, 24);
        cells.forEach((td, i) => {
          const c = td.getBoundingClientRect();
          for (const { r, what } of boxes[i]) {
            if (r.left < c.left - 0.5 || r.right > c.right + 0.5) out.push(`${id}, row "${rowName}": ${what} spans ${px(r.left)}–${px(r.right)}px, its cell ${px(c.left)}–${px(c.right)}px`);
          }
        });
        for (let i = 0; i < cells.length; i++) {
          for (let j = i + 1; j < cells.length; j++) {
            for (const a of boxes[i]) {
              for (const b of boxes[j]) {
                const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                if (w > 0.5 && h > 0.5) out.push(`${id}, row "${rowName}": ${a.what} overlaps ${b.what}`);
              }
            }
          }
        }
      }
    }
    return out;
  }, SECTIONS);
}

type Lang = "en" | "zh";
const t = (lang: Lang, en: string, zh: string) => (lang === "en" ? en : zh);

/** The validation message under the field whose input is named `name`. */
async function fieldMessage(page: Page, form: string, name: string): Promise<string> {
  const field = page.getByTestId(form).locator(".fui-Field").filter({ has: page.locator(`[name="${name}"]`) });
  return (await field.locator(".fui-Field__validationMessage").innerText()).trim();
}

for (const [lang, locale] of [["en", "en-US"], ["zh", "zh-CN"]] as const) {
  describeInBrowser(`A contract's detail in a narrow pane (${lang})`, () => {
    const seeded = seededPane({ locale, now: TODAY, stepTimeout: 15_000, hash: "#/contracts", fixture, ready: enterThroughThePage });

    // 800px: wide enough for the tables themselves, which must fit their content too.
    for (const width of [320, 450, 800]) {
      test(`plan, milestones, invoices and receipts with 3,000,000,000.00 installments fit ${width}px: nothing past the edge, scrolled away or overlapping (${lang})`, async () => {
        const { page, pane } = seeded;
        await page.setViewportSize({ width, height: 900 });
        await page.locator(`[data-testid="contract-detail"][data-code="${CODE}"]`).waitFor();
        // The rows this test is about are all there: overdue installments, a late milestone, both receipts and invoices.
        expect(await page.getByTestId("plan-table-row").count()).toBe(3);
        expect(await page.getByTestId("plan-table").innerText()).toContain(t(lang, "Overdue 60 d", "逾期 60 天"));
        expect(await page.getByTestId("milestone-row").count()).toBe(2);
        expect(await page.getByTestId("receipt-row").count()).toBe(2);
        expect(await page.getByTestId("invoice-row").count()).toBe(2);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await fitProblems(page)).toEqual([]);
        expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
      });
    }

    test(`the plan's step editor and renegotiation preview fit 320px as well (${lang})`, async () => {
      const { page } = seeded;
      await page.setViewportSize({ width: 320, height: 900 });
      const plan = page.getByTestId("plan-section");
      await plan.getByTestId("plan-table-row").first().getByRole("button", { name: t(lang, "Owner / trigger", "负责人 / 触发条件") }).click();
      await page.getByTestId("step-form").waitFor();
      expect(await fitProblems(page)).toEqual([]);
      await page.getByTestId("step-form").getByRole("button", { name: t(lang, "Cancel", "取消") }).click();
      await plan.getByRole("button", { name: t(lang, "Renegotiate", "重新协商") }).click();
      await plan.locator('textarea[name="newTerms"]').fill("30%@30d; 70%@90d");
      await page.getByTestId("renegotiate-preview-row").first().waitFor();
      expect(await fitProblems(page)).toEqual([]);
      // Terms were typed: Cancel asks before throwing them away.
      await plan.getByRole("button", { name: t(lang, "Cancel", "取消") }).click();
      await page.getByTestId("unsaved-edits-dialog").getByRole("button", { name: t(lang, "Discard", "放弃更改") }).click();
      await page.getByTestId("renegotiate-preview-row").first().waitFor({ state: "detached" });
    });

    test(`receipt and invoice amount errors name the field the analyst typed in, in plain words (${lang})`, async () => {
      const { page } = seeded;
      await page.setViewportSize({ width: 1280, height: 900 });
      // The labels the analyst sees on the fields (and the contract's amount, which the errors used to name).
      const { amount: contractAmount, receiptAmount: received, invoiceAmount: amount, invoiceDate: date } = strings[lang];
      /** The message under the field names it by the label the analyst sees above it, never as the contract amount. */
      const expectNames = (message: string, label: string) => {
        expect(message).toContain(label);
        expect(message).not.toContain(contractAmount);
      };

      const receipt = page.getByTestId("receipt-form");
      await receipt.locator('input[name="receiptAmount"]').fill("");
      await receipt.locator('button[type="submit"]').click();
      expectNames(await fieldMessage(page, "receipt-form", "receiptAmount"), received);
      await receipt.locator('input[name="receiptAmount"]').fill("0");
      const zero = await fieldMessage(page, "receipt-form", "receiptAmount");
      expectNames(zero, received);
      expect(zero).toContain(t(lang, "greater than zero", "大于零"));
      await receipt.locator('input[name="receiptAmount"]').fill("99999999999999999");
      const tooLarge = await fieldMessage(page, "receipt-form", "receiptAmount");
      expectNames(tooLarge, received);
      expect(tooLarge).toContain("99999999999999999");
      // The limit in plain words, not "minor units" / "最小货币单位".
      expect(tooLarge).toContain("15");
      expect(tooLarge).not.toMatch(/minor unit|最小货币单位/);
      await receipt.locator('input[name="receiptAmount"]').fill("");

      const invoice = page.getByTestId("invoice-form");
      await invoice.locator('input[name="invoiceDate"]').fill("");
      await invoice.locator('button[type="submit"]').click();
      expectNames(await fieldMessage(page, "invoice-form", "invoiceAmount"), amount);
      expectNames(await fieldMessage(page, "invoice-form", "invoiceDate"), date);
      await invoice.locator('input[name="invoiceAmount"]').fill("0");
      expectNames(await fieldMessage(page, "invoice-form", "invoiceAmount"), amount);
    });

    test(`a contract without a title is listed as its owner alone, with no dangling separator (${lang})`, async () => {
      const { page } = seeded;
      await page.getByRole("button", { name: t(lang, "Back to the list", "返回列表") }).click();
      // The previous test left an invoice typed and not recorded: Back asks first.
      await page.getByTestId("unsaved-edits-dialog").getByRole("button", { name: t(lang, "Discard", "放弃更改") }).click();
      const row = page.locator('[data-testid="contract-row"][data-code="HT-2026-FIT-002"]');
      const lines = (await row.innerText()).split("\n").map((l) => l.trim()).filter(Boolean);
      expect(lines).toContain("Zhang Min");
      expect(lines.some((l) => /^·|·$/.test(l))).toBe(false);
      // A titled contract keeps "title · owner".
      expect(await page.locator(`[data-testid="contract-row"][data-code="${CODE}"]`).innerText()).toContain("Pudong data centre M&E works · Zhang Min");
    });
  });
}
