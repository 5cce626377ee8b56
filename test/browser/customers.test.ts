import type { Page } from "playwright-core";
import { describeInBrowser, seededPane, pickFormCustomer } from "./support/browser";

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
    await page.getByText(/This customer was changed elsewhere: the form now has those changes and keeps what you typed\./).waitFor();
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
