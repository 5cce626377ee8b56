import type { Page } from "playwright-core";
import { describeInBrowser, pickFormCustomer, seededPane } from "./support/browser";

/*
 * The Settings page through the UI only, on a fresh ledger, the pane's clock fixed at 2026-11-27.
 * Defaults (core): dunning policy Courtesy −7, Friendly 1, Formal 16, Final demand 46, Legal 91;
 * scorecard weights 30 / 25 / 15 / 10 / 20 %; default currency CNY with 2 decimals.
 */
const TODAY = new Date("2026-11-27T10:00:00");

jest.setTimeout(30_000);

const dayInput = (page: Page, row: number) => page.getByRole("textbox", { name: `From day, row ${row}`, exact: true });

async function reloadSettings(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole("navigation").waitFor();
  await page.getByTestId("policy-field").waitFor();
}

describeInBrowser("Settings: dunning policy, scorecard weights, default currency", () => {
  const seeded = seededPane({
    locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/settings",
    ready: (page) => page.getByTestId("policy-field").waitFor(),
  });

  test("the dunning policy is checked as typed, keeps what was typed, and a saved change survives a reload", async () => {
    const { page } = seeded;
    const policy = page.getByTestId("policy-field");
    expect(await dayInput(page, 3).inputValue()).toBe("16");
    expect(await policy.getByRole("combobox", { name: "Stage, row 3" }).locator("option:checked").innerText()).toBe("Formal");

    await dayInput(page, 3).fill("abc");
    await policy.getByText("Enter a number.").waitFor();
    expect(await dayInput(page, 3).inputValue()).toBe("abc");

    // 50 would start Formal after Final demand (46): the days must increase, core says which row breaks it.
    await dayInput(page, 3).fill("50");
    await page.getByTestId("policy-message").getByText("Row 4: Dunning policy must be in increasing order: 46 comes after 50.").waitFor();
    expect(await policy.getByRole("button", { name: "Save changes" }).isDisabled()).toBe(true);
    expect(await dayInput(page, 3).inputValue()).toBe("50");

    await dayInput(page, 3).fill("30");
    await policy.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("policy-status").getByText("Saved.").waitFor();

    await reloadSettings(page);
    expect(await dayInput(page, 3).inputValue()).toBe("30");
    expect(await dayInput(page, 4).inputValue()).toBe("46");
  });

  test("weights not adding up to 100% are refused with a message and nothing typed is lost; 100% is saved", async () => {
    const { page } = seeded;
    const weights = page.getByTestId("weights-field");
    await page.getByTestId("weights-total").getByText("Total: 100%").waitFor();

    // 25 + 25 + 15 + 10 + 20 = 95.
    await weights.getByLabel("Payment history").fill("25");
    await page.getByTestId("weights-total").getByText("The weights add up to 95%, not 100%.").waitFor();
    expect(await weights.getByRole("button", { name: "Save changes" }).isDisabled()).toBe(true);
    expect(await weights.getByLabel("Payment history").inputValue()).toBe("25");

    await weights.getByLabel("Overdue share").fill("-5");
    await weights.getByText("Overdue share must be zero or more, got -5.").waitFor();
    expect(await weights.getByLabel("Overdue share").inputValue()).toBe("-5");

    // 25 + 30 + 15 + 10 + 20 = 100.
    await weights.getByLabel("Overdue share").fill("30");
    await page.getByTestId("weights-total").getByText("Total: 100%").waitFor();
    await weights.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("weights-status").getByText("Saved.").waitFor();

    await reloadSettings(page);
    expect(await page.getByTestId("weights-field").getByLabel("Payment history").inputValue()).toBe("25");
    expect(await page.getByTestId("weights-field").getByLabel("Overdue share").inputValue()).toBe("30");
  });

  test("a bad currency is refused as typed; JPY (0 decimals) is saved and new contracts and the dashboard use it", async () => {
    const { page } = seeded;
    const currency = page.getByTestId("currency-field");
    const preset = currency.getByRole("combobox", { name: "Default currency" });
    expect(await preset.inputValue()).toBe("CNY");

    await preset.selectOption({ label: "Other…" });
    await currency.getByRole("textbox", { name: "Currency code" }).fill("RMB1");
    await currency.getByText("Enter a three-letter ISO 4217 code such as CNY.").waitFor();
    await currency.getByLabel("Decimal places").fill("5");
    await currency.getByText("Decimal places must be between 0 and 4, got 5.").waitFor();
    expect(await currency.getByRole("textbox", { name: "Currency code" }).inputValue()).toBe("RMB1");
    expect(await currency.getByRole("button", { name: "Save changes" }).isDisabled()).toBe(true);

    await preset.selectOption({ label: "JPY" });
    expect(await currency.getByLabel("Decimal places").inputValue()).toBe("0");
    await currency.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("currency-status").getByText("Saved.").waitFor();

    await page.getByRole("tab", { name: "Customers" }).click();
    await page.getByRole("button", { name: "New customer" }).click();
    await page.locator('input[name="code"]').fill("C-JP");
    await page.locator('input[name="name"]').fill("Kyoto Works");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("customer-detail").waitFor();

    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    expect(await page.locator('select[name="currency"]').inputValue()).toBe("JPY");
    await page.locator('input[name="code"]').fill("HT-JP");
    await pickFormCustomer(page, "C-JP · Kyoto Works");
    await page.locator('input[name="amount"]').fill("1,200,000");
    await page.locator('input[name="owner"]').fill("Sato");
    await page.locator('textarea[name="terms"]').fill("100%@0d");
    // No decimals in yen: the total is written without them.
    await page.getByTestId("plan-preview-total").getByText("JPY 1,200,000", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("contract-detail").waitFor();
    expect(await page.getByTestId("fig-amount-value").innerText()).toBe("JPY 1,200,000");

    await page.getByRole("tab", { name: "Dashboard" }).click();
    await page.getByTestId("fig-outstanding-value").filter({ hasText: "JPY 1,200,000" }).waitFor();

    await page.getByRole("tab", { name: "Settings" }).click();
    await reloadSettings(page);
    expect(await page.getByTestId("currency-field").getByRole("combobox", { name: "Default currency" }).inputValue()).toBe("JPY");
  });

  test("in 中文 the settings and their messages are Chinese; stage keys show translated", async () => {
    const { page, pane } = seeded;
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "设置" }).waitFor();
    await page.getByText("催款策略", { exact: true }).waitFor();
    await page.getByText("信用评分权重（%）", { exact: true }).waitFor();
    await page.getByText("默认币种", { exact: true }).waitFor();
    await page.getByText("备份与恢复", { exact: true }).waitFor();
    const stage3 = page.getByRole("combobox", { name: "第 3 行阶段" });
    expect(await stage3.locator("option:checked").innerText()).toBe("正式催款");
    // The stored value stays the language-neutral key AR.DUNNINGLEVEL returns.
    expect(await stage3.inputValue()).toBe("Formal");

    await page.getByTestId("weights-field").getByLabel("付款记录").fill("20");
    await page.getByTestId("weights-total").getByText("权重合计为 95%，不是 100%。").waitFor();
    await page.getByRole("textbox", { name: "第 2 行起始天数" }).fill("x");
    await page.getByTestId("policy-field").getByText("请输入数字。").waitFor();

    // What was typed is not saved: the link asks first, naming both editors in Chinese.
    await page.getByRole("link", { name: "打开“数据”页面" }).click();
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("以下内容尚未保存：信用评分权重；催款策略。放弃后，已填写的内容将丢失。");
    await page.getByTestId("unsaved-edits-dialog").getByRole("button", { name: "放弃更改" }).click();
    await page.getByRole("tab", { name: "数据" }).and(page.locator('[aria-selected="true"]')).waitFor();
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});
