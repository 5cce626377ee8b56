import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";
import { oneContractLedger } from "./support/contractPage";

/*
 * A refused save moves focus to the first field marked invalid (forms/useFormState), so a keyboard
 * or screen-reader user lands on what to fix instead of staying on the Save button. And dates that
 * record what has happened (a receipt, a milestone's actual date) cannot lie after today.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const fixture = oneContractLedger({ code: "HT-F", title: "Focus", customerCode: "C-ACME", customerName: "Acme Build Co.", dueDate: "2026-09-30" });

jest.setTimeout(60_000);

/** The focused element's name and aria-invalid, as the browser has them. */
async function focused(page: Page): Promise<{ name: string | null; invalid: string | null; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { name: el?.getAttribute("name") ?? null, invalid: el?.getAttribute("aria-invalid") ?? null, tag: el?.tagName ?? "" };
  });
}

/** Waits until focus is on the input named `name`; on timeout, says where it is. */
async function focusMovesTo(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => document.activeElement?.getAttribute("name") === n, name, { timeout: 3000 }).catch(async () => {
    throw new Error(`focus is on ${JSON.stringify(await focused(page))}, expected the input ${name}`);
  });
  expect(await focused(page)).toEqual({ name, invalid: "true", tag: "INPUT" });
}

describeInBrowser("the Contracts page after a refused save", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture });

  test("saving an empty new contract puts focus in its first invalid input, the contract code", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "New contract" }).click();
    const form = page.getByTestId("contract-form");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("Please correct the highlighted fields.").waitFor();
    await focusMovesTo(page, "code");
    await form.getByRole("button", { name: "Cancel" }).click();
    await form.waitFor({ state: "detached" });
  });

  test("a receipt without an amount puts focus in the amount; one dated 2027-05-01 is refused naming today, with focus on its date", async () => {
    const { page } = seeded;
    await page.locator('[data-testid="contract-row"][data-code="HT-F"]').click();
    const receiptForm = page.getByTestId("receipt-form");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await focusMovesTo(page, "receiptAmount");

    await receiptForm.locator('input[name="receiptAmount"]').fill("1,000.00");
    await receiptForm.locator('input[name="receiptDate"]').fill("2027-05-01");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await receiptForm.getByText("A receipt records money already received: its date cannot be later than today, 2026-11-27.").waitFor();
    await focusMovesTo(page, "receiptDate");
    await page.waitForTimeout(300);
    expect(await page.getByTestId("receipt-row").count()).toBe(0);
    expect(await page.getByTestId("allocation-result").count()).toBe(0);

    // Dated before the contract's sign date (2026-06-01): a deposit taken before signing is recorded.
    await receiptForm.locator('input[name="receiptDate"]').fill("2026-05-20");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await page.getByTestId("allocation-result").waitFor();
    expect(await page.locator('[data-testid="receipt-row"][data-date="2026-05-20"]').count()).toBe(1);
  });

  test("an invoice saved empty puts focus in its first invalid input, the invoice number", async () => {
    const { page } = seeded;
    const invoiceForm = page.getByTestId("invoice-form");
    await invoiceForm.getByRole("button", { name: "Record invoice" }).click();
    await focusMovesTo(page, "invoiceNumber");
    await invoiceForm.locator('input[name="invoiceNumber"]').fill("INV-F1");
    await invoiceForm.getByRole("button", { name: "Record invoice" }).click();
    await focusMovesTo(page, "invoiceAmount");
    await invoiceForm.locator('input[name="invoiceNumber"]').fill("");
  });

  test("a milestone reached on 2027-03-01 is refused naming today, not shown as done; one planned in the past is added", async () => {
    const { page } = seeded;
    await page.locator('input[name="milestoneName"]').fill("Go-live");
    await page.locator('input[name="plannedDate"]').fill("2026-03-01"); // planned in the past: plans are entered late
    await page.getByRole("button", { name: "Add milestone" }).click();
    const row = page.locator('[data-testid="milestone-row"][data-name="Go-live"]');
    await row.waitFor();
    await row.getByRole("button", { name: "Record progress" }).click();
    const progress = page.getByTestId("progress-form");
    await progress.locator('input[name="actualDate"]').fill("2027-03-01");
    await progress.locator('input[name="percent"]').fill("100");
    await progress.getByRole("button", { name: "Save" }).click();
    await progress.getByText("The actual date is when the milestone was reached: it cannot be later than today, 2026-11-27.").waitFor();
    await focusMovesTo(page, "actualDate");
    await page.waitForTimeout(300);
    expect(await progress.count()).toBe(1);
    expect(await row.getByTestId("milestone-slippage").innerText()).not.toMatch(/^Done/);
  });
});

describeInBrowser("the Customers form after a refused save", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers" });

  test("saving an empty new customer puts focus in its first invalid input, the customer code", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "New customer" }).click();
    const form = page.getByTestId("customer-form");
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("Please correct the highlighted fields.").waitFor();
    await focusMovesTo(page, "code");
  });
});

describeInBrowser("the reminder dialog after a refused save", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/today", fixture });

  test("saving a contact with no contact person and a future contact date puts focus in the contact date, the first invalid input", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Log reminder for HT-F #1", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator('input[name="contact"]').fill("");
    await dialog.locator('input[name="contactDate"]').fill("2026-12-01");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Please correct the highlighted fields.").waitFor();
    await focusMovesTo(page, "contactDate");
    // Fixed, the next refused save moves focus on to the field still wrong.
    await dialog.locator('input[name="contactDate"]').fill("2026-11-27");
    await dialog.getByRole("button", { name: "Save" }).click();
    await focusMovesTo(page, "contact");
  });
});
