import type { Page } from "playwright-core";

/*
 * Steps the browser tests of the Contracts page share: waiting for a figure, opening a contract
 * from the list (in either language), reading its status.
 */

/** Waits until the element with `testId` reads `expected` (trimmed); on timeout, says what it read. */
export async function waitText(page: Page, testId: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ({ testId, expected }) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() === expected,
    { testId, expected },
  ).catch(async (e: unknown) => {
    const got = await page.locator(`[data-testid="${testId}"]`).first().textContent({ timeout: 1000 }).catch(() => "(absent)");
    throw new Error(`${testId}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}: ${String(e)}`);
  });
}

/** Opens contract `code` from the Contracts list, going back to the list first if a detail is open. */
export async function openContract(page: Page, code: string): Promise<void> {
  await page.getByRole("tab", { name: /Contracts|合同/ }).click();
  const back = page.getByRole("button", { name: /^(Back to the list|返回列表)$/ });
  if (await back.count()) await back.click();
  await page.locator(`[data-testid="contract-row"][data-code="${code}"]`).click();
  await page.locator(`[data-testid="contract-detail"][data-code="${code}"]`).waitFor();
}

/** The contract detail's status, as its summary line shows it ("… · Closed · …"). */
export async function statusShown(page: Page): Promise<string> {
  const line = await page.getByTestId("contract-detail").locator(":scope > span").first().innerText();
  return line.split(" · ")[2] ?? line;
}

/** Creates a customer through the Customers page, as an analyst would, and waits for its detail. */
export async function createCustomer(page: Page, code: string, name: string): Promise<void> {
  await page.getByRole("tab", { name: "Customers" }).click();
  await page.getByRole("button", { name: "New customer" }).click();
  await page.locator('input[name="code"]').fill(code);
  await page.locator('input[name="name"]').fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByTestId("customer-detail").waitFor();
}

/**
 * A ledger to seed (openSeeded): one customer and one active CNY contract of 300,000.00 signed
 * 2026-06-01 and owned by Zhang Wei, all of it due on `dueDate` (one installment).
 */
export function oneContractLedger(o: { code: string; title: string; customerCode: string; customerName: string; dueDate: string; terms?: string }) {
  return {
    customers: [{ code: o.customerCode, name: o.customerName }],
    contracts: [
      {
        status: "active" as const, signDate: "2026-06-01", terms: o.terms ?? "", code: o.code, customerCode: o.customerCode, title: o.title,
        amountMinor: 30000000, currency: "CNY", owner: "Zhang Wei", penalty: { kind: "none" },
        plan: [{ dueDate: o.dueDate, amountMinor: 30000000 }],
      },
    ],
  };
}
