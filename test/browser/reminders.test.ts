import type { Page } from "playwright-core";
import { CHOICE_LIMIT } from "../../src/taskpane/forms/searchChoices";
import { describeInBrowser, putRawContractCurrency, type SeededPane, seededPane } from "./support/browser";

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

    const contract = log.getByRole("combobox", { name: "Contract" });
    expect(await contract.inputValue()).toBe("All contracts");
    await contract.click();
    await contract.pressSequentially("ht-a");
    await page.getByRole("option", { name: "HT-A · Campus phase 1 · Alpha Build Co." }).click();
    expect(await contract.inputValue()).toBe("HT-A");
    expect(await listed(page)).toEqual(["R4", "R1"]);
    await log.getByRole("button", { name: "Clear filters" }).click();
    expect(await contract.inputValue()).toBe("All contracts");
    expect(await listed(page)).toEqual(["R4", "R3", "R2", "R1"]);

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

describeInBrowser("Reminders: picking a contract from the keyboard", () => {
  const seeded = remindersPane("en-US");

  test("the filter: typing part of a customer's name, arrows and Enter pick a contract; \"All contracts\" stays offered", async () => {
    const { page } = seeded;
    const contract = page.getByTestId("contact-log").getByRole("combobox", { name: "Contract" });
    await contract.focus();
    await contract.pressSequentially("BETA");
    const options = page.getByRole("listbox").getByRole("option");
    expect(await options.allInnerTexts()).toEqual(["HT-B · Data centre · Beta Tech Ltd.", "HT-C · Network · Beta Tech Ltd.", "All contracts"]);
    await contract.press("ArrowDown");
    await contract.press("Enter");
    expect(await contract.inputValue()).toBe("HT-C");
    expect(await listed(page)).toEqual(["R3"]);
    // Escape abandons what was typed: the choice stands.
    await contract.pressSequentially("alpha");
    await contract.press("Escape");
    expect(await contract.inputValue()).toBe("HT-C");
    expect(await listed(page)).toEqual(["R3"]);
    // A query matching nothing still offers "All contracts".
    await contract.fill("");
    await contract.pressSequentially("zzz");
    expect(await options.allInnerTexts()).toEqual(["No contract matches.", "All contracts"]);
    await contract.press("ArrowDown");
    await contract.press("Enter");
    expect(await contract.inputValue()).toBe("All contracts");
    expect(await listed(page)).toEqual(["R4", "R3", "R2", "R1"]);
  });

  test("the draft: typing a title and Enter switch the letter to that contract, shown in the input", async () => {
    const { page } = seeded;
    const draft = page.getByTestId("letter-draft");
    const contract = draft.getByRole("combobox", { name: "Contract" });
    expect(await contract.inputValue()).toBe("HT-A · Campus phase 1");
    await contract.focus();
    await contract.pressSequentially("data");
    await contract.press("Enter");
    expect(await contract.inputValue()).toBe("HT-B · Data centre");
    const text = await draft.getByRole("textbox", { name: "Text" }).inputValue();
    expect(text.split("\n")[0]).toMatch(/: contract HT-B$/);
    expect(text).toContain('under contract HT-B "Data centre"');
  });
});

describeInBrowser("Reminders: a letter stage chosen for one contract", () => {
  const seeded = remindersPane("en-US");

  test("does not carry over to another contract: HT-B, 7 days late, gets a friendly reminder, not a legal notice", async () => {
    const { page } = seeded;
    const draft = page.getByTestId("letter-draft");
    const body = draft.getByRole("textbox", { name: "Text" });
    const stage = draft.getByLabel("Stage");
    await draft.getByRole("combobox", { name: "Contract" }).waitFor();
    await stage.selectOption("legal");
    expect((await body.inputValue()).split("\n")[0]).toBe("Notice of legal action: contract HT-A");

    const contract = draft.getByRole("combobox", { name: "Contract" });
    await contract.click();
    await contract.fill("HT-B");
    await page.getByRole("option", { name: "HT-B · Data centre · Beta Tech Ltd." }).click();
    // 7 days past due is the default policy's Friendly stage (1–15 days).
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('textarea[name="draftBody"]')?.value.includes('contract HT-B "Data centre"'));
    expect(await stage.inputValue()).toBe("friendly");
    expect((await body.inputValue()).split("\n")[0]).not.toMatch(/legal/i);

    // A stage chosen for HT-B holds while only the language changes.
    await stage.selectOption("formal");
    await draft.getByLabel("Language").selectOption("zh");
    expect(await stage.inputValue()).toBe("formal");
    expect((await body.inputValue()).split("\n")[0]).toBe("催款函（合同编号：HT-B）");
  });
});

