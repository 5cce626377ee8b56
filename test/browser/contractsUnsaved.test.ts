import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";
import { oneContractLedger, openContract } from "./support/contractPage";

jest.setTimeout(60_000);

/*
 * Nothing typed on the Contracts, Dashboard and Settings pages is thrown away without asking
 * (forms/unsavedGuard): a receipt, invoice or milestone typed on a contract and not recorded, a
 * contract form, a collection target and a setting changed and not saved. A tab, Back, Edit and a
 * form's Cancel ask first; Keep editing keeps everything typed, Discard goes on.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const fixture = oneContractLedger({ code: "HT-A", title: "Campus phase 1", customerCode: "C-ALPHA", customerName: "Alpha Build Co.", dueDate: "2026-09-30" });

const question = (page: Page) => page.getByTestId("unsaved-edits-dialog");
const questionText = (page: Page) => page.getByTestId("unsaved-edits-text").innerText();

describeInBrowser("Unsaved edits on a contract: receipts, invoices, milestones, the contract form", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture });

  test("a receipt amount typed, then a tab, asks; Keep editing keeps it; Discard leaves; recorded, nothing asks", async () => {
    const { page } = seeded;
    await openContract(page, "HT-A");
    // nothing typed: the tab changes page at once
    await page.getByRole("tab", { name: "Today" }).click();
    await page.getByTestId("today-page").waitFor();
    expect(await question(page).count()).toBe(0);

    await openContract(page, "HT-A");
    const amount = page.locator('input[name="receiptAmount"]');
    await amount.fill("50,000.00");
    await page.getByRole("tab", { name: "Today" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the receipt being recorded on HT-A. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await page.getByRole("tab", { name: "Contracts" }).getAttribute("aria-selected")).toBe("true");
    expect(page.url()).toContain("#/contracts");
    expect(await amount.inputValue()).toBe("50,000.00");

    await page.getByRole("tab", { name: "Today" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("today-page").waitFor();
    expect(page.url()).toContain("#/today");

    // recorded, the form is empty again: nothing to lose, no question
    await openContract(page, "HT-A");
    expect(await amount.inputValue()).toBe("");
    await amount.fill("1,000.00");
    await page.getByRole("button", { name: "Record receipt" }).click();
    await page.getByTestId("allocation-result").waitFor();
    await page.getByRole("tab", { name: "Today" }).click();
    await page.getByTestId("today-page").waitFor();
    expect(await question(page).count()).toBe(0);
  });

  test("an invoice or a milestone typed asks before Back and Edit, naming what is typed", async () => {
    const { page } = seeded;
    await openContract(page, "HT-A");
    await page.locator('input[name="invoiceNumber"]').fill("INV-77");
    await page.locator('input[name="milestoneName"]').fill("Go-live");
    await page.getByRole("button", { name: "Back to the list" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe(
      "Not saved yet: the invoice being recorded on HT-A; the new milestone of HT-A. What you typed there will be lost.",
    );
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await page.locator('input[name="invoiceNumber"]').inputValue()).toBe("INV-77");
    expect(await page.locator('input[name="milestoneName"]').inputValue()).toBe("Go-live");

    await page.getByRole("button", { name: "Edit", exact: true }).click();
    await ask.waitFor();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("contract-form").waitFor();
  });

  test("a contract form's Cancel asks once something was typed; untouched, it closes at once", async () => {
    const { page } = seeded;
    // The edit form opened by the previous test, untouched: Cancel goes back to the contract.
    await page.getByTestId("contract-form").getByRole("button", { name: "Cancel" }).click();
    await page.locator('[data-testid="contract-detail"][data-code="HT-A"]').waitFor();
    expect(await question(page).count()).toBe(0);

    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const title = page.getByTestId("contract-form").locator('input[name="title"]');
    await title.fill("Campus phase 1 and 2");
    await page.getByTestId("contract-form").getByRole("button", { name: "Cancel" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the changes to contract HT-A. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await title.inputValue()).toBe("Campus phase 1 and 2");
    await page.getByTestId("contract-form").getByRole("button", { name: "Cancel" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.locator('[data-testid="contract-detail"][data-code="HT-A"]').waitFor();
    expect(await page.getByTestId("contract-detail").innerText()).not.toContain("Campus phase 1 and 2");

    // a new contract with a code typed asks too
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.getByRole("button", { name: "New contract" }).click();
    await page.getByTestId("contract-form").locator('input[name="code"]').fill("HT-NEW");
    await page.getByTestId("contract-form").getByRole("button", { name: "Cancel" }).click();
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the new contract. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("contract-count").waitFor();
  });

  test("a milestone's progress typed: its Cancel asks, and opening another row's progress asks", async () => {
    const { page } = seeded;
    await openContract(page, "HT-A");
    for (const [name, planned] of [["Design approved", "2026-03-01"], ["Go-live", "2026-11-01"]]) {
      await page.locator('input[name="milestoneName"]').fill(name);
      await page.locator('input[name="plannedDate"]').fill(planned);
      await page.getByRole("button", { name: "Add milestone" }).click();
      await page.locator(`[data-testid="milestone-row"][data-name="${name}"]`).waitFor();
    }
    const row = (name: string) => page.locator(`[data-testid="milestone-row"][data-name="${name}"]`);
    await row("Design approved").getByRole("button", { name: "Record progress" }).click();
    const progress = page.getByTestId("progress-form");
    await progress.locator('input[name="percent"]').fill("40");
    await row("Go-live").getByRole("button", { name: "Record progress" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the progress of milestone Design approved of HT-A. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await progress.innerText()).toContain("Progress of Design approved");
    expect(await progress.locator('input[name="percent"]').inputValue()).toBe("40");

    await progress.getByRole("button", { name: "Cancel" }).click();
    await ask.waitFor();
    await ask.getByRole("button", { name: "Discard" }).click();
    await progress.waitFor({ state: "detached" });
    // untouched, Cancel closes at once
    await row("Go-live").getByRole("button", { name: "Record progress" }).click();
    await progress.getByRole("button", { name: "Cancel" }).click();
    await progress.waitFor({ state: "detached" });
    expect(await question(page).count()).toBe(0);
  });

  test("a renegotiation's Cancel asks once something was typed", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Renegotiate" }).click();
    const form = page.getByTestId("renegotiate-form");
    await form.locator('input[name="reason"]').fill("Client asked for more time");
    await form.getByRole("button", { name: "Cancel" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the renegotiation of HT-A. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    expect(await form.locator('input[name="reason"]').inputValue()).toBe("Client asked for more time");
    await form.getByRole("button", { name: "Cancel" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await form.waitFor({ state: "detached" });
  });
});

describeInBrowser("Unsaved edits on the Settings page and the Dashboard's targets", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/settings", fixture });

  test("a scorecard weight changed and not saved, then a tab, asks; Keep editing keeps it; Discard leaves; the stored weight is unchanged", async () => {
    const { page } = seeded;
    const weight = page.getByTestId("weights-field").locator('input[name="paymentHistory"]');
    const stored = await weight.inputValue();
    await weight.fill("55");
    await page.getByRole("tab", { name: "Today" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the scorecard weights. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await page.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).toBe("true");
    expect(await weight.inputValue()).toBe("55");

    await page.getByRole("tab", { name: "Today" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("today-page").waitFor();
    await page.getByRole("tab", { name: "Settings" }).click();
    expect(await weight.inputValue()).toBe(stored);
  });

  test("aging bounds typed asks; typed back to what is stored, no question", async () => {
    const { page } = seeded;
    const bounds = page.getByLabel("Aging bucket bounds (days)");
    const stored = await bounds.inputValue();
    await bounds.fill("30, 60, 90, 180");
    await page.getByRole("tab", { name: "Today" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the aging bucket bounds. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    await bounds.fill(stored);
    await page.getByRole("tab", { name: "Today" }).click();
    await page.getByTestId("today-page").waitFor();
    expect(await question(page).count()).toBe(0);
  });

  test("a collection target typed on the Dashboard asks before another page", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Dashboard" }).click();
    const form = page.getByTestId("target-form");
    await form.locator('input[name="owner"]').fill("Zhang Wei");
    await form.locator('input[name="amount"]').fill("100,000");
    await page.getByRole("tab", { name: "Today" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("Not saved yet: the collection target being entered. What you typed there will be lost.");
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await ask.waitFor({ state: "detached" });
    expect(await form.locator('input[name="amount"]').inputValue()).toBe("100,000");
    await page.getByRole("tab", { name: "Today" }).click();
    await ask.getByRole("button", { name: "Discard" }).click();
    await page.getByTestId("today-page").waitFor();
  });
});

describeInBrowser("Unsaved edits on a contract, asked in Chinese", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture });

  test("a receipt typed, then a tab: the question names it in Chinese", async () => {
    const { page } = seeded;
    await openContract(page, "HT-A");
    await page.locator('input[name="receiptAmount"]').fill("50,000.00");
    await page.getByRole("tab", { name: "今日" }).click();
    const ask = question(page);
    await ask.waitFor();
    expect(await questionText(page)).toBe("以下内容尚未保存：HT-A 正在登记的收款。放弃后，已填写的内容将丢失。");
    await ask.getByRole("button", { name: "放弃更改" }).click();
    await page.getByTestId("today-page").waitFor();
  });
});
