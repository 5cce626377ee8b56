import type { Page } from "playwright-core";
import { describeInBrowser, putRawContractCurrency, seededPane, type SeededPane } from "./support/browser";
import { openContract, statusShown, waitText } from "./support/contractPage";

// Launching Chromium, seeding and a second pane take seconds on a busy machine.
jest.setTimeout(60_000);

/*
 * The contract detail's actions beyond recording: reopening a closed contract, deleting an invoice,
 * and amounts under a currency an older import stored as a name. Clock fixed at 2026-11-27.
 *
 * HT-RO, CNY 1,000.00: #1 300.00 due 2026-09-30, #2 700.00 due 2026-10-31; 300.00 received on
 * 2026-10-05 settles #1, so 700.00 is open and overdue (#2). Closed with the rest written off, it
 * is not chased on Today; reopened, #2's 700.00 is chased again.
 * HT-INV, CNY 1,000.00, invoiced FP-101 339.00 (2026-09-30), FP-102 113.00 (2026-10-31) and
 * FP-103 200.00 (2026-11-10): invoiced 652.00; deleting FP-101 leaves 313.00.
 * HT-JPY, JPY 123,456 (no minor digits): invoice FP-J1 100,000, receipt 23,456 → outstanding
 * 100,000. An older import stored its currency as "日元".
 */
const TODAY = new Date("2026-11-27T10:00:00");
const base = { status: "active" as const, signDate: "2026-09-01", terms: "", currency: "CNY", penalty: { kind: "none" }, customerCode: "C-ACT", owner: "Wang Fang" };
const cny = (code: string) => ({
  ...base, code, title: "Fit-out", amountMinor: 100000,
  plan: [{ dueDate: "2026-09-30", amountMinor: 30000 }, { dueDate: "2026-10-31", amountMinor: 70000 }],
});
const customers = [{ code: "C-ACT", name: "Action Build Co.", contact: "Mr. Action" }];
const fixture = {
  customers,
  contracts: [
    cny("HT-RO"), cny("HT-RACE"), cny("HT-INV"),
    { ...base, code: "HT-JPY", title: "Tokyo office", currency: "JPY", amountMinor: 123456, plan: [{ dueDate: "2026-10-31", amountMinor: 123456 }] },
  ],
  invoices: [
    { contractCode: "HT-INV", number: "FP-101", date: "2026-09-30", amountMinor: 33900, taxMinor: 3900 },
    { contractCode: "HT-INV", number: "FP-102", date: "2026-10-31", amountMinor: 11300, taxMinor: 1300 },
    { contractCode: "HT-INV", number: "FP-103", date: "2026-11-10", amountMinor: 20000 },
    { contractCode: "HT-JPY", number: "FP-J1", date: "2026-10-31", amountMinor: 100000 },
  ],
  receipts: [
    { contractCode: "HT-RO", date: "2026-10-05", amountMinor: 30000 },
    { contractCode: "HT-JPY", date: "2026-11-02", amountMinor: 23456 },
  ],
};

/** A second pane on the same ledger, opened on `code`'s detail, for `act`, then closed. */
async function inOtherPane(seeded: SeededPane, code: string, act: (other: Page) => Promise<void>): Promise<void> {
  const other = await seeded.pane.context.newPage();
  try {
    other.setDefaultTimeout(10_000);
    await other.goto(`${seeded.pane.baseUrl}taskpane.html#/contracts`);
    await openContract(other, code);
    await act(other);
  } finally {
    await other.close();
  }
}

async function closeWithWriteOff(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: /^(Write off what is still open|核销剩余未收款)$/ }).check();
  await page.getByRole("button", { name: /^(Close contract|关闭合同)$/ }).click();
  await page.getByTestId("close-dialog").getByRole("button", { name: /^(Close the contract|确认关闭)$/ }).click();
  await page.getByTestId("receipt-form").waitFor({ state: "detached" });
}

async function invoiceNumbers(page: Page): Promise<string[]> {
  return page.getByTestId("invoice-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-number") ?? ""));
}

