import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";
import { openContract, waitText } from "./support/contractPage";

// Launching Chromium, seeding and a second pane take seconds on a busy machine.
jest.setTimeout(60_000);

/*
 * Undoing a mistaken receipt from the contract detail, clock fixed at 2026-11-27.
 *
 * HT-DEL, CNY 1,000.00: #1 300.00 due 2026-09-30, #2 700.00 due 2026-12-31. Receipts settle the
 * oldest installment first:
 *   300.00 on 2026-10-05 settles #1; 200.00 on 2026-10-20 goes to #2 → open 0.00 and 500.00.
 * Deleting the 300.00 receipt re-applies the 200.00 one oldest first: it now sits on #1 →
 *   open 100.00 and 700.00; received 200.00, outstanding 800.00.
 * (Were the 200.00 left where it was, #2 would show 500.00 and #1 300.00.)
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-09-01", terms: "", currency: "CNY", penalty: { kind: "none" } };
const plan = [{ dueDate: "2026-09-30", amountMinor: 30000 }, { dueDate: "2026-12-31", amountMinor: 70000 }];

const contract = (code: string) => ({ ...active, code, customerCode: "C-DEL", title: "Fit-out", amountMinor: 100000, owner: "Wang Fang", plan });
const customers = [{ code: "C-DEL", name: "Delta Build Co.", contact: "Ms. Delta" }];

/** The plan table's "Open" column (found by its header, in either language), row by row. */
async function openAmounts(page: Page): Promise<string[]> {
  return page.getByTestId("plan-table").evaluate((table) => {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim());
    const col = headers.findIndex((h) => h === "Open" || h === "未收");
    if (col < 0) throw new Error(`no Open column in ${headers.join(" | ")}`);
    return [...table.querySelectorAll('[data-testid="plan-table-row"]')].map((r) => r.querySelectorAll("td")[col]?.textContent?.trim() ?? "");
  });
}

/** Waits until the plan's open amounts are `expected` (the pane's snapshot follows the ledger). */
async function waitOpenAmounts(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction((want) => {
    const table = document.querySelector('[data-testid="plan-table"]');
    if (!table) return false;
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim());
    const col = headers.findIndex((h) => h === "Open" || h === "未收");
    const got = [...table.querySelectorAll('[data-testid="plan-table-row"]')].map((r) => r.querySelectorAll("td")[col]?.textContent?.trim() ?? "");
    return JSON.stringify(got) === JSON.stringify(want);
  }, expected).catch(async (e: unknown) => {
    throw new Error(`open amounts ${JSON.stringify(await openAmounts(page))}, expected ${JSON.stringify(expected)}: ${String(e)}`);
  });
}

async function receiptDates(page: Page): Promise<string[]> {
  return page.getByTestId("receipt-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-date") ?? ""));
}

async function recordReceipt(page: Page, date: string, amount: string): Promise<void> {
  await page.locator('input[name="receiptDate"]').fill(date);
  await page.locator('input[name="receiptAmount"]').fill(amount);
  await page.getByRole("button", { name: "Record receipt" }).click();
  await page.locator(`[data-testid="receipt-row"][data-date="${date}"]`).waitFor();
}

