import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";

/*
 * A date typed into a form's date input that does not exist (February 30): the browser shows what
 * was typed but reports an empty value, so the form must say "not a valid date", not "required".
 */
const TODAY = new Date("2026-11-27T10:00:00");

jest.setTimeout(30_000);

async function createCustomer(page: Page, code: string, name: string): Promise<void> {
  await page.getByRole("tab", { name: "Customers" }).click();
  await page.getByRole("button", { name: "New customer" }).click();
  await page.locator('input[name="code"]').fill(code);
  await page.locator('input[name="name"]').fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByTestId("customer-detail").waitFor();
}

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
