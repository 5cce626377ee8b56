import type { Page } from "playwright-core";
import { CHOICE_LIMIT } from "../../src/taskpane/forms/searchChoices";
import { describeInBrowser, seededPane, pickFormCustomer } from "./support/browser";
import { createCustomer, openContract, waitText } from "./support/contractPage";

/*
 * The Contracts page through the UI only, on a fresh ledger, the pane's clock fixed at 2026-11-27.
 *
 * Contract HT-100, CNY 1,200,000.00 signed 2026-01-15, terms "30%@0d; 60%@90d; 10%@12m":
 *   #1 2026-01-15  360,000.00   (sign date)
 *   #2 2026-04-15  720,000.00   (Jan 15 + 90 days: 16 left in January, 28 in February, 31 in March, 15)
 *   #3 2027-01-15  120,000.00   (12 EDATE months)
 * On 2026-11-27 #1 and #2 are overdue: 1,080,000.00.
 * A receipt of 400,000.00 settles #1 (360,000.00) and puts 40,000.00 on #2, oldest first:
 *   outstanding 800,000.00, overdue 680,000.00.
 * Renegotiated from 2026-12-01 with "50%@30d; 50%@60d": the received parts stay as settled rows
 * (#1 360,000.00 on 2026-01-15, #2 40,000.00 on 2026-04-15), the open 800,000.00 becomes
 * 400,000.00 on 2026-12-31 and 400,000.00 on 2027-01-30; nothing is overdue any more.
 * Milestone "Design approved" planned 2026-03-01, reached 2026-03-11: 10 days late.
 * Milestone "Go-live" planned 2026-11-01, not reached: 26 days late and counting.
 */
const TODAY = new Date("2026-11-27T10:00:00");

// Each test walks several forms in a real browser; the per-project timeout is not applied to a single-file run.
jest.setTimeout(30_000);

/** Due date, amount, open and state of each row of a plan table (`testId`: the saved plan or the renegotiation preview). */
async function rowsWithState(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(`${testId}-row`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].slice(1, 5).map((td) => td.textContent).join(" ")));
}

async function planRows(page: Page): Promise<string[]> {
  return page.getByTestId("plan-table-row").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].slice(1, 3).map((td) => td.textContent).join(" ")));
}

