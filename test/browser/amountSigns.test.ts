import { describeInBrowser, seededPane } from "./support/browser";
import { oneContractLedger } from "./support/contractPage";

jest.setTimeout(30_000);

/*
 * An amount typed on a contract with another currency's sign is not read as money of the
 * contract's currency: "$1,000" on a CNY contract is refused (not recorded as 1,000 yuan), in the
 * receipt, the invoice (amount and tax) and the renegotiation forms; ¥ and 元 are accepted.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const fixture = oneContractLedger({ code: "HT-A", title: "Campus phase 1", customerCode: "C-ALPHA", customerName: "Alpha Build Co.", dueDate: "2026-06-01", terms: "100%@0d" });

describeInBrowser("amounts typed with another currency's sign on a CNY contract", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture });

  test("a receipt of $1,000 is refused and nothing is recorded; ¥1,000 is recorded as CNY 1,000.00", async () => {
    const { page } = seeded;
    await page.locator('[data-testid="contract-row"][data-code="HT-A"]').click();
    const form = page.getByTestId("receipt-form");
    await form.locator('input[name="receiptAmount"]').fill("$1,000");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await form.getByText("Amount received is in CNY; $1,000 is written in another currency.").waitFor();
    expect(await page.getByTestId("receipt-row").count()).toBe(0);

    await form.locator('input[name="receiptAmount"]').fill("¥1,000");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await page.getByTestId("allocation-result").waitFor();
    expect(await page.getByTestId("receipt-row").innerText()).toContain("CNY 1,000.00");
  });

  test("an invoice's amount or tax in dollars is refused; in yuan it is recorded", async () => {
    const { page } = seeded;
    const form = page.getByTestId("invoice-form");
    await form.locator('input[name="invoiceNumber"]').fill("INV-1");
    await form.locator('input[name="invoiceAmount"]').fill("$1,130");
    await form.locator('input[name="invoiceTax"]').fill("$130");
    await page.getByRole("button", { name: "Record invoice" }).click();
    await form.getByText("Amount (tax included) is in CNY; $1,130 is written in another currency.").waitFor();
    await form.getByText("Tax is in CNY; $130 is written in another currency.").waitFor();
    expect(await page.getByTestId("invoice-row").count()).toBe(0);

    await form.locator('input[name="invoiceAmount"]').fill("1,130元");
    await form.locator('input[name="invoiceTax"]').fill("¥130");
    await page.getByRole("button", { name: "Record invoice" }).click();
    await page.locator('[data-testid="invoice-row"][data-number="INV-1"]').waitFor();
    expect(await page.getByTestId("invoice-row").innerText()).toMatch(/CNY 1,130\.00[\s\S]*CNY 130\.00/);
  });

  test("a renegotiated amount in dollars is refused and gives no preview", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Renegotiate" }).click();
    const form = page.getByTestId("renegotiate-form");
    await form.locator('input[name="newAmount"]').fill("$300,000");
    await form.locator('input[name="reason"]').fill("Scope change");
    await form.getByText("Contract amount is in CNY; $300,000 is written in another currency.").waitFor();
    expect(await page.getByTestId("renegotiate-preview-row").count()).toBe(0);
    await form.locator('input[name="newAmount"]').fill("¥300,000");
    await page.getByTestId("renegotiate-preview-row").first().waitFor();
  });
});