describeInBrowser("Contract detail: reopening a closed contract (English)", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture, ready: (page) => openContract(page, "HT-RO") });

  test("an active contract offers Edit and Close, not Reopen; once closed it offers Reopen and neither Edit nor receipts", async () => {
    const { page } = seeded;
    expect(await page.getByRole("button", { name: "Reopen", exact: true }).count()).toBe(0);
    await closeWithWriteOff(page);
    expect(await statusShown(page)).toBe("Closed");
    await page.getByRole("button", { name: "Reopen", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Edit", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Close contract" }).count()).toBe(0);
    await waitText(page, "fig-outstanding-value", "CNY 0.00");
    await waitText(page, "contract-close-record", "Closed on 2026-11-27: CNY 700.00 was written off and is no longer receivable.");
  });

  test("a closed contract's overdue installment is not chased on Today", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Today" }).click();
    // Today has loaded once another contract's overdue installment is listed.
    await page.locator('[data-testid="chase-row"][data-contract="HT-INV"]').first().waitFor();
    expect(await page.locator('[data-testid="chase-row"][data-contract="HT-RO"]').count()).toBe(0);
    await openContract(page, "HT-RO");
  });

  test("the confirmation says what reopening means, with the open amount; cancel leaves the contract closed", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Reopen", exact: true }).click();
    const dialog = page.getByTestId("reopen-dialog");
    await dialog.getByText("Reopen contract HT-RO?").waitFor();
    expect(await dialog.innerText()).toContain(
      "The contract becomes Active again. Its open amount of CNY 700.00 counts again in Today, the Dashboard and the customer's credit exposure",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await statusShown(page)).toBe("Closed");
    expect(await page.getByTestId("receipt-form").count()).toBe(0);
  });

  test("reopening makes it Active: Edit, Close and the receipt form come back, and Today chases its open installment again", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Reopen", exact: true }).click();
    await page.getByTestId("reopen-dialog").getByRole("button", { name: "Reopen the contract" }).click();
    await waitText(page, "reopen-result", "Contract HT-RO reopened; it is Active again.");
    await page.getByTestId("receipt-form").waitFor();
    expect(await statusShown(page)).toBe("Active");
    await page.getByRole("button", { name: "Edit", exact: true }).waitFor();
    await page.getByRole("button", { name: "Close contract" }).waitFor();
    expect(await page.getByRole("button", { name: "Reopen", exact: true }).count()).toBe(0);

    await page.getByRole("tab", { name: "Today" }).click();
    const chased = page.locator('[data-testid="chase-row"][data-contract="HT-RO"]');
    await chased.waitFor();
    expect(await chased.getByTestId("chase-open").innerText()).toBe("CNY 700.00");
    await openContract(page, "HT-RO");
  });

  test("a contract another pane reopened first is reported as already reopened, not as a raw revision error", async () => {
    const { page } = seeded;
    await openContract(page, "HT-RACE");
    await closeWithWriteOff(page);
    await page.getByRole("button", { name: "Reopen", exact: true }).click();
    await page.getByTestId("reopen-dialog").waitFor();

    await inOtherPane(seeded, "HT-RACE", async (other) => {
      await other.getByRole("button", { name: "Reopen", exact: true }).click();
      await other.getByTestId("reopen-dialog").getByRole("button", { name: "Reopen the contract" }).click();
      await other.getByTestId("reopen-result").waitFor();
    });

    await page.getByTestId("reopen-dialog").getByRole("button", { name: "Reopen the contract" }).click();
    await waitText(page, "reopen-failure", "Contract HT-RACE was already reopened in another pane (it is now Active); nothing was changed here.");
    await page.getByTestId("receipt-form").waitFor();
    expect(seeded.pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

describeInBrowser("Contract detail: deleting an invoice (English)", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture, ready: (page) => openContract(page, "HT-INV") });

  test("the confirmation names the invoice by number, date and amount and says what changes; cancel keeps it", async () => {
    const { page } = seeded;
    await waitText(page, "fig-invoiced-value", "CNY 652.00");
    await page.getByRole("button", { name: "Delete invoice FP-101 of CNY 339.00 on 2026-09-30" }).click();
    const dialog = page.getByTestId("invoice-delete-dialog");
    await dialog.getByText("Delete this invoice?").waitFor();
    expect(await dialog.innerText()).toContain(
      "Invoice FP-101 of CNY 339.00 dated 2026-09-30 will be deleted. The contract's invoiced total goes down by that amount; its receipts and payment plan do not change.",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await invoiceNumbers(page)).toEqual(["FP-101", "FP-102", "FP-103"]);
    await waitText(page, "fig-invoiced-value", "CNY 652.00");
  });

  test("deleting an invoice removes it and the invoiced figure goes down by its amount", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete invoice FP-101 of CNY 339.00 on 2026-09-30" }).click();
    await page.getByTestId("invoice-delete-dialog").getByRole("button", { name: "Delete the invoice" }).click();
    await waitText(page, "invoice-deleted", "Invoice FP-101 of CNY 339.00 on 2026-09-30 deleted.");
    await waitText(page, "fig-invoiced-value", "CNY 313.00");
    expect(await invoiceNumbers(page)).toEqual(["FP-102", "FP-103"]);
  });

  test("an invoice another pane deleted first is reported as such, not as a raw record error", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete invoice FP-102 of CNY 113.00 on 2026-10-31" }).click();
    await page.getByTestId("invoice-delete-dialog").waitFor();
    await inOtherPane(seeded, "HT-INV", async (other) => {
      await other.getByRole("button", { name: "Delete invoice FP-102 of CNY 113.00 on 2026-10-31" }).click();
      await other.getByTestId("invoice-delete-dialog").getByRole("button", { name: "Delete the invoice" }).click();
      await other.getByTestId("invoice-deleted").waitFor();
    });
    await page.getByTestId("invoice-delete-dialog").getByRole("button", { name: "Delete the invoice" }).click();
    await waitText(page, "invoice-delete-failure", "Invoice FP-102 of CNY 113.00 on 2026-10-31 was already deleted in another pane; nothing was changed here.");
    await waitText(page, "fig-invoiced-value", "CNY 200.00");
    expect(await invoiceNumbers(page)).toEqual(["FP-103"]);
  });

  test("a contract another pane closed meanwhile refuses the deletion with the closed-contract message; the invoice stays and Delete is gone", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete invoice FP-103 of CNY 200.00 on 2026-11-10" }).click();
    await page.getByTestId("invoice-delete-dialog").waitFor();
    await inOtherPane(seeded, "HT-INV", closeWithWriteOff);
    // The other pane's closing reaches this one: its forms go, the confirmation stays open.
    await page.getByTestId("invoice-form").waitFor({ state: "detached" });
    await page.getByTestId("invoice-delete-dialog").getByRole("button", { name: "Delete the invoice" }).click();
    await waitText(page, "invoice-delete-failure", "Could not delete the invoice: Contract HT-INV is closed; reopen it first.");
    expect(await invoiceNumbers(page)).toEqual(["FP-103"]);
    await waitText(page, "fig-invoiced-value", "CNY 200.00");
    expect(await page.getByRole("button", { name: /^Delete invoice / }).count()).toBe(0);
    expect(seeded.pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

describeInBrowser("Contract detail in Chinese: deleting an invoice and reopening", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture, ready: (page) => openContract(page, "HT-INV") });

  test("the invoice's delete button, confirmation and result read in Chinese", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "删除 2026-09-30 的发票 FP-101（CNY 339.00）" }).click();
    const dialog = page.getByTestId("invoice-delete-dialog");
    await dialog.getByText("删除这张发票？").waitFor();
    expect(await dialog.innerText()).toContain("将删除 2026-09-30 开具的发票 FP-101（金额 CNY 339.00）。本合同的已开票金额将相应减少；收款和回款计划不变。");
    await dialog.getByRole("button", { name: "删除发票" }).click();
    await waitText(page, "invoice-deleted", "已删除 2026-09-30 的发票 FP-101（CNY 339.00）。");
    await waitText(page, "fig-invoiced-value", "CNY 313.00");
  });

  test("reopening a closed contract asks and reports in Chinese", async () => {
    const { page } = seeded;
    await openContract(page, "HT-RO");
    await closeWithWriteOff(page);
    await page.getByRole("button", { name: "重新打开", exact: true }).click();
    const dialog = page.getByTestId("reopen-dialog");
    await dialog.getByText("重新打开合同 HT-RO？").waitFor();
    expect(await dialog.innerText()).toContain("合同将恢复为“执行中”。其未收金额 CNY 700.00 将重新计入今日、仪表盘和客户的信用占用");
    await dialog.getByRole("button", { name: "重新打开合同" }).click();
    await waitText(page, "reopen-result", "合同 HT-RO 已重新打开，恢复为执行中。");
    expect(await statusShown(page)).toBe("执行中");
  });
});

