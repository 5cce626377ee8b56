import type { Page } from "playwright-core";
import { DEFAULT_DB_NAME } from "../../src/core/store/db";
import { describeInBrowser, seededPane } from "./support/browser";

jest.setTimeout(60_000);

/*
 * Nothing an analyst typed is thrown away without asking (forms/unsavedGuard): the reminder
 * dialog asks before Escape or Cancel discard a contact note, and a page change (tab, link to
 * "#/page", Back), Back and Edit inside Customers, and a form's Cancel ask while a form holds
 * unsaved edits. Untouched forms close, and pages change, without a question.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const fixture = {
  customers: [{ code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" }],
  contracts: [
    {
      status: "active" as const, signDate: "2026-06-01", terms: "", code: "HT-A", customerCode: "C-ALPHA", title: "Campus phase 1",
      amountMinor: 30000000, currency: "CNY", owner: "Zhang Wei", penalty: { kind: "none" },
      plan: [{ dueDate: "2026-09-30", amountMinor: 30000000 }],
    },
  ],
};
const NOTE = "Spoke to the CFO: payment run on the 5th, needs the signed acceptance first";

/** How many reminders the ledger holds (raw IndexedDB). */
async function storedReminders(page: Page): Promise<number> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const n = await new Promise<number>((resolve) => {
      const q = db.transaction("reminders").objectStore("reminders").count();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return n;
  }, DEFAULT_DB_NAME);
}

async function openReminderDialog(page: Page) {
  await page.locator('[data-testid="chase-row"][data-contract="HT-A"]').getByRole("button", { name: /Log reminder|记录催款/ }).click();
  const dialog = page.getByRole("dialog").filter({ has: page.locator('textarea[name="outcome"]') });
  await dialog.waitFor();
  return dialog;
}

describeInBrowser("Unsaved edits: the reminder dialog asks before discarding a contact note", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/today", fixture });

  test("Escape with a note typed asks; Keep editing keeps every field; Discard closes and saves nothing", async () => {
    const { page } = seeded;
    const dialog = await openReminderDialog(page);
    await dialog.getByLabel("Outcome").fill(NOTE);
    await dialog.getByLabel("Promised payment date").fill("2026-12-05");
    await dialog.getByLabel("Promised amount").fill("100,000.00");
    await dialog.getByLabel("Outcome").press("Escape");

    const ask = page.getByTestId("discard-contact-note");
    await ask.waitFor();
    expect(await ask.getByRole("heading").innerText()).toBe("Discard this contact note?");
    expect(await ask.innerText()).toContain("What you typed about this contact with HT-A has not been saved.");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep editing");
    await page.keyboard.press("Enter");
    await ask.waitFor({ state: "detached" });
    // back in the field Escape was pressed in, with everything typed
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "outcome");
    expect(await dialog.getByLabel("Outcome").inputValue()).toBe(NOTE);
    expect(await dialog.getByLabel("Promised payment date").inputValue()).toBe("2026-12-05");
    expect(await dialog.getByLabel("Promised amount").inputValue()).toBe("100,000.00");

    await dialog.getByRole("button", { name: "Cancel" }).click();
    await ask.waitFor();
    await ask.getByRole("button", { name: "Discard" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByRole("dialog").count()).toBe(0);
    expect(await storedReminders(page)).toBe(0);
  });

  test("Escape on the question keeps the note (the safe answer): the dialog stays open, usable, and saves", async () => {
    const { page } = seeded;
    const dialog = await openReminderDialog(page);
    await dialog.getByLabel("Outcome").fill(NOTE);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    const ask = page.getByTestId("discard-contact-note");
    await ask.waitFor();
    await page.keyboard.press("Escape");
    await ask.waitFor({ state: "detached" });
    await page.waitForTimeout(200);
    expect(await dialog.count()).toBe(1);
    expect(await dialog.getByLabel("Outcome").inputValue()).toBe(NOTE);
    await page.waitForFunction(() => document.activeElement?.textContent === "Cancel"); // where it was
    // Saved, it closes without a question.
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("reminder-saved").waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    expect(await storedReminders(page)).toBe(1);
  });

  test("an untouched dialog, or one typed in and put back as it was, closes at once on Escape and Cancel", async () => {
    const { page } = seeded;
    let dialog = await openReminderDialog(page);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    dialog = await openReminderDialog(page);
    await dialog.getByLabel("Outcome").fill("x");
    await dialog.getByLabel("Outcome").fill("");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("discard-contact-note").count()).toBe(0);
    // and a changed channel alone is typed content: it asks
    dialog = await openReminderDialog(page);
    await dialog.getByLabel("Channel").selectOption("visit");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByTestId("discard-contact-note").waitFor();
    await page.getByTestId("discard-contact-note").getByRole("button", { name: "Discard" }).click();
    await dialog.waitFor({ state: "detached" });
  });
});