describeInBrowser("Receipts: deleting a mistaken receipt re-applies the others (English)", () => {
  const seeded = seededPane({
    locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts",
    fixture: {
      customers,
      contracts: [contract("HT-DEL"), contract("HT-RACE")],
      receipts: [
        { contractCode: "HT-RACE", date: "2026-10-05", amountMinor: 10000 },
        { contractCode: "HT-RACE", date: "2026-10-20", amountMinor: 10000 },
      ],
    },
    ready: (page) => openContract(page, "HT-DEL"),
  });

  test("two receipts recorded in the pane settle the oldest installment first", async () => {
    const { page } = seeded;
    await recordReceipt(page, "2026-10-05", "300.00");
    await recordReceipt(page, "2026-10-20", "200.00");
    await waitOpenAmounts(page, ["CNY 0.00", "CNY 500.00"]);
    expect(await receiptDates(page)).toEqual(["2026-10-05", "2026-10-20"]);
  });

  test("the confirmation names the receipt by date, amount and method and says the others are applied again; cancel keeps it", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete the receipt of CNY 300.00 on 2026-10-05" }).click();
    const dialog = page.getByTestId("receipt-delete-dialog");
    await dialog.getByText("Delete this receipt?").waitFor();
    expect(await dialog.innerText()).toContain(
      "The receipt of CNY 300.00 on 2026-10-05 (Bank transfer) will be deleted, with what it settled. The contract's other receipts are then applied again, oldest installment first, so the open amounts change.",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await receiptDates(page)).toEqual(["2026-10-05", "2026-10-20"]);
    expect(await openAmounts(page)).toEqual(["CNY 0.00", "CNY 500.00"]);
    await waitText(page, "fig-received-value", "CNY 500.00");
  });

  test("deleting the first receipt re-applies the second to the oldest installment; the open amounts and figures follow", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete the receipt of CNY 300.00 on 2026-10-05" }).click();
    await page.getByTestId("receipt-delete-dialog").getByRole("button", { name: "Delete the receipt" }).click();
    await waitText(page, "receipt-deleted", "Receipt of CNY 300.00 on 2026-10-05 deleted; the contract's other receipts were applied again.");
    await waitOpenAmounts(page, ["CNY 100.00", "CNY 700.00"]);
    expect(await receiptDates(page)).toEqual(["2026-10-20"]);
    expect(await page.getByTestId("receipt-row").innerText()).toContain("installment #1 CNY 200.00");
    await waitText(page, "fig-received-value", "CNY 200.00");
    await waitText(page, "fig-outstanding-value", "CNY 800.00");
  });

  test("a receipt another pane deleted first is reported as such, not as a raw record error", async () => {
    const { page, pane } = seeded;
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.locator('[data-testid="contract-row"][data-code="HT-RACE"]').click();
    await page.locator('[data-testid="contract-detail"][data-code="HT-RACE"]').waitFor();
    await page.getByRole("button", { name: "Delete the receipt of CNY 100.00 on 2026-10-05" }).click();
    await page.getByTestId("receipt-delete-dialog").waitFor();

    const other = await pane.context.newPage();
    try {
      other.setDefaultTimeout(10_000);
      await other.goto(`${pane.baseUrl}taskpane.html#/contracts`);
      await openContract(other, "HT-RACE");
      await other.getByRole("button", { name: "Delete the receipt of CNY 100.00 on 2026-10-05" }).click();
      await other.getByTestId("receipt-delete-dialog").getByRole("button", { name: "Delete the receipt" }).click();
      await other.getByTestId("receipt-deleted").waitFor();
    } finally {
      await other.close();
    }

    await page.getByTestId("receipt-delete-dialog").getByRole("button", { name: "Delete the receipt" }).click();
    await waitText(page, "receipt-delete-failure", "The receipt of CNY 100.00 on 2026-10-05 was already deleted in another pane; nothing was changed here.");
    // The other pane's deletion reached this one; the remaining receipt now settles #1 in part.
    await waitOpenAmounts(page, ["CNY 200.00", "CNY 700.00"]);
    expect(await receiptDates(page)).toEqual(["2026-10-20"]);
  });

  test("a contract another pane closed meanwhile refuses the deletion with core's message, and the receipt stays", async () => {
    const { page, pane } = seeded;
    await page.getByRole("button", { name: "Delete the receipt of CNY 100.00 on 2026-10-20" }).click();
    await page.getByTestId("receipt-delete-dialog").waitFor();

    const other = await pane.context.newPage();
    try {
      other.setDefaultTimeout(10_000);
      await other.goto(`${pane.baseUrl}taskpane.html#/contracts`);
      await openContract(other, "HT-RACE");
      await other.getByRole("checkbox", { name: "Write off what is still open" }).check();
      await other.getByRole("button", { name: "Close contract" }).click();
      await other.getByTestId("close-dialog").getByRole("button", { name: "Close the contract" }).click();
      await other.locator('[data-testid="receipt-form"]').waitFor({ state: "detached" });
    } finally {
      await other.close();
    }

    await page.getByTestId("receipt-delete-dialog").getByRole("button", { name: "Delete the receipt" }).click();
    await waitText(page, "receipt-delete-failure", "Could not delete the receipt: Contract HT-RACE is closed; reopen it first.");
    expect(await receiptDates(page)).toEqual(["2026-10-20"]);
    await waitText(page, "fig-received-value", "CNY 100.00");
    // A closed contract offers no deletion (nor a new receipt), as its other sections offer no edits.
    await page.getByTestId("receipt-form").waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: /^Delete the receipt of/ }).count()).toBe(0);
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

describeInBrowser("Receipts: deleting a receipt in Chinese", () => {
  const seeded = seededPane({
    locale: "zh-CN", now: TODAY, stepTimeout: 10_000, hash: "#/contracts",
    fixture: {
      customers,
      contracts: [contract("HT-DEL")],
      receipts: [
        { contractCode: "HT-DEL", date: "2026-10-05", amountMinor: 30000 },
        { contractCode: "HT-DEL", date: "2026-10-20", amountMinor: 20000 },
      ],
    },
    ready: (page) => openContract(page, "HT-DEL"),
  });

  test("the delete button, confirmation and result read in Chinese, and the second receipt moves to the oldest installment", async () => {
    const { page } = seeded;
    await waitOpenAmounts(page, ["CNY 0.00", "CNY 500.00"]);
    await page.getByRole("button", { name: "删除 2026-10-05 的收款 CNY 300.00" }).click();
    const dialog = page.getByTestId("receipt-delete-dialog");
    await dialog.getByText("删除这笔收款？").waitFor();
    expect(await dialog.innerText()).toContain("将删除 2026-10-05 的收款 CNY 300.00（银行转账）及其核销记录。随后本合同的其他收款将重新按先到期先核销");

    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await receiptDates(page)).toEqual(["2026-10-05", "2026-10-20"]);

    await page.getByRole("button", { name: "删除 2026-10-05 的收款 CNY 300.00" }).click();
    await dialog.getByRole("button", { name: "删除收款" }).click();
    await waitText(page, "receipt-deleted", "已删除 2026-10-05 的收款 CNY 300.00；本合同的其他收款已重新核销。");
    await waitOpenAmounts(page, ["CNY 100.00", "CNY 700.00"]);
    expect(await page.getByTestId("receipt-row").innerText()).toContain("第 1 期 CNY 200.00");
  });
});
