import type { Page } from "playwright-core";
import { describeInBrowser, launchPane, seededPane, pickFormCustomer } from "./support/browser";

/*
 * The Customers page through the UI only, on a fresh ledger, the pane's clock fixed at 2026-11-27,
 * default scorecard weights (payment history 0.30, overdue share 0.25, utilisation 0.15,
 * relationship 0.10, financial strength 0.20) and the default dunning policy (Formal from 16 days).
 *
 * First assessment: 5 days late on average → 85 points; 10% overdue → 65; 60% of the limit used →
 * 80; 4 years → 70; strength rating 80 → 80.
 *   score = 0.30·85 + 0.25·65 + 0.15·80 + 0.10·70 + 0.20·80 = 25.5 + 16.25 + 12 + 7 + 16 = 76.75
 *   grade B (70–84.99): 10% prepayment, 45-day cycle, limit factor 0.75 → limit 750,000.00 of a
 *   1,000,000.00 standard limit.
 * Then a contract of 900,000.00 due in full on 2026-10-01 (57 days overdue on 2026-11-27):
 * outstanding 900,000.00 > limit 750,000.00 (over limit), overdue past the Formal stage (alert);
 * the ledger gives overdue share 100% and utilisation 900/750 = 120%.
 * Re-rating with those and 40 days late on average: 25 + 0 + 15 + 70 + 80 points →
 *   0.30·25 + 0 + 0.15·15 + 0.10·70 + 0.20·80 = 7.5 + 2.25 + 7 + 16 = 32.75 → grade E: cash in
 *   advance (100% prepayment, 0-day cycle, limit 0).
 */
const TODAY = new Date("2026-11-27T10:00:00");

// Each test walks several forms in a real browser; the per-project timeout is not applied to a single-file run.
jest.setTimeout(30_000);

async function waitText(page: Page, testId: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ({ testId, expected }) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() === expected,
    { testId, expected },
  );
}

async function fillAssessment(page: Page, v: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(v)) await page.locator(`input[name="${name}"]`).fill(value);
}

/** Leaving an assessment or a customer form typed in and not saved asks first: the test means to discard it. */
async function discardUnsaved(page: Page): Promise<void> {
  await page.getByTestId("unsaved-edits-dialog").getByRole("button", { name: /^(Discard|放弃更改)$/ }).click();
}

async function openCustomer(page: Page, code: string): Promise<void> {
  await page.getByRole("tab", { name: /Customers|客户/ }).click();
  await page.locator(`[data-testid="customer-row"][data-code="${code}"]`).click();
  await page.locator(`[data-testid="customer-detail"][data-code="${code}"]`).waitFor();
}