describeInBrowser("Contracts: terms, plan preview, progress, invoices, receipts, renegotiation", () => {
  // stepTimeout: a step that never comes fails naming itself, before the test times out.
  const seeded = seededPane({
    locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers",
    ready: (page) => createCustomer(page, "C-ACME", "Acme Build Co."),
  });

  test("bad amount and terms are refused as typed, in English, and nothing typed is lost", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    await page.locator('input[name="code"]').fill("HT-100");
    await pickFormCustomer(page, "C-ACME · Acme Build Co.");
    await page.locator('input[name="title"]').fill("Campus phase 1");
    await page.locator('input[name="amount"]').fill("abc");
    await page.locator('input[name="signDate"]').fill("2026-01-15");
    await page.locator('input[name="owner"]').fill("Wang Fang");
    await page.locator('textarea[name="terms"]').fill("30%@0d; 60%@90d");

    await page.getByText("Enter an amount such as 1,234.56.").waitFor();
    await page.getByText("Payment terms: shares add up to 90%, not 100%.").waitFor();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Please correct the highlighted fields.").waitFor();
    expect(await page.getByTestId("contract-form").isVisible()).toBe(true);
    expect(await page.locator('input[name="amount"]').inputValue()).toBe("abc");
    expect(await page.locator('textarea[name="terms"]').inputValue()).toBe("30%@0d; 60%@90d");
    expect(await page.locator('input[name="code"]').inputValue()).toBe("HT-100");

    // A parse error names the position of what the parser could not read: the "x" is character 14.
    await page.locator('textarea[name="terms"]').fill("30%@0d; 70%@9x");
    await page.getByText(/Payment terms: cannot read "x" at position 14/).waitFor();
  });

  test("the plan preview follows the amount and terms as typed, and saving creates the contract with it", async () => {
    const { page } = seeded;
    await page.locator('input[name="amount"]').fill("1,200,000.00");
    await page.locator('textarea[name="terms"]').fill("30%@0d; 60%@90d; 10%@12m");
    await waitText(page, "plan-preview-total", "CNY 1,200,000.00");
    const preview = await page.getByTestId("plan-preview-row").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent).join(" ")));
    expect(preview).toEqual(["1 2026-01-15 CNY 360,000.00", "2 2026-04-15 CNY 720,000.00", "3 2027-01-15 CNY 120,000.00"]);

    await page.locator('input[name="amount"]').fill("1,000.00");
    await waitText(page, "plan-preview-total", "CNY 1,000.00");
    await page.locator('input[name="amount"]').fill("1,200,000.00");
    await waitText(page, "plan-preview-total", "CNY 1,200,000.00");

    await page.getByRole("button", { name: "Save" }).click();
    await page.locator('[data-testid="contract-detail"][data-code="HT-100"]').waitFor();
    await waitText(page, "fig-amount-value", "CNY 1,200,000.00");
    await waitText(page, "fig-outstanding-value", "CNY 1,200,000.00");
    await waitText(page, "fig-overdue-value", "CNY 1,080,000.00");
    expect(await planRows(page)).toEqual(["2026-01-15 CNY 360,000.00", "2026-04-15 CNY 720,000.00", "2027-01-15 CNY 120,000.00"]);
  });

  test("milestones show planned vs actual with slippage in days", async () => {
    const { page } = seeded;
    for (const [name, planned] of [["Design approved", "2026-03-01"], ["Go-live", "2026-11-01"]]) {
      await page.locator('input[name="milestoneName"]').fill(name);
      await page.locator('input[name="plannedDate"]').fill(planned);
      await page.getByRole("button", { name: "Add milestone" }).click();
      await page.locator(`[data-testid="milestone-row"][data-name="${name}"]`).waitFor();
    }
    const goLive = page.locator('[data-testid="milestone-row"][data-name="Go-live"]');
    expect(await goLive.getByTestId("milestone-slippage").innerText()).toBe("Late · 26 d");

    const design = page.locator('[data-testid="milestone-row"][data-name="Design approved"]');
    await design.getByRole("button", { name: "Record progress" }).click();
    await page.locator('input[name="percent"]').fill("150");
    await page.getByText("Complete (%) must be between 0 and 100, got 150.").waitFor();
    await page.locator('input[name="percent"]').fill("100");
    await page.locator('input[name="actualDate"]').fill("2026-03-11");
    await page.getByTestId("progress-form").getByRole("button", { name: "Save" }).click();
    await design.getByText("Done · 10 d").waitFor();
  });

  test("an invoice and a receipt are recorded; the receipt is applied oldest first and outstanding falls", async () => {
    const { page } = seeded;
    await page.locator('input[name="invoiceNumber"]').fill("INV-0001");
    await page.locator('input[name="invoiceDate"]').fill("2026-01-20");
    await page.locator('input[name="invoiceAmount"]').fill("360,000.00");
    await page.locator('input[name="invoiceTax"]').fill("41,415.93");
    await page.locator('select[name="invoiceInstallment"]').selectOption({ index: 1 });
    await page.getByRole("button", { name: "Record invoice" }).click();
    await waitText(page, "fig-invoiced-value", "CNY 360,000.00");
    expect(await page.getByTestId("invoice-row").innerText()).toContain("INV-0001");

    await page.locator('input[name="receiptAmount"]').fill("4oo,000");
    await page.getByTestId("receipt-form").getByText("Enter an amount such as 1,234.56.").waitFor();
    await page.locator('input[name="receiptDate"]').fill("2026-02-01");
    await page.locator('input[name="receiptAmount"]').fill("400,000.00");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await waitText(
      page,
      "allocation-result",
      "Receipt of CNY 400,000.00 applied oldest first: installment #1 CNY 360,000.00, installment #2 CNY 40,000.00.",
    );
    await waitText(page, "fig-received-value", "CNY 400,000.00");
    await waitText(page, "fig-outstanding-value", "CNY 800,000.00");
    await waitText(page, "fig-overdue-value", "CNY 680,000.00");
  });

  test("renegotiating saves version 2 with its reason; version 1 stays viewable", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Renegotiate" }).click();
    await page.locator('textarea[name="newTerms"]').fill("50%@30d; 50%@60d");
    await page.locator('input[name="restartDate"]').fill("2026-12-01");
    await page.locator('input[name="reason"]').fill("Client cash flow");
    await waitText(page, "renegotiate-preview-total", "CNY 1,200,000.00");
    await page.getByRole("button", { name: "Save as version 2" }).click();
    await page.getByTestId("renegotiate-form").waitFor({ state: "detached" });

    // The page shows version 2 once the saved ledger is read back.
    await page.getByTestId("version-select").locator("option", { hasText: "Version 2 (current)" }).waitFor({ state: "attached" });
    await waitText(page, "plan-table-total", "CNY 1,200,000.00");
    await page.getByTestId("plan-table-row").nth(3).waitFor();
    expect(await planRows(page)).toEqual([
      "2026-01-15 CNY 360,000.00", "2026-04-15 CNY 40,000.00", "2026-12-31 CNY 400,000.00", "2027-01-30 CNY 400,000.00",
    ]);
    await page.getByText("Reason: Client cash flow").waitFor();
    await waitText(page, "fig-outstanding-value", "CNY 800,000.00");
    await waitText(page, "fig-overdue-value", "CNY 0.00");

    await page.getByTestId("version-select").selectOption({ label: "Version 1" });
    expect(await planRows(page)).toEqual(["2026-01-15 CNY 360,000.00", "2026-04-15 CNY 720,000.00", "2027-01-15 CNY 120,000.00"]);
    expect(await page.getByTestId("plan-table-row").first().innerText()).toContain("Replaced");
  });

  test("a step tied to a milestone waits for it, then falls due from its actual date; its owner is shown", async () => {
    const { page } = seeded;
    await page.getByTestId("version-select").selectOption({ label: "Version 2 (current)" });
    await page.getByTestId("plan-table-row").nth(3).getByRole("button", { name: "Owner / trigger" }).click();
    await page.locator('input[name="stepOwner"]').fill("Zhao Min");
    await page.locator('select[name="stepTrigger"]').selectOption({ label: "After milestone Go-live" });
    await page.locator('input[name="stepOffset"]').fill("3.5");
    await page.getByText("Days after the milestone must be a whole number, got 3.5.").waitFor();
    await page.locator('input[name="stepOffset"]').fill("30");
    await page.getByTestId("step-form").getByRole("button", { name: "Save" }).click();
    await page.getByTestId("step-form").waitFor({ state: "detached" });

    // Go-live is planned for 2026-11-01 and not reached: due 30 days after the plan, but waiting.
    expect(await planRows(page)).toEqual([
      "2026-01-15 CNY 360,000.00", "2026-04-15 CNY 40,000.00", "2026-12-01 CNY 400,000.00", "2026-12-31 CNY 400,000.00",
    ]);
    const step = page.getByTestId("plan-table-row").nth(2);
    expect(await step.innerText()).toMatch(/Awaiting milestone\s+Zhao Min · 30 days after Go-live/);

    const goLive = page.locator('[data-testid="milestone-row"][data-name="Go-live"]');
    await goLive.getByRole("button", { name: "Record progress" }).click();
    await page.locator('input[name="actualDate"]').fill("2026-11-20");
    await page.locator('input[name="percent"]').fill("100");
    await page.getByTestId("progress-form").getByRole("button", { name: "Save" }).click();
    await goLive.getByText("Done · 19 d").waitFor();
    await page.getByTestId("plan-table-row").nth(2).getByText("2026-12-20").waitFor();
    expect(await page.getByTestId("plan-table-row").nth(2).innerText()).toContain("Due");
    await waitText(page, "fig-outstanding-value", "CNY 800,000.00");
  });

  test("after a reload everything is still there, and the list searches by code, title and customer", async () => {
    const { page } = seeded;
    await page.reload();
    await page.getByRole("navigation").waitFor();
    await page.getByRole("tab", { name: "Contracts" }).click();
    const search = page.getByTestId("contract-search");
    await search.fill("no such thing");
    await page.getByTestId("contracts-empty").waitFor();
    await search.fill("acme");
    await page.locator('[data-testid="contract-row"][data-code="HT-100"]').waitFor();
    await search.fill("campus");
    const status = page.getByRole("combobox", { name: "Status" });
    await status.selectOption({ label: "Disputed" });
    await page.getByTestId("contracts-empty").waitFor();
    await status.selectOption({ label: "Active" });
    await page.getByRole("combobox", { name: "Owner" }).selectOption({ label: "Wang Fang" });
    // The customer filter is searched: type part of the name, then pick the customer.
    const customer = page.getByRole("combobox", { name: "Customer" });
    expect(await customer.inputValue()).toBe("All customers");
    await customer.click();
    await customer.pressSequentially("acme");
    await page.getByRole("option", { name: "C-ACME · Acme Build Co." }).click();
    expect(await customer.inputValue()).toBe("C-ACME · Acme Build Co.");
    await openContract(page, "HT-100");

    await waitText(page, "fig-outstanding-value", "CNY 800,000.00");
    await waitText(page, "fig-invoiced-value", "CNY 360,000.00");
    expect(await page.getByTestId("receipt-row").count()).toBe(1);
    expect(await page.getByTestId("milestone-row").count()).toBe(2);
    expect(await page.getByTestId("version-select").locator("option").allInnerTexts()).toEqual(["Version 2 (current)", "Version 1"]);
    // Version 2 follows the renegotiated terms, and so does the contract (its first terms are version 1's history).
    expect(await page.getByTestId("contract-terms").innerText()).toBe("Payment terms: 50%@30d; 50%@60d");
  });

  test("an edit refused as stale (changed in another tab) takes in the other change and keeps what was typed", async () => {
    const { page, pane } = seeded;
    await page.getByRole("button", { name: "Edit" }).click();
    expect(await page.locator('input[name="title"]').inputValue()).toBe("Campus phase 1");

    const other = await pane.context.newPage();
    await other.goto(page.url());
    await other.getByRole("navigation").waitFor();
    await openContract(other, "HT-100");
    await other.getByRole("button", { name: "Edit" }).click();
    await other.locator('input[name="title"]').fill("Campus phase 1, revised");
    await other.getByRole("button", { name: "Save" }).click();
    await other.getByTestId("contract-detail").waitFor();
    await other.close();

    await page.locator('input[name="owner"]').fill("Li Lei");
    await page.getByRole("button", { name: "Save" }).click();
    // One thing to do, and no revision numbers: the form holds the other change with what was typed on top.
    await page.getByText("HT-100 was changed in another pane while you were editing it: the form now holds those changes, with what you typed on top. Check it and save again.", { exact: true }).waitFor();
    expect(await page.locator('input[name="title"]').inputValue()).toBe("Campus phase 1, revised");
    expect(await page.locator('input[name="owner"]').inputValue()).toBe("Li Lei");

    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Campus phase 1, revised · Owner (responsible for collection): Li Lei", { exact: false }).waitFor();
  });

  test("a field changed in both tabs keeps what was typed here and shows the other value beside it", async () => {
    const { page, pane } = seeded;
    await page.getByRole("button", { name: "Edit" }).click();
    const other = await pane.context.newPage();
    await other.goto(page.url());
    await other.getByRole("navigation").waitFor();
    await openContract(other, "HT-100");
    await other.getByRole("button", { name: "Edit" }).click();
    await other.locator('input[name="title"]').fill("Campus phase 1, from the other tab");
    await other.getByRole("button", { name: "Save" }).click();
    await other.getByTestId("contract-detail").waitFor();
    await other.close();

    await page.locator('input[name="title"]').fill("Campus phase 1, from this tab");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Also changed elsewhere, to “Campus phase 1, from the other tab”. Saving keeps what you typed.").waitFor();
    expect(await page.locator('input[name="title"]').inputValue()).toBe("Campus phase 1, from this tab");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Campus phase 1, from this tab · Owner (responsible for collection): Li Lei", { exact: false }).waitFor();
  });

  test("closing with money still open is refused unless written off", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Close contract" }).click();
    const dialog = page.getByTestId("close-dialog");
    await dialog.getByText(/CNY 800,000.00 is still open on it and “Write off what is still open” is not ticked, so it cannot be closed/).waitFor();
    expect(await dialog.getByRole("button", { name: "Close the contract" }).isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("checkbox", { name: "Write off what is still open" }).check();
    await page.getByRole("button", { name: "Close contract" }).click();
    await dialog.getByRole("button", { name: "Close the contract" }).click();
    await page.getByText("· Closed ·", { exact: false }).waitFor();
    expect(await page.getByTestId("receipt-form").count()).toBe(0);
    // Written off, the remainder is no longer outstanding; the detail says what was written off and when.
    await waitText(page, "fig-outstanding-value", "CNY 0.00");
    await waitText(page, "contract-close-record", "Closed on 2026-11-27: CNY 800,000.00 was written off and is no longer receivable.");
    // The plan's open rows say written off, with nothing open; the list shows nothing outstanding or overdue.
    const rows = await page.getByTestId("plan-table-row").allInnerTexts();
    const open = rows.filter((r) => !r.includes("Paid"));
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect([r.includes("Written off"), /Overdue|Due\b/.test(r)]).toEqual([true, false]);
    await page.getByTestId("version-select").selectOption({ label: "Version 1" });
    for (const r of await page.getByTestId("plan-table-row").allInnerTexts()) expect(r).toContain("Replaced");
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.getByTestId("contract-search").fill("HT-100");
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Closed" });
    await page.getByRole("combobox", { name: "Owner" }).selectOption({ label: "All" });
    const listed = page.locator('[data-testid="contract-row"][data-code="HT-100"]');
    await listed.getByText("Outstanding CNY 0.00").waitFor();
    expect(await listed.getByText(/^Overdue/).count()).toBe(0);
  });

  test("in 中文 the page and its validation messages are Chinese", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "合同" }).waitFor();
    await openContract(page, "HT-100");
    await page.getByText("回款计划", { exact: true }).waitFor();
    expect(await page.getByTestId("fig-outstanding").innerText()).toContain("未收款");
    await page.getByRole("button", { name: "返回列表" }).click();
    await page.getByRole("button", { name: "新建合同" }).click();
    await page.locator('input[name="amount"]').fill("abc");
    await page.locator('textarea[name="terms"]').fill("30%@0d; 60%@90d");
    await page.getByText("请输入金额，例如 1,234.56。").waitFor();
    await page.getByText("付款条款：比例合计为 90%，不是 100%。").waitFor();
    expect(await page.locator('textarea[name="terms"]').inputValue()).toBe("30%@0d; 60%@90d");

    // A save the store refuses (the code is taken) says why in Chinese and keeps the form filled.
    await page.locator('input[name="code"]').fill("HT-100");
    await pickFormCustomer(page, "C-ACME · Acme Build Co.");
    await page.locator('input[name="amount"]').fill("1,000");
    await page.locator('input[name="owner"]').fill("王芳");
    await page.locator('textarea[name="terms"]').fill("100%@0d");
    await page.getByRole("button", { name: "保存" }).click();
    await waitText(page, "contract-form-failure", "保存失败：合同编号 HT-100 已被使用。");
    expect(await page.locator('input[name="owner"]').inputValue()).toBe("王芳");
    expect(await page.locator('input[name="amount"]').inputValue()).toBe("1,000");
    // Not saved: Cancel asks, in Chinese, before throwing the form away.
    await page.getByRole("button", { name: "取消" }).click();
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("以下内容尚未保存：新合同。放弃后，已填写的内容将丢失。");
    await page.getByTestId("unsaved-edits-dialog").getByRole("button", { name: "放弃更改" }).click();
    await page.getByRole("button", { name: "新建合同" }).waitFor();
    // office.js's own telemetry frame is refused by the CSP outside Office; the pane itself throws nothing.
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });

  /*
   * HT-200, CNY 200,000.00 signed 2026-03-01, terms "50%@0d; 50%@120d", penalty 0.05% a day capped
   * at 10% of the overdue amount (AR.PENALTY's rule, as the reminder letters apply it). On 2026-11-27:
   *   #1 100,000.00 due 2026-03-01, 271 days late (31+30+31+30+31+31+30+31 to Nov 1, +26):
   *      100,000.00 × 0.0005 × 271 = 13,550.00 > cap 10,000.00 → 10,000.00
   *   #2 100,000.00 due 2026-06-29 (Mar 1 + 120 days), 151 days late (2 to Jul 1, then 149):
   *      100,000.00 × 0.0005 × 151 = 7,550.00 (under the cap)
   *   accrued 17,550.00.
   */
  test("a daily penalty with a cap is refused while bad, kept as typed, saved, shown with what it accrued, and kept after a reload", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("radio", { name: "English" }).click();
    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    await page.locator('input[name="code"]').fill("HT-200");
    await pickFormCustomer(page, "C-ACME · Acme Build Co.");
    await page.locator('input[name="amount"]').fill("200,000.00");
    await page.locator('input[name="signDate"]').fill("2026-03-01");
    await page.locator('input[name="owner"]').fill("Wang Fang");
    await page.locator('textarea[name="terms"]').fill("50%@0d; 50%@120d");
    await page.locator('select[name="penaltyKind"]').selectOption({ label: "Daily penalty" });

    await page.locator('input[name="penaltyRate"]').fill("abc");
    await page.getByTestId("penalty-fields").getByText("Enter a number.").waitFor();
    await page.locator('input[name="penaltyRate"]').fill("0.05");
    await page.locator('input[name="penaltyCap"]').fill("150");
    await page.getByText("Cap (% of the overdue amount) must be between 0 and 100, got 150.").waitFor();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Please correct the highlighted fields.").waitFor();
    expect(await page.locator('input[name="penaltyCap"]').inputValue()).toBe("150");
    expect(await page.locator('input[name="penaltyRate"]').inputValue()).toBe("0.05");
    expect(await page.locator('textarea[name="terms"]').inputValue()).toBe("50%@0d; 50%@120d");
    expect(await page.locator('input[name="code"]').inputValue()).toBe("HT-200");

    await page.locator('input[name="penaltyCap"]').fill("10");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator('[data-testid="contract-detail"][data-code="HT-200"]').waitFor();
    const clause = "Penalty clause: daily penalty 0.05% a day (0.5‰), at most 10% of the overdue amount";
    await waitText(page, "penalty-clause", clause);
    expect(await page.getByTestId("penalty-accrued-row").allInnerTexts()).toEqual([
      "#1 due 2026-03-01, 271 d late, CNY 100,000.00 open: CNY 10,000.00",
      "#2 due 2026-06-29, 151 d late, CNY 100,000.00 open: CNY 7,550.00",
    ]);
    await waitText(page, "penalty-accrued-total", "Total accrued: CNY 17,550.00");

    await page.reload();
    await page.getByRole("navigation").waitFor();
    await openContract(page, "HT-200");
    await waitText(page, "penalty-clause", clause);
    await waitText(page, "penalty-accrued-total", "Total accrued: CNY 17,550.00");
    await page.getByRole("button", { name: "Edit" }).click();
    expect(await page.locator('select[name="penaltyKind"]').inputValue()).toBe("daily");
    expect(await page.locator('input[name="penaltyRate"]').inputValue()).toBe("0.05");
    expect(await page.locator('input[name="penaltyCap"]').inputValue()).toBe("10");
    await page.getByRole("button", { name: "Cancel" }).click();
  });

  /*
   * HT-300, CNY 50,000.00 signed 2026-11-01, terms "50%@0d; 50%@30d": #1 25,000.00 on 2026-11-01,
   * #2 25,000.00 on 2026-12-01. A receipt of 30,000.00 settles #1 and puts 5,000.00 on #2.
   * Renegotiated with "100%@0d" from 2026-11-27: #1 25,000.00 settled (2026-11-01), the 5,000.00
   * paid ahead on #2 settled (dated the restart date: never after a new row, so the receipts go back
   * to it), and the open 20,000.00 due 2026-11-27.
   */
  test("renegotiating keeps the money received on the rows it settled: the saved plan is the preview, and a restart before the sign date is refused", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    await page.locator('input[name="code"]').fill("HT-300");
    await pickFormCustomer(page, "C-ACME · Acme Build Co.");
    await page.locator('input[name="amount"]').fill("50,000.00");
    await page.locator('input[name="signDate"]').fill("2026-11-01");
    await page.locator('input[name="owner"]').fill("Wang Fang");
    await page.locator('textarea[name="terms"]').fill("50%@0d; 50%@30d");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator('[data-testid="contract-detail"][data-code="HT-300"]').waitFor();
    await page.locator('input[name="receiptDate"]').fill("2026-11-20");
    await page.locator('input[name="receiptAmount"]').fill("30,000.00");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await waitText(page, "fig-outstanding-value", "CNY 20,000.00");

    await page.getByRole("button", { name: "Renegotiate" }).click();
    await page.getByText("Shares of the rest and when they fall due after the restart date, e.g. 50%@0d; 50%@30d").waitFor();
    await page.locator('textarea[name="newTerms"]').fill("100%@0d");
    await page.locator('input[name="reason"]').fill("Early settlement");
    await page.locator('input[name="restartDate"]').fill("2026-10-01");
    await page.getByText("Restart date cannot be before the contract's sign date, 2026-11-01; got 2026-10-01.").waitFor();
    await page.getByRole("button", { name: "Save as version 2" }).click();
    expect(await page.getByTestId("renegotiate-form").isVisible()).toBe(true); // refused: nothing saved

    await page.locator('input[name="restartDate"]').fill("2026-11-27");
    const expected = ["2026-11-01 CNY 25,000.00 CNY 0.00 Paid", "2026-11-27 CNY 5,000.00 CNY 0.00 Paid", "2026-11-27 CNY 20,000.00 CNY 20,000.00 Due"];
    await waitText(page, "renegotiate-preview-total", "CNY 50,000.00");
    expect(await rowsWithState(page, "renegotiate-preview")).toEqual(expected);
    await page.getByRole("button", { name: "Save as version 2" }).click();
    await page.getByTestId("renegotiate-form").waitFor({ state: "detached" });

    // The page shows version 2 (three rows) once the saved ledger is read back.
    await page.getByTestId("plan-table-row").nth(expected.length - 1).waitFor();
    expect(await rowsWithState(page, "plan-table")).toEqual(expected);
    await waitText(page, "fig-outstanding-value", "CNY 20,000.00");
    await waitText(page, "fig-overdue-value", "CNY 0.00");
    expect(await page.getByTestId("contract-terms").innerText()).toBe("Payment terms: 100%@0d");
  });
});