describeInBrowser("Unsaved edits: the reminder dialog's question in Chinese", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, stepTimeout: 10_000, hash: "#/today", fixture });

  test("Escape with a note typed asks in Chinese, with 继续编辑 and 放弃", async () => {
    const { page } = seeded;
    const dialog = await openReminderDialog(page);
    await dialog.getByLabel("沟通结果").fill("客户财务总监休假");
    await page.keyboard.press("Escape");
    const ask = page.getByTestId("discard-contact-note");
    await ask.waitFor();
    expect(await ask.getByRole("heading").innerText()).toBe("放弃这条联系记录？");
    expect(await ask.innerText()).toContain("您为 HT-A 填写的联系内容尚未保存。");
    await ask.getByRole("button", { name: "继续编辑" }).waitFor();
    await ask.getByRole("button", { name: "放弃", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
  });
});

describeInBrowser("Unsaved edits: changing page while a customer form holds edits", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });
  const leaveQuestion = (page: Page) => page.getByTestId("unsaved-edits-dialog");

  test("a tab asks while a form holds edits: Keep editing stays with everything typed, Discard goes; untouched or saved, no question", async () => {
    const { page } = seeded;
    // nothing typed: the tab changes page at once
    await page.getByRole("button", { name: "New customer" }).click();
    await page.getByTestId("customer-form").waitFor();
    await page.getByRole("tab", { name: "Reminders" }).click();
    await page.getByTestId("reminders-page").waitFor();
    expect(await leaveQuestion(page).count()).toBe(0);
    await page.getByRole("tab", { name: "Customers" }).click();

    await page.getByRole("button", { name: "New customer" }).click();
    await page.locator('input[name="code"]').fill("C-NEW");
    await page.locator('input[name="name"]').fill("New Horizon Ltd.");
    await page.getByRole("tab", { name: "Today" }).click();

    const ask = leaveQuestion(page);
    await ask.waitFor();
    expect(await ask.getByRole("heading").innerText()).toBe("Discard unsaved changes?");
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("Not saved yet: the new customer. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await page.getByRole("tab", { name: "Customers" }).getAttribute("aria-selected")).toBe("true");
    expect(page.url()).toContain("#/customers");
    expect(await page.locator('input[name="code"]').inputValue()).toBe("C-NEW");
    expect(await page.locator('input[name="name"]').inputValue()).toBe("New Horizon Ltd.");

    await page.getByRole("tab", { name: "Today" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("today-page").waitFor();
    expect(page.url()).toContain("#/today");
    expect(await page.getByRole("tab", { name: "Today" }).getAttribute("aria-selected")).toBe("true");

    // saved, nothing is left to lose: the page changes without a question
    await page.getByRole("tab", { name: "Customers" }).click();
    await page.getByRole("button", { name: "New customer" }).click();
    await page.locator('input[name="code"]').fill("C-SAVED");
    await page.locator('input[name="name"]').fill("Saved Ltd.");
    await page.getByRole("button", { name: "Save" }).click();
    await page.locator('[data-testid="customer-detail"][data-code="C-SAVED"]').waitFor();
    await page.getByRole("tab", { name: "Reminders" }).click();
    await page.getByTestId("reminders-page").waitFor();
    expect(await leaveQuestion(page).count()).toBe(0);
  });

  test("a link or the address changing to another page asks too, and the address stays on the page kept", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Customers" }).click();
    await page.getByRole("button", { name: "New customer" }).click();
    await page.locator('input[name="code"]').fill("C-LINK");
    await page.evaluate(() => { window.location.hash = "#/settings"; });
    const ask = leaveQuestion(page);
    await ask.waitFor();
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(page.url()).toContain("#/customers");
    expect(await page.locator('input[name="code"]').inputValue()).toBe("C-LINK");
    await page.evaluate(() => { window.location.hash = "#/settings"; });
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByRole("tab", { name: "Settings" }).and(page.locator('[aria-selected="true"]')).waitFor();
    expect(page.url()).toContain("#/settings");
  });

  test("Cancel on an edited customer asks; an assessment typed asks before Back and Edit", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Customers" }).click();
    await page.locator('[data-testid="customer-row"][data-code="C-ALPHA"]').click();
    await page.locator('[data-testid="customer-detail"][data-code="C-ALPHA"]').waitFor();

    await page.locator('input[name="avgDaysLate"]').fill("12");
    await page.locator('input[name="assessor"]').fill("Wang Fang");
    await page.getByRole("button", { name: "Back to the list" }).click();
    const ask = leaveQuestion(page);
    await ask.waitFor();
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("Not saved yet: the credit assessment of C-ALPHA. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await page.locator('input[name="avgDaysLate"]').inputValue()).toBe("12");
    expect(await page.locator('input[name="assessor"]').inputValue()).toBe("Wang Fang");

    await page.getByRole("button", { name: "Edit" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("customer-form").waitFor();
    await page.locator('input[name="phone"]').fill("+86 21 5555 0100");
    await page.getByRole("button", { name: "Cancel" }).click();
    await ask.waitFor();
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("Not saved yet: the changes to customer C-ALPHA. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    expect(await page.locator('input[name="phone"]').inputValue()).toBe("+86 21 5555 0100");
    await page.getByRole("button", { name: "Cancel" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.locator('[data-testid="customer-detail"][data-code="C-ALPHA"]').waitFor();
    expect(await page.locator('input[name="avgDaysLate"]').inputValue()).toBe("");
  });

  test("figures typed in the Altman Z helper ask before Back; once used, the assessment holds them and is what is named", async () => {
    const { page } = seeded;
    await page.locator("summary", { hasText: "Altman Z helper" }).click();
    await page.locator('input[name="z-workingCapital"]').fill("100");
    await page.getByRole("button", { name: "Back to the list" }).click();
    const ask = leaveQuestion(page);
    await ask.waitFor();
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("Not saved yet: the figures in the Altman Z helper. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    const figures = { retainedEarnings: "200", ebit: "50", equityValue: "500", sales: "800", totalAssets: "1,000", totalLiabilities: "400" };
    for (const [name, value] of Object.entries(figures)) await page.locator(`input[name="z-${name}"]`).fill(value);
    await page.getByTestId("z-result").waitFor();
    await page.getByRole("button", { name: "Use as financial strength" }).click();
    await page.getByRole("button", { name: "Back to the list" }).click();
    await ask.waitFor();
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("Not saved yet: the credit assessment of C-ALPHA. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("customers-page").waitFor();
  });
});

describeInBrowser("Unsaved edits: the page-change question in Chinese", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, stepTimeout: 10_000, hash: "#/customers", fixture });

  test("asks in Chinese, naming the form, with 继续编辑 and 放弃更改", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "新建客户" }).click();
    await page.locator('input[name="code"]').fill("C-ZH");
    await page.getByRole("tab", { name: "今日" }).click();
    const ask = page.getByTestId("unsaved-edits-dialog");
    await ask.waitFor();
    expect(await ask.getByRole("heading").innerText()).toBe("放弃未保存的更改？");
    expect(await page.getByTestId("unsaved-edits-text").innerText()).toBe("以下内容尚未保存：新客户。放弃后，已填写的内容将丢失。");
    await ask.getByRole("button", { name: "继续编辑" }).click();
    expect(await page.locator('input[name="code"]').inputValue()).toBe("C-ZH");
    await page.getByRole("tab", { name: "今日" }).click();
    await ask.getByRole("button", { name: "放弃更改" }).click();
    await page.getByTestId("today-page").waitFor();
  });
});