describeInBrowser("Customers: credit assessment, grade, limit, suggested terms and warnings", () => {
  // stepTimeout: a step that never comes fails naming itself, before the test times out.
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers" });

  test("a customer without a name is refused with core's message and keeps what was typed", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "New customer" }).click();
    await page.locator('input[name="code"]').fill("C-ACME");
    await page.locator('input[name="contact"]').fill("Ms. Zhao");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Name is required.").waitFor();
    expect(await page.locator('input[name="code"]').inputValue()).toBe("C-ACME");
    expect(await page.locator('input[name="contact"]').inputValue()).toBe("Ms. Zhao");
    await page.locator('input[name="name"]').fill("Acme Build Co.");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator('[data-testid="customer-detail"][data-code="C-ACME"]').waitFor();
    await waitText(page, "credit-grade-value", "Not assessed yet");
  });

  test("bad scorecard inputs are refused as typed with the field named, nothing lost", async () => {
    const { page } = seeded;
    await fillAssessment(page, { avgDaysLate: "five", overdueShare: "150" });
    await page.getByText("Enter a number such as 12.5.").waitFor();
    await page.getByText("Overdue share (%) must be between 0 and 100, got 150.").waitFor();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Please correct the highlighted fields.").waitFor();
    expect(await page.locator('input[name="avgDaysLate"]').inputValue()).toBe("five");
    expect(await page.locator('input[name="overdueShare"]').inputValue()).toBe("150");
    expect(await page.getByTestId("assessment-row").count()).toBe(0);
  });

  test("an assessment gives the grade, the limit and the suggested terms", async () => {
    const { page } = seeded;
    await fillAssessment(page, {
      avgDaysLate: "5", overdueShare: "10", utilisation: "60", relationshipYears: "4", financialStrength: "80",
      standardLimit: "1,000,000.00", assessor: "Li Na",
    });
    await page.getByTestId("assessment-preview").getByText("Score 76.75 · grade B · limit CNY 750,000.00", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade B.").waitFor();
    await waitText(page, "credit-grade-value", "B");
    await waitText(page, "credit-score-value", "76.75");
    await waitText(page, "credit-limit-value", "CNY 750,000.00");
    await waitText(page, "suggested-terms", "Suggested terms for new contracts: Prepayment 10% · Payment cycle 45 days · Limit factor ×0.75");
    expect(await page.getByTestId("assessment-row").count()).toBe(1);
    expect(await page.getByTestId("over-limit").count()).toBe(0);
  });

  test("an overdue contract above the limit raises both warnings, and re-rating from the ledger lowers the grade", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    await page.locator('input[name="code"]').fill("HT-900");
    await pickFormCustomer(page, "C-ACME · Acme Build Co.");
    await page.locator('input[name="amount"]').fill("900,000");
    await page.locator('input[name="signDate"]').fill("2026-10-01");
    await page.locator('input[name="owner"]').fill("Wang Fang");
    await page.locator('textarea[name="terms"]').fill("100%@0d");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("contract-detail").waitFor();

    await openCustomer(page, "C-ACME");
    await waitText(page, "credit-outstanding-value", "CNY 900,000.00");
    await waitText(page, "credit-utilisation-value", "120%");
    await waitText(page, "over-limit", "Over the credit limit: CNY 900,000.00 outstanding against a limit of CNY 750,000.00.");
    await waitText(page, "overdue-alert", "CNY 900,000.00 has been overdue for 16 days or more.");

    await page.getByRole("button", { name: "Fill overdue share and utilisation from the ledger" }).click();
    expect(await page.locator('input[name="overdueShare"]').inputValue()).toBe("100");
    expect(await page.locator('input[name="utilisation"]').inputValue()).toBe("120");
    await fillAssessment(page, { avgDaysLate: "40", relationshipYears: "4", financialStrength: "80", standardLimit: "1,000,000.00", assessor: "Li Na" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade E.").waitFor();
    await waitText(page, "credit-score-value", "32.75");
    await waitText(page, "suggested-terms", "Suggested terms for new contracts: Prepayment 100% · Payment cycle 0 days · Limit factor ×0");
    await waitText(page, "credit-limit-value", "CNY 0.00");
    expect(await page.getByTestId("assessment-row").count()).toBe(2);
  });

  test("after a reload the grade, history and warnings are still there", async () => {
    const { page } = seeded;
    await page.reload();
    await page.getByRole("navigation").waitFor();
    await openCustomer(page, "C-ACME");
    await waitText(page, "credit-grade-value", "E");
    expect(await page.getByTestId("assessment-row").count()).toBe(2);
    expect(await page.getByTestId("assessment-row").first().innerText()).toContain("32.75");
    await page.getByTestId("over-limit").waitFor();
  });

  test("an edit refused as stale (changed in another tab) takes in the other change and keeps what was typed", async () => {
    const { page, pane } = seeded;
    await page.getByRole("button", { name: "Edit" }).click();
    const other = await pane.context.newPage();
    await other.goto(page.url());
    await other.getByRole("navigation").waitFor();
    await openCustomer(other, "C-ACME");
    await other.getByRole("button", { name: "Edit" }).click();
    await other.locator('input[name="phone"]').fill("010-5555 0101");
    await other.getByRole("button", { name: "Save" }).click();
    await other.getByTestId("customer-detail").waitFor();
    await other.close();

    await page.locator('input[name="owner"]').fill("Wang Fang");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("This customer was changed elsewhere: the form now has those changes and keeps what you typed. Check it and save again.", { exact: true }).waitFor();
    expect(await page.locator('input[name="phone"]').inputValue()).toBe("010-5555 0101");
    expect(await page.locator('input[name="owner"]').inputValue()).toBe("Wang Fang");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("customer-detail").waitFor();
    const detail = await page.getByTestId("customer-detail").innerText();
    expect(detail).toContain("010-5555 0101");
    expect(detail).toContain("Wang Fang");
  });

  test("the Altman Z helper computes Z from the balance sheet and fills the financial strength with its model", async () => {
    const { page } = seeded;
    // Z (1968) = 1.2·100/1000 + 1.4·200/1000 + 3.3·50/1000 + 0.6·500/400 + 1.0·800/1000
    //          = 0.12 + 0.28 + 0.165 + 0.75 + 0.8 = 2.115 → 2.12 shown
    await page.getByText("Altman Z helper").click();
    await page.locator('select[name="zModel"]').selectOption("Z");
    await fillAssessment(page, {
      "z-workingCapital": "100", "z-retainedEarnings": "200", "z-ebit": "50", "z-equityValue": "500", "z-sales": "800",
      "z-totalAssets": "1,000", "z-totalLiabilities": "400",
    });
    await waitText(page, "z-result", "Z = 2.12");
    await page.getByRole("button", { name: "Use as financial strength" }).click();
    expect(await page.locator('input[name="financialStrength"]').inputValue()).toBe("2.12");
    expect(await page.locator('select[name="strengthScale"]').inputValue()).toBe("Z");
  });

  test("in 中文 the page, the warning and the validation messages are Chinese", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await discardUnsaved(page); // the financial strength the Z helper filled in, not saved
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "客户" }).waitFor();
    await openCustomer(page, "C-ACME");
    await page.getByText("新合同建议条款", { exact: false }).waitFor();
    await waitText(page, "overdue-alert", "有 CNY 900,000.00 已逾期 16 天或以上。");
    await fillAssessment(page, { overdueShare: "150" });
    await page.getByText("逾期占比（%） 应介于 0 与 100 之间，实际为 150。").waitFor();
    expect(await page.locator('input[name="overdueShare"]').inputValue()).toBe("150");
    // office.js's own telemetry frame is refused by the CSP outside Office; the pane itself throws nothing.
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });

  test("in 中文 the suggested terms and the history's payment cycles read in Chinese", async () => {
    const { page } = seeded;
    // grade E: cash in advance; the first assessment was grade B, 45 days
    await waitText(page, "suggested-terms", "新合同建议条款：预付款比例 100% · 付款周期 0 天 · 额度系数 ×0");
    const history = await page.getByTestId("assessment-row").allInnerTexts();
    expect(history.map((r) => r.split("\t").map((c) => c.trim()))).toEqual([
      expect.arrayContaining(["E", "0 天"]),
      expect.arrayContaining(["B", "45 天"]),
    ]);
  });
});