/** `n` customers K-001 … "Firm 1" …, and one contract each for the first and the last of them. */
function manyCustomers(n: number) {
  const code = (i: number) => `K-${String(i).padStart(3, "0")}`;
  const contract = (i: number) => ({
    code: `HT-K${i}`, customerCode: code(i), title: `Works for firm ${i}`, amountMinor: 100000, currency: "CNY",
    signDate: "2026-06-01", terms: "", owner: "Wang Fang", status: "active", penalty: { kind: "none" },
    plan: [{ dueDate: "2026-10-31", amountMinor: 100000 }],
  });
  return {
    customers: Array.from({ length: n }, (_, k) => ({ code: code(k + 1), name: `Firm ${k + 1}`, contact: "Ms. Firm" })),
    contracts: [contract(1), contract(n)],
  };
}

describeInBrowser("Contracts on a ledger with more customers than the customer filter lists", () => {
  const N = CHOICE_LIMIT + 70;
  const seeded = seededPane({
    locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture: manyCustomers(N),
    ready: (page) => page.locator('[data-testid="contract-row"][data-code="HT-K1"]').waitFor(),
  });

  test("the page renders far fewer options than customers; the last customer is found by typing and filters the list", async () => {
    const { page } = seeded;
    const allOptions = page.locator("option, [role=option]");
    // The closed customer filter renders no customer options at all.
    expect(await page.locator("[role=option]").count()).toBe(0);
    expect(await allOptions.count()).toBeLessThan(N);

    const customer = page.getByRole("combobox", { name: "Customer" });
    await customer.click();
    await page.getByRole("listbox").waitFor();
    const listed = page.getByRole("listbox").getByRole("option");
    expect(await listed.count()).toBe(1 + CHOICE_LIMIT + 1); // All, the first customers, the hint
    expect(await listed.first().innerText()).toBe("All customers");
    expect(await listed.nth(1).innerText()).toBe("K-001 · Firm 1");
    expect(await listed.last().innerText()).toBe(`Type to narrow: ${N - CHOICE_LIMIT} more`);
    expect(await allOptions.count()).toBeLessThan(N);

    await customer.pressSequentially(`firm ${N}`);
    await page.getByRole("option", { name: `K-${N} · Firm ${N}` }).click();
    expect(await customer.inputValue()).toBe(`K-${N} · Firm ${N}`);
    await page.locator('[data-testid="contract-row"][data-code="HT-K1"]').waitFor({ state: "detached" });
    expect(await page.getByTestId("contract-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")))).toEqual([`HT-K${N}`]);

    // Clearing the text (the list stays closed) and leaving the field shows every customer's contracts again.
    await customer.press("ControlOrMeta+a");
    await customer.press("Backspace");
    await customer.press("Tab");
    await page.locator('[data-testid="contract-row"][data-code="HT-K1"]').waitFor();
    expect(await customer.inputValue()).toBe("All customers");
  });
});
