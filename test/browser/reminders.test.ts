import type { Page } from "playwright-core";
import { describeInBrowser, type SeededPane, seededPane } from "./support/browser";

// Launching Chromium and seeding take seconds on a busy machine; the default 5 s is too tight.
jest.setTimeout(60_000);

/*
 * The Reminders page on a ledger seeded with the repositories (?testhooks), clock at 2026-11-27:
 * the contact log and its filters, and the letter drafts in both languages.
 * HT-A: 300,000.00 due 2026-09-30, 58 days late; interest 3.65% a year on a 365-day year:
 *   300,000.00 × 0.0365 × 58 / 365 = 1,740.00 → total due 301,740.00.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-06-01", terms: "", currency: "CNY" };

const fixture = {
  customers: [
    { code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" },
    { code: "C-BETA", name: "Beta Tech Ltd.", contact: "Mr. Beta" },
  ],
  contracts: [
    { ...active, code: "HT-A", customerCode: "C-ALPHA", title: "Campus phase 1", amountMinor: 30000000, owner: "Zhang Wei",
      penalty: { kind: "interest", annualRate: 0.0365, yearDays: 365, graceDays: 0 }, plan: [{ dueDate: "2026-09-30", amountMinor: 30000000 }] },
    { ...active, code: "HT-B", customerCode: "C-BETA", title: "Data centre", amountMinor: 5000000, owner: "Li Na",
      penalty: { kind: "none" }, plan: [{ dueDate: "2026-11-20", amountMinor: 5000000 }] },
    { ...active, code: "HT-C", customerCode: "C-BETA", title: "Network", amountMinor: 12000000, owner: "Li Na",
      penalty: { kind: "none" }, plan: [{ dueDate: "2026-10-15", amountMinor: 12000000 }] },
  ],
  reminders: [
    { contractCode: "HT-A", date: "2026-11-02", channel: "phone", contact: "Ms. Alpha", outcome: "R1 no answer", owner: "Zhang Wei" },
    { contractCode: "HT-B", date: "2026-11-10", channel: "email", contact: "Mr. Beta", outcome: "R2 invoice resent", owner: "Li Na" },
    { contractCode: "HT-C", date: "2026-11-20", channel: "visit", contact: "Mr. Beta", outcome: "R3 promised", owner: "Li Na",
      promiseDate: "2026-11-30", promiseAmountMinor: 2000000 },
    { contractCode: "HT-A", date: "2026-11-25", channel: "letter", contact: "Ms. Alpha", outcome: "R4 formal letter sent", owner: "Zhang Wei" },
  ],
};

/** A pane in `locale` on the seeded Reminders page, once all four contacts are listed. */
function remindersPane(locale: string): SeededPane {
  return seededPane({ locale, now: TODAY, hash: "#/reminders", fixture, ready: (page) => page.getByTestId("log-entry").nth(3).waitFor() });
}

/** The R-labels of the listed contacts, in order. */
async function listed(page: Page): Promise<string[]> {
  const texts = await page.getByTestId("log-entry").allInnerTexts();
  return texts.map((t) => /R\d/.exec(t)?.[0] ?? "?");
}

describeInBrowser("Reminders: the contact log and its filters", () => {
  const seeded = remindersPane("en-US");

  test("lists every contact newest first, with its promise", async () => {
    const { page } = seeded;
    expect(await listed(page)).toEqual(["R4", "R3", "R2", "R1"]);
    expect(await page.getByTestId("log-entry").nth(1).innerText()).toContain("Promise: CNY 20,000.00 by 2026-11-30");
    expect(await page.getByTestId("log-count").innerText()).toBe("4 contacts");
  });

  test("filters by owner, channel, contract and date range, and clears", async () => {
    const { page } = seeded;
    const log = page.getByTestId("contact-log");
    await log.getByLabel("Owner").selectOption("Li Na");
    expect(await listed(page)).toEqual(["R3", "R2"]);
    await log.getByLabel("Channel").selectOption("email");
    expect(await listed(page)).toEqual(["R2"]);
    await log.getByRole("button", { name: "Clear filters" }).click();

    await log.getByLabel("Contract").selectOption({ label: "HT-A" });
    expect(await listed(page)).toEqual(["R4", "R1"]);
    await log.getByRole("button", { name: "Clear filters" }).click();

    await log.getByLabel("From").fill("2026-11-10");
    await log.getByLabel("To").fill("2026-11-20");
    expect(await listed(page)).toEqual(["R3", "R2"]);
    await log.getByLabel("To").fill("2026-11-01");
    expect(await page.getByTestId("log-empty").innerText()).toBe("No contacts match these filters.");
    await log.getByRole("button", { name: "Clear filters" }).click();
    expect(await listed(page)).toEqual(["R4", "R3", "R2", "R1"]);
  });

  test("the draft follows the chosen stage and language", async () => {
    const { page } = seeded;
    const draft = page.getByTestId("letter-draft");
    const body = draft.getByRole("textbox", { name: "Text" });
    // starts on HT-A, contacted last; 58 days late is a final demand
    expect((await body.inputValue()).split("\n")[0]).toBe("Final demand for payment: contract HT-A");
    await draft.getByLabel("Stage").selectOption("formal");
    expect((await body.inputValue()).split("\n")[0]).toBe("Formal notice of overdue payment: contract HT-A");
    await draft.getByLabel("Language").selectOption("zh");
    const zh = await body.inputValue();
    expect(zh.split("\n")[0]).toBe("催款函（合同编号：HT-A）");
    expect(zh).toContain("1     2026年9月30日  CNY 300,000.00        58  CNY 1,740.00");
    expect(zh).toContain("应付合计：CNY 301,740.00（本金CNY 300,000.00，利息CNY 1,740.00）");
    expect(zh).toContain("请贵司于2026年12月2日前足额支付上述款项共计CNY 301,740.00"); // formal: five days' notice
  });

  test("when the async clipboard is refused the text is copied from the selected draft", async () => {
    const { page } = seeded;
    const draft = page.getByTestId("letter-draft");
    await draft.getByLabel("Language").selectOption("en");
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new DOMException("denied", "NotAllowedError")), configurable: true });
    });
    await draft.getByRole("button", { name: "Copy" }).click();
    await draft.getByTestId("copy-result").waitFor();
    const text = await draft.getByRole("textbox", { name: "Text" }).inputValue();
    const selection = await draft.getByRole("textbox", { name: "Text" }).evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd]);
    expect(selection).toEqual([0, text.length]);
  });
});

describeInBrowser("Reminders in Chinese", () => {
  const seeded = remindersPane("zh-CN");

  test("the page and the draft default to Chinese", async () => {
    const { page } = seeded;
    expect(await page.getByTestId("log-count").innerText()).toBe("共 4 条记录");
    const draft = page.getByTestId("letter-draft");
    const text = await draft.getByRole("textbox", { name: "正文" }).inputValue();
    expect(text.split("\n")[0]).toBe("最后催款通知书（合同编号：HT-A）");
    expect(text).toContain("尊敬的Ms. Alpha：");
    expect(await page.getByTestId("log-entry").first().innerText()).toContain("信函");
  });
});