/*
 * A customer with contracts in two currencies, seeded through the repositories (?testhooks), clock
 * at 2026-11-27, default currency CNY. C-DUO has a credit limit of CNY 200,000.00 (no currency of
 * its own, so its limit is in the default CNY):
 *   HT-D1 CNY 100,000.00 due 2026-10-01 (57 days overdue) → CNY 100,000.00 open, all overdue
 *   HT-D2 USD 100,000.00: 40,000.00 due 2026-11-10 (17 days overdue), 60,000.00 due 2027-02-01
 * Utilisation is CNY 100,000 / 200,000 = 50% (adding the USD, the bug, would read 100%); the USD
 * 100,000.00 is listed on its own line, 40,000.00 of it overdue. Both overdue amounts are past the
 * 16-day Formal stage.
 */
const duo = {
  customers: [{ code: "C-DUO", name: "Duo Trading", creditLimitMinor: 20000000 }],
  contracts: [
    { code: "HT-D1", customerCode: "C-DUO", title: "Hall", amountMinor: 10000000, currency: "CNY", signDate: "2026-09-01", terms: "", owner: "Li Na",
      status: "active", penalty: { kind: "none" }, plan: [{ dueDate: "2026-10-01", amountMinor: 10000000 }] },
    { code: "HT-D2", customerCode: "C-DUO", title: "Port", amountMinor: 10000000, currency: "USD", signDate: "2026-09-01", terms: "", owner: "Li Na",
      status: "active", penalty: { kind: "none" }, plan: [{ dueDate: "2026-11-10", amountMinor: 4000000 }, { dueDate: "2027-02-01", amountMinor: 6000000 }] },
  ],
};

