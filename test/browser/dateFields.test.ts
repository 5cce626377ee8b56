import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";
import { createCustomer, oneContractLedger } from "./support/contractPage";

/*
 * A date typed into a form's date input that does not exist (February 30): the browser shows what
 * was typed but reports an empty value, so the form must say "not a valid date", not "required".
 */
const TODAY = new Date("2026-11-27T10:00:00");

jest.setTimeout(30_000);

async function newContractForm(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Contracts" }).click();
  await page.getByRole("button", { name: "New contract" }).click();
  await page.getByTestId("contract-form").waitFor();
}

describeInBrowser("a date field given a day that does not exist", () => {
  const seeded = seededPane({
    locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers",
    ready: (page) => createCustomer(page, "C-ACME", "Acme Build Co."), // a contract needs a customer to be added
  });

  test("the contract's sign date 02/30/2026 is said to be no valid date, not required; cleared, it is required", async () => {
    const { page } = seeded;
    await newContractForm(page);
    const signDate = page.locator('input[name="signDate"]');
    await signDate.focus();
    await page.keyboard.type("02302026");
    await page.locator('input[name="owner"]').click(); // leave the field
    expect(await signDate.evaluate((el: HTMLInputElement) => [el.value, el.validity.badInput])).toEqual(["", true]);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Sign date is not a valid date.").waitFor();
    expect(await page.getByText("Sign date is required.").count()).toBe(0);
    // The browser still shows the typed date for the user to correct (badInput stays set).
    expect(await signDate.evaluate((el: HTMLInputElement) => el.validity.badInput)).toBe(true);

    // Cleared on purpose, it is required; a real date then clears the message.
    await signDate.fill("");
    await page.getByText("Sign date is required.").waitFor();
    expect(await page.getByText("Sign date is not a valid date.").count()).toBe(0);
    await signDate.fill("2026-02-28");
    await page.getByText("Sign date is required.").waitFor({ state: "detached" });
  });
});

/** Types 02/30/2026 (a day that does not exist) into the date input `input`, as a keyboard user would. */
async function typeImpossibleDate(page: Page, input: ReturnType<Page["locator"]>): Promise<void> {
  await input.focus();
  await page.keyboard.type("02302026");
  expect(await input.evaluate((el: HTMLInputElement) => [el.value, el.validity.badInput])).toEqual(["", true]);
}

describeInBrowser("a contract's date fields given a day that does not exist", () => {
  const fixture = oneContractLedger({ code: "HT-D", title: "Dates", customerCode: "C-ACME", customerName: "Acme Build Co.", dueDate: "2026-09-30" });
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture });

  test("a milestone's actual date 02/30/2026 is refused as no valid date, not saved as 'not reached'", async () => {
    const { page } = seeded;
    await page.locator('[data-testid="contract-row"][data-code="HT-D"]').click();
    await page.locator('input[name="milestoneName"]').fill("Go-live");
    await page.locator('input[name="plannedDate"]').fill("2026-11-01");
    await page.getByRole("button", { name: "Add milestone" }).click();
    const row = page.locator('[data-testid="milestone-row"][data-name="Go-live"]');
    await row.waitFor();
    await row.getByRole("button", { name: "Record progress" }).click();
    const progress = page.getByTestId("progress-form");
    await typeImpossibleDate(page, progress.locator('input[name="actualDate"]'));
    await progress.locator('input[name="percent"]').fill("100");
    await progress.getByRole("button", { name: "Save" }).click();
    await progress.getByText("Actual is not a valid date.").waitFor();
    // Nothing saved: the form stays open and the milestone is still not reached.
    await page.waitForTimeout(300);
    expect(await progress.count()).toBe(1);
    expect(await row.getByTestId("milestone-slippage").innerText()).toBe("Late · 26 d");
    // A real date saves it.
    await progress.locator('input[name="actualDate"]').fill("2026-11-05");
    await progress.getByRole("button", { name: "Save" }).click();
    await progress.waitFor({ state: "detached" });
    await row.getByText("Done · 4 d").waitFor();
  });

  test("a planned milestone date and a receipt's date 02/30/2026 are said to be no valid date, not required; nothing is recorded", async () => {
    const { page } = seeded;
    const milestoneForm = page.getByTestId("milestone-form");
    await milestoneForm.locator('input[name="milestoneName"]').fill("Handover");
    await typeImpossibleDate(page, milestoneForm.locator('input[name="plannedDate"]'));
    await page.getByRole("button", { name: "Add milestone" }).click();
    await milestoneForm.getByText("Planned is not a valid date.").waitFor();
    expect(await milestoneForm.getByText("Planned is required.").count()).toBe(0);

    const receiptForm = page.getByTestId("receipt-form");
    await receiptForm.locator('input[name="receiptDate"]').fill("");
    await typeImpossibleDate(page, receiptForm.locator('input[name="receiptDate"]'));
    await receiptForm.locator('input[name="receiptAmount"]').fill("1,000.00");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await receiptForm.getByText("Date is not a valid date.").waitFor();
    expect(await receiptForm.getByText("Date is required.").count()).toBe(0);
    expect(await page.getByTestId("receipt-row").count()).toBe(0);
    expect(await page.getByTestId("allocation-result").count()).toBe(0);
  });
});

describeInBrowser("the reminder dialog's date fields given a day that does not exist", () => {
  const fixture = oneContractLedger({ code: "HT-R", title: "Reminders", customerCode: "C-ACME", customerName: "Acme Build Co.", dueDate: "2026-09-30" });
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/today", fixture });

  test("a promise date 02/30/2026 is refused as no date, not dropped: nothing is logged until a real date is given", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Log reminder for HT-R #1", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator('input[name="contact"]').fill("AP desk");
    await dialog.locator('input[name="promiseAmount"]').fill("1000");
    await typeImpossibleDate(page, dialog.locator('input[name="promiseDate"]'));
    await dialog.getByRole("button", { name: "Save" }).click();
    // Before, the bad date read as no date: the promise was refused for a missing date, or (without an amount) dropped.
    await dialog.getByText("Enter a date (YYYY-MM-DD).").waitFor();
    expect(await dialog.count()).toBe(1);
    await dialog.locator('input[name="promiseDate"]').fill("2026-12-05");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
  });
});