describeInBrowser("Reminders: a contract whose currency an older import stored as a name", () => {
  const seeded = remindersPane("en-US");

  test("its promise reads in the currency's code, as Today and every total read it", async () => {
    const { page } = seeded;
    // An import before codes were enforced stored "人民币" (core/ledger/currencyScope currencyCode).
    await putRawContractCurrency(page, "HT-C", "人民币");
    await page.reload();
    const r3 = page.getByTestId("log-entry").filter({ hasText: "R3" });
    await r3.waitFor();
    expect(await r3.getByTestId("log-promise").innerText()).toBe("Promise: CNY 20,000.00 by 2026-11-30");
  });
});

/** `n` contracts MANY-001 … for one customer, with one contact logged on the last. */
function manyContracts(n: number) {
  const code = (i: number) => `MANY-${String(i).padStart(3, "0")}`;
  return {
    customers: [{ code: "C-MANY", name: "Many Sites Group", contact: "Ms. Many" }],
    contracts: Array.from({ length: n }, (_, k) => ({
      ...active, code: code(k + 1), customerCode: "C-MANY", title: `Site ${k + 1}`, amountMinor: 100000, owner: "Zhang Wei",
      penalty: { kind: "none" }, plan: [{ dueDate: "2026-10-31", amountMinor: 100000 }],
    })),
    reminders: [{ contractCode: code(n), date: "2026-11-20", channel: "phone", contact: "Ms. Many", outcome: "R1 called", owner: "Zhang Wei" }],
  };
}

describeInBrowser("Reminders on a ledger with more contracts than a picker lists", () => {
  const N = CHOICE_LIMIT + 70;
  const seeded = seededPane({
    locale: "en-US", now: TODAY, hash: "#/reminders", fixture: manyContracts(N),
    ready: (page) => page.getByTestId("log-entry").first().waitFor(),
  });

  test("an open picker holds fewer than 100 options and says how many more there are; the last contract is found by typing", async () => {
    const { page } = seeded;
    const allOptions = page.locator("option, [role=option]");
    // Closed pickers render no contract options at all.
    expect(await allOptions.count()).toBeLessThan(100);
    expect(await page.locator("[role=option]").count()).toBe(0);

    const contract = page.getByTestId("contact-log").getByRole("combobox", { name: "Contract" });
    await contract.click();
    await page.getByRole("listbox").waitFor();
    const listed = page.getByRole("listbox").getByRole("option");
    expect(await listed.count()).toBe(1 + CHOICE_LIMIT + 1); // All, the first contracts, the hint
    expect(await listed.nth(1).innerText()).toBe("MANY-001 · Site 1 · Many Sites Group");
    expect(await listed.last().innerText()).toBe(`Type to narrow: ${N - CHOICE_LIMIT} more`);
    expect(await allOptions.count()).toBeLessThan(100);

    await contract.pressSequentially(`site ${N}`);
    await page.getByRole("option", { name: `MANY-${N} · Site ${N} · Many Sites Group` }).click();
    expect(await contract.inputValue()).toBe(`MANY-${N}`);
    expect(await page.getByTestId("log-count").innerText()).toBe("1 contact");
    // The draft starts on the contract contacted last, beyond the listed ones, and shows it.
    expect(await page.getByTestId("letter-draft").getByRole("combobox", { name: "Contract" }).inputValue()).toBe(`MANY-${N} · Site ${N}`);
  });
});

describeInBrowser("Reminders in Chinese", () => {
  const seeded = remindersPane("zh-CN");

  test("the page and the draft default to Chinese", async () => {
    const { page } = seeded;
    expect(await page.getByTestId("log-count").innerText()).toBe("共 4 条记录");
    const draft = page.getByTestId("letter-draft");
    const text = await draft.getByRole("textbox", { name: "正文" }).inputValue();
    expect(text.split("\n")[0]).toBe("最后催告函（合同编号：HT-A）");
    expect(text).toContain("尊敬的Ms. Alpha：");
    expect(await page.getByTestId("log-entry").first().innerText()).toContain("信函");
    expect(await page.getByTestId("contact-log").getByRole("combobox", { name: "合同" }).inputValue()).toBe("全部合同");
  });

  test("an entry's labels take the Chinese full-width colon, as every other Chinese label of the pane", async () => {
    const { page } = seeded;
    const r3 = page.getByTestId("log-entry").filter({ hasText: "R3" });
    const text = await r3.innerText();
    expect(text).toContain("负责人：Li Na");
    expect(text).toContain("承诺付款：2026-11-30 前付 CNY 20,000.00");
    expect(text).not.toMatch(/[\u4e00-\u9fff]: /);
  });
});