describeInBrowser("Customers: a customer with contracts in two currencies", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture: duo });

  test("the list shows one outstanding line per currency, the limit only against its own", async () => {
    const { page } = seeded;
    const row = page.locator('[data-testid="customer-row"][data-code="C-DUO"]');
    await row.locator('[data-testid="customer-outstanding"][data-currency="USD"]').waitFor();
    const lines = await row.getByTestId("customer-outstanding").allInnerTexts();
    expect(lines).toEqual(["Outstanding CNY 100,000.00 / CNY 200,000.00", "Outstanding USD 100,000.00 · not in the limit"]);
  });

  test("the credit panel lists both currencies, and utilisation counts only the limit's currency", async () => {
    const { page } = seeded;
    await page.locator('[data-testid="customer-row"][data-code="C-DUO"]').click();
    await page.locator('[data-testid="customer-detail"][data-code="C-DUO"]').waitFor();
    await waitText(page, "credit-outstanding-value", "CNY 100,000.00");
    await waitText(page, "credit-overdue-value", "CNY 100,000.00");
    await waitText(page, "credit-limit-value", "CNY 200,000.00");
    await waitText(page, "credit-utilisation-value", "50%");
    const rows = await page.getByTestId("credit-currency-row").allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      "CNY (limit) CNY 100,000.00 CNY 100,000.00",
      "USD USD 100,000.00 USD 40,000.00",
    ]);
    await waitText(page, "credit-currency-note",
      "The credit limit is in CNY: utilisation and the over-limit warning count only what is open in CNY. Amounts in USD are shown but not added to it.");
    expect(await page.getByTestId("over-limit").count()).toBe(0);
    await waitText(page, "overdue-alert", "CNY 100,000.00, USD 40,000.00 has been overdue for 16 days or more.");
    // The scorecard inputs from the ledger are the CNY contracts' alone: all overdue, half the limit.
    await page.getByRole("button", { name: "Fill overdue share and utilisation from the ledger" }).click();
    expect(await page.locator('input[name="overdueShare"]').inputValue()).toBe("100");
    expect(await page.locator('input[name="utilisation"]').inputValue()).toBe("50");
    await waitText(page, "from-ledger-note", "Filled from the CNY contracts only, the limit's currency.");
  });

  test("in 中文 the note about other currencies is Chinese", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await discardUnsaved(page); // the shares filled from the ledger, not saved
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await openCustomer(page, "C-DUO");
    await waitText(page, "credit-currency-note", "信用额度以 CNY 计：额度使用率和超额度预警只计 CNY 的未收款；USD 的金额单独列示，不计入其中。");
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

/*
 * A customer whose credit limit is in USD, made through the form (fresh ledger, default CNY, clock
 * at 2026-11-27). Its contracts: HT-P1 USD 300,000.00 due 2026-10-01 (overdue) and HT-P2 CNY
 * 500,000.00 due 2026-10-01. The assessment is the first one above (score 76.75, grade B, limit
 * factor 0.75) on a standard limit of 1,000,000.00, now in USD: limit USD 750,000.00; utilisation
 * counts only the USD contract: 300,000 / 750,000 = 40% (adding the CNY amount would read 107%).
 * Changing the default currency to HKD afterwards changes nothing about this customer.
 */
describeInBrowser("Customers: the credit currency is chosen in the form and kept with the customer", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers" });

  async function newContract(code: string, currency: string, amount: string): Promise<void> {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    await page.locator('input[name="code"]').fill(code);
    await pickFormCustomer(page, "C-PAC · Pacific Rim");
    await page.locator('select[name="currency"]').selectOption(currency);
    await page.locator('input[name="amount"]').fill(amount);
    await page.locator('input[name="signDate"]').fill("2026-10-01");
    await page.locator('input[name="owner"]').fill("Wang Fang");
    await page.locator('textarea[name="terms"]').fill("100%@0d");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("contract-detail").waitFor();
    await page.getByRole("button", { name: "Back to the list" }).click();
  }

  test("a new customer starts in the default currency; saved in USD, its detail says USD", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "New customer" }).click();
    const currency = page.getByRole("combobox", { name: "Credit currency" });
    expect(await currency.inputValue()).toBe("CNY");
    await page.locator('input[name="code"]').fill("C-PAC");
    await page.locator('input[name="name"]').fill("Pacific Rim");
    await currency.selectOption("USD");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator('[data-testid="customer-detail"][data-code="C-PAC"]').waitFor();
    await waitText(page, "customer-currency", "Credit currency: USD");
    await waitText(page, "credit-limit-value", "No limit set");
    await waitText(page, "credit-outstanding-value", "USD 0.00");
  });

  test("assessed, its limit is in USD and utilisation counts only its USD contracts", async () => {
    const { page } = seeded;
    await newContract("HT-P1", "USD", "300,000");
    await newContract("HT-P2", "CNY", "500,000");
    await openCustomer(page, "C-PAC");
    await waitText(page, "credit-outstanding-value", "USD 300,000.00");
    await fillAssessment(page, {
      avgDaysLate: "5", overdueShare: "10", utilisation: "60", relationshipYears: "4", financialStrength: "80",
      standardLimit: "1,000,000.00", assessor: "Li Na",
    });
    await page.getByTestId("assessment-preview").getByText("Score 76.75 · grade B · limit USD 750,000.00", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade B.").waitFor();
    await waitText(page, "credit-limit-value", "USD 750,000.00");
    await waitText(page, "credit-utilisation-value", "40%");
    const rows = await page.getByTestId("credit-currency-row").allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
      "USD (limit) USD 300,000.00 USD 300,000.00",
      "CNY CNY 500,000.00 CNY 500,000.00",
    ]);
    expect(await page.getByTestId("over-limit").count()).toBe(0);
    await page.getByRole("button", { name: "Fill overdue share and utilisation from the ledger" }).click();
    expect(await page.locator('input[name="utilisation"]').inputValue()).toBe("40");
    await waitText(page, "from-ledger-note", "Filled from the USD contracts only, the limit's currency.");
  });

  test("changing the default currency in Settings leaves the customer's limit in USD", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await discardUnsaved(page); // the utilisation filled from the ledger, not saved
    const currency = page.getByTestId("currency-field");
    await currency.getByRole("combobox", { name: "Default currency" }).selectOption({ label: "HKD" });
    await currency.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("currency-status").getByText("Saved.").waitFor();
    await openCustomer(page, "C-PAC");
    await waitText(page, "customer-currency", "Credit currency: USD");
    await waitText(page, "credit-limit-value", "USD 750,000.00");
    await waitText(page, "credit-utilisation-value", "40%");
  });

  test("editing shows the saved currency, and choosing another warns how the limit would read", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Edit" }).click();
    const currency = page.getByRole("combobox", { name: "Credit currency" });
    expect(await currency.inputValue()).toBe("USD");
    expect(await page.getByTestId("currency-change-warning").count()).toBe(0);
    await currency.selectOption("JPY");
    await waitText(page, "currency-change-warning",
      "The credit limit USD 750,000.00 was set in USD. Saved in JPY, the same stored amount reads JPY 75,000,000: make a new assessment in JPY after saving.");
    await page.getByRole("button", { name: "Cancel" }).click();
    await discardUnsaved(page); // the currency changed to JPY
    await waitText(page, "customer-currency", "Credit currency: USD");
  });

  test("in 中文 the currency field, its warning and the detail line are Chinese", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await openCustomer(page, "C-PAC");
    await waitText(page, "customer-currency", "额度币种：USD");
    await page.getByRole("button", { name: "编辑" }).click();
    await page.getByRole("combobox", { name: "额度币种" }).selectOption("EUR");
    await waitText(page, "currency-change-warning",
      "信用额度 USD 750,000.00 是按 USD 设定的。改为 EUR 保存后，同一存储金额将读作 EUR 750,000.00：保存后请按 EUR 重新评估。");
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

/*
 * Re-rating a customer: the form's "Standard credit limit" is the limit BEFORE the grade's factor
 * (its hint says so). The first assessment of the header above (76.75, grade B, factor 0.75) on a
 * standard limit of 1,000,000.00 gives 750,000.00. The next assessment must start from
 * 1,000,000.00 again; starting from 750,000.00 would re-rate the same customer with the same
 * inputs to 562,500.00, then 421,875.00, … A grade E (factor 0, limit 0) says nothing of the
 * standard: the one before it still stands.
 */
describeInBrowser("Customers: re-rating starts from the standard limit, not the graded one", () => {
  const fixture = { customers: [{ code: "C-RR", name: "Rerate Co.", contact: "Mr. Re" }], contracts: [] };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });
  const gradeB = { avgDaysLate: "5", overdueShare: "10", utilisation: "60", relationshipYears: "4", financialStrength: "80", assessor: "Li Na" };
  const standard = (page: Page) => page.locator('input[name="standardLimit"]').inputValue();

  test("after saving, and when the customer is opened again, the standard limit is the one typed", async () => {
    const { page } = seeded;
    await openCustomer(page, "C-RR");
    await fillAssessment(page, { ...gradeB, standardLimit: "1,000,000.00" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade B.").waitFor();
    await waitText(page, "credit-limit-value", "CNY 750,000.00");
    expect(await standard(page)).toBe("1,000,000.00");

    await page.getByRole("button", { name: "Back to the list" }).click();
    await openCustomer(page, "C-RR");
    expect(await standard(page)).toBe("1,000,000.00");
  });

  test("the same inputs again give the same limit", async () => {
    const { page } = seeded;
    await fillAssessment(page, gradeB);
    await page.getByTestId("assessment-preview").getByText("Score 76.75 · grade B · limit CNY 750,000.00", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade B.").waitFor();
    await page.locator('[data-testid="assessment-row"]').nth(1).waitFor();
    await waitText(page, "credit-limit-value", "CNY 750,000.00");
  });

  test("after a grade E and a reload, the standard limit is still the one of the last graded limit", async () => {
    const { page } = seeded;
    // 40 days late, all overdue, 120% used: 32.75 → grade E, limit 0.
    await fillAssessment(page, { ...gradeB, avgDaysLate: "40", overdueShare: "100", utilisation: "120" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade E.").waitFor();
    await waitText(page, "credit-limit-value", "CNY 0.00");
    await page.reload();
    await page.getByRole("navigation").waitFor();
    await openCustomer(page, "C-RR");
    expect(await standard(page)).toBe("1,000,000.00");
  });
});

/** What has focus: its tag, its name attribute, the customer code of the row or view it is in, and its text. */
async function focused(page: Page): Promise<{ tag: string; name: string | null; code: string | null; text: string }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return {
      tag: e?.tagName ?? "",
      name: e?.getAttribute("name") ?? null,
      code: e?.closest("[data-code]")?.getAttribute("data-code") ?? null,
      text: (e?.textContent ?? "").trim(),
    };
  });
}

describeInBrowser("Customers from the keyboard: focus follows the view", () => {
  const fixture = {
    customers: [
      { code: "C-A", name: "Alpha", contact: "A" }, { code: "C-B", name: "Beta", contact: "B" }, { code: "C-C", name: "Gamma", contact: "C" },
    ],
    contracts: [],
  };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });

  test("Enter on a row opens the customer with focus on its heading; Back returns focus to that row", async () => {
    const { page } = seeded;
    const row = page.locator('[data-testid="customer-row"][data-code="C-B"]');
    await row.focus();
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="customer-detail"][data-code="C-B"]').waitFor();
    expect(await focused(page)).toMatchObject({ tag: "H3", code: "C-B", text: "C-B · Beta" });

    await page.getByRole("button", { name: "Back to the list" }).focus();
    await page.keyboard.press("Enter");
    await row.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "customer-row", undefined, { timeout: 3000 }).catch(() => undefined);
    expect(await focused(page)).toMatchObject({ tag: "DIV", code: "C-B" });
  });

  test("New customer puts focus in the code field; Cancel puts it back on New customer", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "New customer" }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("customer-form").waitFor();
    expect(await focused(page)).toMatchObject({ tag: "INPUT", name: "code" });
    await page.getByRole("button", { name: "Cancel" }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("customer-list").waitFor();
    expect(await focused(page)).toMatchObject({ tag: "BUTTON", text: "New customer" });
  });

  test("a ledger without customers says so, not that none match", async () => {
    const { pane } = seeded;
    const empty = await launchPane({ locale: "en-US" });
    try {
      const page = await empty.open("#/customers");
      expect(await page.getByTestId("customers-empty").innerText()).toBe("No customers yet: add one with New customer.");
      await page.getByRole("textbox", { name: "Search code or name" }).fill("zzz");
      expect(await page.getByTestId("customers-empty").innerText()).toBe("No customers yet: add one with New customer.");
    } finally {
      await empty.close();
    }
    const page = await pane.open("#/customers");
    await page.getByRole("textbox", { name: "Search code or name" }).fill("zzz");
    expect(await page.getByTestId("customers-empty").innerText()).toBe("No customers match.");
  });
});