describeInBrowser("Contract detail: a currency an older import stored as a name", () => {
  const seeded = seededPane({
    locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture,
    ready: async (page) => {
      await putRawContractCurrency(page, "HT-JPY", "日元");
      await page.reload();
      await page.locator('[data-testid="contract-row"][data-code="HT-JPY"]').waitFor();
    },
  });

  test("the contract list shows its amounts under JPY, not the stored name", async () => {
    const { page } = seeded;
    const row = await page.locator('[data-testid="contract-row"][data-code="HT-JPY"]').innerText();
    expect(row).toContain("JPY 100,000");
    expect(row).not.toContain("日元");
  });

  test("the detail's figures, plan, invoices and receipts show JPY with no minor digits", async () => {
    const { page } = seeded;
    await openContract(page, "HT-JPY");
    await waitText(page, "fig-amount-value", "JPY 123,456");
    await waitText(page, "fig-invoiced-value", "JPY 100,000");
    await waitText(page, "fig-received-value", "JPY 23,456");
    await waitText(page, "fig-outstanding-value", "JPY 100,000");
    expect(await page.getByTestId("invoice-row").innerText()).toContain("JPY 100,000");
    expect(await page.getByTestId("receipt-row").innerText()).toContain("JPY 23,456");
    expect(await page.getByTestId("plan-table").innerText()).toContain("JPY 123,456");
    expect(await page.getByTestId("contract-detail").innerText()).not.toContain("日元");
  });
});
