import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";

// Launching Chromium and seeding take seconds on a busy machine; the default 5 s is too tight.
jest.setTimeout(60_000);

/*
 * A contact-log entry typed wrong can be deleted from the Reminders page, after a confirmation
 * naming it; and the Today page's reminder dialog refuses a promise for more than is open on the
 * contract. Clock at 2026-11-27.
 * HT-A: CNY 300,000.00 due 2026-09-30, nothing received: CNY 300,000.00 open.
 * HT-C: CNY 120,000.00 due 2026-10-15; R3 on it holds a promise of CNY 20,000.00 by 2026-11-30.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-06-01", terms: "", currency: "CNY", penalty: { kind: "none" } };

const fixture = {
  customers: [
    { code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" },
    { code: "C-BETA", name: "Beta Tech Ltd.", contact: "Mr. Beta" },
  ],
  contracts: [
    { ...active, code: "HT-A", customerCode: "C-ALPHA", title: "Campus phase 1", amountMinor: 30000000, owner: "Zhang Wei", plan: [{ dueDate: "2026-09-30", amountMinor: 30000000 }] },
    { ...active, code: "HT-C", customerCode: "C-BETA", title: "Network", amountMinor: 12000000, owner: "Li Na", plan: [{ dueDate: "2026-10-15", amountMinor: 12000000 }] },
  ],
  reminders: [
    { contractCode: "HT-A", date: "2026-11-02", channel: "phone", contact: "Ms. Alpha", outcome: "R1 no answer", owner: "Zhang Wei" },
    { contractCode: "HT-C", date: "2026-11-20", channel: "visit", contact: "Mr. Beta", outcome: "R3 promised", owner: "Li Na",
      promiseDate: "2026-11-30", promiseAmountMinor: 2000000 },
  ],
};

/** The R-labels of the listed contacts, in order. */
async function listed(page: Page): Promise<string[]> {
  const texts = await page.getByTestId("log-entry").allInnerTexts();
  return texts.map((t) => /R\d/.exec(t)?.[0] ?? "?");
}

const remindersPane = (locale: string) =>
  seededPane({ locale, now: TODAY, hash: "#/reminders", fixture, ready: (page) => page.getByTestId("log-entry").nth(1).waitFor() });

describeInBrowser("Reminders: deleting a contact typed wrong", () => {
  const seeded = remindersPane("en-US");

  test("Delete asks first, naming the entry and its promise; Cancel keeps it", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete the contact of 2026-11-20 with Mr. Beta on HT-C" }).click();
    const dialog = page.getByTestId("log-entry-delete-dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      "The contact of 2026-11-20 with Mr. Beta on HT-C (Visit) will be deleted from the log, with its promise of CNY 20,000.00 by 2026-11-30. Nothing else in the ledger changes. This cannot be undone.",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await listed(page)).toEqual(["R3", "R1"]);
  });

  test("confirming deletes that entry only, and says so", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Delete the contact of 2026-11-20 with Mr. Beta on HT-C" }).click();
    await page.getByTestId("log-entry-delete-dialog").getByRole("button", { name: "Delete the contact" }).click();
    await page.getByTestId("log-entry-deleted").waitFor();
    expect(await page.getByTestId("log-entry-deleted").innerText()).toBe("The contact of 2026-11-20 with Mr. Beta on HT-C was deleted.");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="log-entry"]').length === 1);
    expect(await listed(page)).toEqual(["R1"]);
    expect(await page.getByTestId("log-count").innerText()).toBe("1 contact");
  });
});

describeInBrowser("Reminders in Chinese: deleting a contact", () => {
  const seeded = remindersPane("zh-CN");

  test("the question and the result are in Chinese", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "删除 2026-11-20 与 Mr. Beta 就 HT-C 的联系记录" }).click();
    const dialog = page.getByTestId("log-entry-delete-dialog");
    expect(await dialog.innerText()).toContain(
      "将从联系记录中删除 2026-11-20 与 Mr. Beta 就合同 HT-C 的联系（上门拜访），以及其中 2026-11-30 前付 CNY 20,000.00 的承诺。台账中的其他内容不受影响。此操作无法撤销。",
    );
    await dialog.getByRole("button", { name: "删除联系记录" }).click();
    await page.getByTestId("log-entry-deleted").waitFor();
    expect(await page.getByTestId("log-entry-deleted").innerText()).toBe("已删除 2026-11-20 与 Mr. Beta 就 HT-C 的联系记录。");
  });
});

describeInBrowser("Today: a promise for more than is open on the contract", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, hash: "#/today", fixture });

  test("is refused in the dialog naming the open amount; nothing is logged, and the amount open is accepted", async () => {
    const { page } = seeded;
    await page.locator('[data-testid="chase-row"][data-contract="HT-A"]').getByRole("button", { name: "Log reminder" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Promised payment date").fill("2026-12-04");
    await dialog.getByLabel("Promised amount").fill("12,062,026.00");
    await dialog.getByText("A promise cannot be for more than is open on the contract, CNY 300,000.00.").waitFor();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Please correct the highlighted fields.").waitFor();
    expect(await page.getByTestId("reminder-saved").count()).toBe(0);
    await dialog.getByLabel("Promised amount").fill("300,000.00");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("reminder-saved").waitFor();
  });
});

describeInBrowser("Today in Chinese: a promise for more than is open", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, hash: "#/today", fixture });

  test("is refused with a Chinese message naming the open amount", async () => {
    const { page } = seeded;
    await page.locator('[data-testid="chase-row"][data-contract="HT-A"]').getByRole("button", { name: /记录催款/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("承诺付款日期").fill("2026-12-04");
    await dialog.getByLabel("承诺付款金额").fill("12,062,026.00");
    await dialog.getByText("承诺付款金额不能超过该合同的未收金额 CNY 300,000.00。").waitFor();
  });
});