describeInBrowser("Customers: a credit limit in yen", () => {
  const fixture = { customers: [{ code: "C-JP", name: "Nihon Kensetsu", contact: "Tanaka-san", currency: "JPY" }], contracts: [] };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });

  test("a standard limit with decimals is refused with an example without decimals; a whole amount is taken", async () => {
    const { page } = seeded;
    await openCustomer(page, "C-JP");
    await fillAssessment(page, { standardLimit: "1,000,000.00" });
    await page.getByText("Enter an amount such as 1,234.", { exact: true }).waitFor();
    await fillAssessment(page, {
      avgDaysLate: "5", overdueShare: "10", utilisation: "60", relationshipYears: "4", financialStrength: "80",
      standardLimit: "1,000,000", assessor: "Li Na",
    });
    // grade B, factor 0.75 (see the header of this file)
    await page.getByTestId("assessment-preview").getByText("Score 76.75 · grade B · limit JPY 750,000", { exact: false }).waitFor();
  });
});

/*
 * The latest assessment by date sets the grade and limit; one dated before it only joins the
 * history (core/store/assessments). Grade B on the inputs of the header above; grade E on
 * 40 days late, all overdue, 120% used.
 */
describeInBrowser("Customers: the assessment date", () => {
  const fixture = { customers: [{ code: "C-DT", name: "Dated Co.", contact: "Ms. Date" }], contracts: [] };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });
  const gradeB = { avgDaysLate: "5", overdueShare: "10", utilisation: "60", relationshipYears: "4", financialStrength: "80", standardLimit: "1,000,000", assessor: "Li Na" };
  const gradeE = { ...gradeB, avgDaysLate: "40", overdueShare: "100", utilisation: "120" };

  test("a date after today (a mistyped year) is refused, naming today, and nothing typed is lost", async () => {
    const { page } = seeded;
    await openCustomer(page, "C-DT");
    await fillAssessment(page, { ...gradeB, date: "2027-11-27" });
    await page.getByText("Date must not exceed 2026-11-27, got 2027-11-27.").waitFor();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Please correct the highlighted fields.").waitFor();
    expect(await page.getByTestId("assessment-row").count()).toBe(0);
    expect(await page.locator('input[name="date"]').inputValue()).toBe("2027-11-27");
    expect(await page.locator('input[name="assessor"]').inputValue()).toBe("Li Na");
  });

  test("an assessment dated before the latest is saved to the history and the message says the grade stays", async () => {
    const { page } = seeded;
    await fillAssessment(page, { ...gradeB, date: "2026-11-27" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade B.").waitFor();
    await fillAssessment(page, { ...gradeE, date: "2026-06-30" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await waitText(page, "assessment-saved",
      "Assessment of 2026-06-30 saved in the history (grade E). The assessment of 2026-11-27 is later, so grade B and its limit stay.");
    await waitText(page, "credit-grade-value", "B");
    await waitText(page, "credit-limit-value", "CNY 750,000.00");
    expect(await page.getByTestId("assessment-row").count()).toBe(2);
  });
});

describeInBrowser("Customers: the Altman Z helper inside the assessment form", () => {
  const fixture = { customers: [{ code: "C-Z", name: "Zed Co.", contact: "Mr. Zed" }], contracts: [] };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });

  test("Enter in a balance-sheet field does not save the assessment with the strength typed before", async () => {
    const { page } = seeded;
    await openCustomer(page, "C-Z");
    await fillAssessment(page, {
      avgDaysLate: "5", overdueShare: "10", utilisation: "60", relationshipYears: "4", financialStrength: "80", standardLimit: "1,000,000", assessor: "Li Na",
    });
    await page.getByText("Altman Z helper").click();
    await page.locator('select[name="zModel"]').selectOption("Z");
    await fillAssessment(page, {
      "z-workingCapital": "100", "z-retainedEarnings": "200", "z-ebit": "50", "z-equityValue": "500", "z-sales": "800",
      "z-totalAssets": "1,000", "z-totalLiabilities": "400",
    });
    await page.locator('input[name="z-totalLiabilities"]').press("Enter");
    await waitText(page, "z-result", "Z = 2.12");
    await page.waitForTimeout(500); // a save would have landed by now
    expect(await page.getByTestId("assessment-saved").count()).toBe(0);
    expect(await page.getByTestId("assessment-row").count()).toBe(0);
    await waitText(page, "credit-grade-value", "Not assessed yet");

    // The Z used, then saved: the assessment has it.
    await page.getByRole("button", { name: "Use as financial strength" }).click();
    expect(await page.locator('input[name="financialStrength"]').inputValue()).toBe("2.12");
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByTestId("assessment-saved").waitFor();
    expect(await page.getByTestId("assessment-row").count()).toBe(1);
  });
});

