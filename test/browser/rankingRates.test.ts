import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";

jest.setTimeout(60_000);

/*
 * The Today queue of a ledger in two currencies (clock at 2026-11-27, default currency CNY). Both
 * installments are 27 days late on the same never-assessed customer, so they carry the same risk
 * and rank by the value of their amounts:
 *   HT-CN  CNY 100,000.00 due 2026-10-31
 *   HT-US  USD  20,000.00 due 2026-10-31   (CNY 142,000.00 at 7.1)
 * Without a rate USD 20,000.00 ranks as if it were CNY 20,000.00: after HT-CN. With 1 USD = 7.1
 * CNY it is worth more and comes first.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const contract = (code: string, currency: string, amountMinor: number) => ({
  code, customerCode: "C-1", title: code, amountMinor, currency, owner: "Li Na", status: "active" as const, signDate: "2026-06-01", terms: "",
  penalty: { kind: "none" }, plan: [{ dueDate: "2026-10-31", amountMinor }],
});
const fixture = {
  customers: [{ code: "C-1", name: "Harbour Works" }],
  contracts: [contract("HT-CN", "CNY", 10_000_000), contract("HT-US", "USD", 2_000_000)],
};

const order = (page: Page) => page.getByTestId("chase-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-contract")));

describeInBrowser("Today ranks amounts in several currencies by value once exchange rates are set", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/today", fixture });

  test("without a rate the USD item ranks 1:1 in whole units, and the page says so with a link to Settings", async () => {
    const { page } = seeded;
    await page.getByTestId("chase-row").nth(1).waitFor();
    expect(await order(page)).toEqual(["HT-CN", "HT-US"]);
    expect(await page.getByTestId("unrated-note").innerText()).toContain("Items in USD are ranked as if one unit were 1 CNY: no exchange rate is set.");
    await page.getByTestId("unrated-note").getByRole("link", { name: "Set exchange rates for ranking" }).click();
    await page.getByTestId("rates-field").waitFor();
  });

  test("Settings lists the ledger's other currency; a bad rate is refused as typed and nothing is saved", async () => {
    const { page } = seeded;
    const field = page.getByTestId("rates-field");
    expect(await field.getByLabel("1 USD = … CNY").inputValue()).toBe("");
    await field.getByLabel("1 USD = … CNY").fill("0");
    await field.getByText("USD must be greater than zero, got 0.").waitFor();
    expect(await field.getByRole("button", { name: "Save changes" }).isDisabled()).toBe(true);
    await field.getByLabel("1 USD = … CNY").fill("7.1");
    await field.getByRole("button", { name: "Save changes" }).click();
    await field.getByTestId("rates-status").getByText("Saved.").waitFor();
  });

  test("with 1 USD = 7.1 CNY the USD item is worth more and comes first; the note is gone", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Today" }).click();
    await page.locator('[data-testid="chase-row"][data-contract="HT-US"]').first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="chase-row"]')?.getAttribute("data-contract") === "HT-US");
    expect(await order(page)).toEqual(["HT-US", "HT-CN"]);
    expect(await page.getByTestId("unrated-note").count()).toBe(0);
    // Amounts are shown in their own currency: nothing is converted.
    expect(await page.locator('[data-testid="chase-row"][data-contract="HT-US"]').innerText()).toContain("USD 20,000.00");
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });

  test("in 中文 the rate is labelled in Chinese and kept", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    const field = page.getByTestId("rates-field");
    await field.getByText("排序用汇率").waitFor();
    expect(await field.getByLabel("1 USD = … CNY").inputValue()).toBe("7.1");
  });
});

describeInBrowser("Today with every item in one currency other than the default", () => {
  const usdOnly = { customers: fixture.customers, contracts: [contract("HT-US1", "USD", 2_000_000), contract("HT-US2", "USD", 3_000_000)] };
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/today", fixture: usdOnly });

  test("ranks by amount and says nothing about exchange rates: one currency ranks the same whatever its rate", async () => {
    const { page } = seeded;
    await page.getByTestId("chase-row").nth(1).waitFor();
    expect(await order(page)).toEqual(["HT-US2", "HT-US1"]);
    expect(await page.getByTestId("unrated-note").count()).toBe(0);
  });
});