describeInBrowser("Customers: a standard limit too large to hold", () => {
  const fixture = { customers: [{ code: "C-BIG", name: "Big Co.", contact: "Mr. Big" }], contracts: [] };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });

  test("is refused naming the field; the page stays up and nothing typed is lost", async () => {
    const { page, pane } = seeded;
    await openCustomer(page, "C-BIG");
    await fillAssessment(page, { assessor: "Li Na", standardLimit: "99999999999999999999" });
    await page.getByText("Standard credit limit is too large (at most 15 digits, cents included)", { exact: false }).waitFor();
    expect(await page.locator('input[name="standardLimit"]').inputValue()).toBe("99999999999999999999");
    expect(await page.locator('input[name="assessor"]').inputValue()).toBe("Li Na");
    expect(pane.pageErrors).toEqual([]);
  });
});

/**
 * Where each assessment-history row's and header's cells overlap, are cut, or pass the pane's edge,
 * and whether the assessment's date field is narrower than the date it shows; empty when all fit.
 */
async function historyAndDateProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    const rows = [...document.querySelectorAll('[data-testid="assessment-history"] tr')];
    for (const [i, row] of rows.entries()) {
      // A stacked table leaves its header to screen readers (a 1px clipped box): nothing to see.
      const head = row.closest("thead")?.getBoundingClientRect();
      if (head && (head.width <= 1 || head.height <= 1)) continue;
      const cells = [...row.querySelectorAll("th, td")]
        .map((c) => ({ c: c as HTMLElement, r: c.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 1 && r.height > 1);
      for (const { c, r } of cells) {
        const text = (c.innerText || c.textContent || "").trim();
        if (c.scrollWidth > c.clientWidth + 1) out.push(`row ${i}: "${text}" cut (${c.scrollWidth}px in ${c.clientWidth}px)`);
        if (r.right > width + 0.5) out.push(`row ${i}: "${text}" past the pane's edge`);
        // The text itself must fit its cell: header labels running into the next column.
        const range = document.createRange();
        range.selectNodeContents(c);
        const t = range.getBoundingClientRect();
        if (t.width > 0 && (t.right > r.right + 0.5 || t.left < r.left - 0.5)) out.push(`row ${i}: "${text}" runs out of its cell`);
      }
      for (let a = 0; a < cells.length; a++) {
        for (let b = a + 1; b < cells.length; b++) {
          const [x, y] = [cells[a].r, cells[b].r];
          const overlap = Math.min(x.right, y.right) - Math.max(x.left, y.left) > 0.5 && Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top) > 0.5;
          if (overlap) out.push(`row ${i}: "${cells[a].c.innerText.trim()}" overlaps "${cells[b].c.innerText.trim()}"`);
        }
      }
    }
    // The date field against the width a date input of its font needs to show its whole value.
    const date = document.querySelector<HTMLInputElement>('input[name="date"]')!;
    const probe = document.createElement("input");
    probe.type = "date";
    probe.value = date.value;
    const cs = getComputedStyle(date);
    Object.assign(probe.style, { font: cs.font, padding: cs.padding, border: cs.border, boxSizing: cs.boxSizing, width: "auto", position: "absolute", visibility: "hidden" });
    document.body.appendChild(probe);
    const need = probe.getBoundingClientRect().width;
    probe.remove();
    const have = date.getBoundingClientRect().width;
    if (have < need - 0.5) out.push(`the date field is ${Math.round(have)}px wide, its date needs ${Math.round(need)}px`);
    return out;
  });
}

/*
 * Review fixes on the Customers page. C001 (credit currency CNY) is assessed on perfect inputs
 * (grade A: the full standard limit of 500,000.00), then moved to USD; its history must still say
 * CNY 500,000.00. C-ZB is assessed with an Altman Z just under the "Z" model's safe zone.
 */
describeInBrowser("Customers: an assessment keeps its currency; Z near a zone boundary; the history fits a narrow pane", () => {
  const fixture = {
    customers: [
      { code: "C001", name: "Huadong Build", contact: "Ms. Wang", currency: "CNY" },
      { code: "C-ZB", name: "Boundary Co.", contact: "Mr. Bo" },
      { code: "Shenzhen Rail Co", name: "Shenzhen Rail Co", contact: "Mr. Shen" },
    ],
    contracts: [],
  };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });
  const perfect = { avgDaysLate: "0", overdueShare: "0", utilisation: "0", relationshipYears: "10", financialStrength: "100", assessor: "Li Na" };

  test("a customer whose code is its name is named once in the list and on its detail", async () => {
    const { page } = seeded;
    const row = page.locator('[data-testid="customer-row"][data-code="Shenzhen Rail Co"]');
    expect((await row.innerText()).split("Shenzhen Rail Co").length - 1).toBe(1);
    await openCustomer(page, "Shenzhen Rail Co");
    expect(await page.getByRole("heading", { level: 3 }).innerText()).toBe("Shenzhen Rail Co");
    await page.getByRole("button", { name: "Back to the list" }).click();
  });

  test("Z = 2.989 is used as 2.989, grey zone: with perfect other inputs the score is 93, not 100", async () => {
    const { page } = seeded;
    await openCustomer(page, "C-ZB");
    await page.getByText("Altman Z helper").click();
    await page.locator('select[name="zModel"]').selectOption("Z");
    await fillAssessment(page, {
      "z-workingCapital": "0", "z-retainedEarnings": "0", "z-ebit": "0", "z-equityValue": "0", "z-sales": "2,989",
      "z-totalAssets": "1,000", "z-totalLiabilities": "1",
    });
    // Z = 1.0 · 2,989 / 1,000 = 2.989: at least 2.40 and under 2.99, the upper grey zone (65 points).
    await waitText(page, "z-result", "Z = 2.989");
    await page.getByRole("button", { name: "Use as financial strength" }).click();
    expect(await page.locator('input[name="financialStrength"]').inputValue()).toBe("2.989");
    await fillAssessment(page, { ...perfect, financialStrength: "2.989", standardLimit: "1,000,000" });
    // 0.30·100 + 0.25·100 + 0.15·100 + 0.10·100 + 0.20·65 = 93
    await page.getByTestId("assessment-preview").getByText("Score 93 · grade A", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByTestId("assessment-saved").waitFor();
    expect(await page.getByTestId("assessment-row").first().innerText()).toContain("93");
    await page.getByRole("button", { name: "Back to the list" }).click();
  });

  test("the history keeps CNY 500,000.00 after the customer's currency becomes USD, and USD starts with no standard limit", async () => {
    const { page } = seeded;
    await openCustomer(page, "C001");
    await fillAssessment(page, { ...perfect, standardLimit: "500,000" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.getByText("Assessment saved: grade A.").waitFor();
    expect(await page.getByTestId("assessment-row").first().innerText()).toContain("CNY 500,000.00");

    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("combobox", { name: "Credit currency" }).selectOption("USD");
    await page.getByRole("button", { name: "Save" }).click();
    await waitText(page, "customer-currency", "Credit currency: USD");
    const row = await page.getByTestId("assessment-row").first().innerText();
    expect(row).toContain("CNY 500,000.00");
    expect(row).not.toContain("USD");
    // A CNY standard limit says nothing of one in USD: the field is not filled with the CNY figure.
    expect(await page.locator('input[name="standardLimit"]').inputValue()).toBe("");

    // Assessed again in USD: the new row is in USD, the old one still in CNY.
    await fillAssessment(page, { ...perfect, standardLimit: "80,000" });
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.locator('[data-testid="assessment-row"]').nth(1).waitFor();
    const rows = await page.getByTestId("assessment-row").allInnerTexts();
    expect(rows.some((r) => r.includes("USD 80,000.00"))).toBe(true);
    expect(rows.some((r) => r.includes("CNY 500,000.00"))).toBe(true);
  });

  test("at 450 and 320px the history's columns do not run into each other and the date field shows its whole date", async () => {
    const { page } = seeded;
    for (const width of [450, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId("assessment-row").first().waitFor();
      expect([width, await historyAndDateProblems(page)]).toEqual([width, []]);
    }
    await page.screenshot({ path: "/tmp/cust-history-320.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await historyAndDateProblems(page)).toEqual([]);
  });
});
