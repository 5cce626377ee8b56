import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";
import { openContract, statusShown, waitText } from "./support/contractPage";

// Launching Chromium, seeding and a second pane take seconds on a busy machine.
jest.setTimeout(60_000);

/*
 * Closing a contract from its detail page goes through a confirmation that says what closing
 * means, and reports the outcome. Clock fixed at 2026-11-27.
 *
 * HT-CL and HT-KEEP, CNY 1,000.00 each: #1 300.00 due 2026-09-30, #2 700.00 due 2026-10-31; 300.00
 * received on 2026-10-05 settles #1, so 700.00 is open and overdue (#2) and chased on Today.
 * HT-PAID, CNY 500.00 due 2026-10-31, received in full on 2026-10-20: nothing is open.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const base = { status: "active" as const, signDate: "2026-09-01", terms: "", currency: "CNY", penalty: { kind: "none" }, customerCode: "C-CL", owner: "Wang Fang" };
const cny = (code: string) => ({
  ...base, code, title: "Fit-out", amountMinor: 100000,
  plan: [{ dueDate: "2026-09-30", amountMinor: 30000 }, { dueDate: "2026-10-31", amountMinor: 70000 }],
});
const fixture = {
  customers: [{ code: "C-CL", name: "Closing Build Co.", contact: "Ms. Close" }],
  contracts: [
    cny("HT-CL"), cny("HT-KEEP"),
    { ...base, code: "HT-PAID", title: "Survey", amountMinor: 50000, plan: [{ dueDate: "2026-10-31", amountMinor: 50000 }] },
  ],
  receipts: [
    { contractCode: "HT-CL", date: "2026-10-05", amountMinor: 30000 },
    { contractCode: "HT-KEEP", date: "2026-10-05", amountMinor: 30000 },
    { contractCode: "HT-PAID", date: "2026-10-20", amountMinor: 50000 },
  ],
};

/** The contracts Today chases, once it has loaded (HT-KEEP, never closed here, is always chased). */
async function chasedOnToday(page: Page): Promise<string[]> {
  await page.getByRole("tab", { name: /^(Today|今日)$/ }).click();
  await page.locator('[data-testid="chase-row"][data-contract="HT-KEEP"]').first().waitFor();
  return page.getByTestId("chase-row").evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute("data-contract") ?? ""))]);
}

describeInBrowser("Contract detail: closing a contract asks first and reports the outcome (English)", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture, ready: (page) => openContract(page, "HT-CL") });

  test("with money open and no write-off, the confirmation says the ledger refuses and why and offers no Close; cancel leaves it Active", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "Close contract", exact: true }).click();
    const dialog = page.getByTestId("close-dialog");
    await dialog.getByText("Close contract HT-CL?").waitFor();
    expect(await dialog.innerText()).toContain(
      "CNY 700.00 is still open on it and “Write off what is still open” is not ticked, so it cannot be closed",
    );
    expect(await dialog.getByRole("button", { name: "Close the contract" }).isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await statusShown(page)).toBe("Active");
    expect(await page.getByTestId("close-failure").count()).toBe(0);
    await page.getByTestId("receipt-form").waitFor();
  });

  test("with the write-off ticked, the confirmation names the amount written off and what it means; cancel leaves it Active and chased on Today", async () => {
    const { page } = seeded;
    await page.getByRole("checkbox", { name: "Write off what is still open" }).check();
    await page.getByRole("button", { name: "Close contract", exact: true }).click();
    const dialog = page.getByTestId("close-dialog");
    await dialog.getByText("Close contract HT-CL?").waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("CNY 700.00 is still open on it and will be written off");
    expect(text).toContain("it leaves Today, the Dashboard and the customer's credit exposure");
    expect(text).toContain("Until the contract is reopened, no receipt, invoice or progress can be recorded on it.");
    expect(await dialog.getByRole("button", { name: "Close the contract" }).isEnabled()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await statusShown(page)).toBe("Active");
    await page.getByTestId("receipt-form").waitFor();
    expect(await chasedOnToday(page)).toContain("HT-CL");
    await openContract(page, "HT-CL");
  });

  test("confirming closes it: the status is Closed, the notice names the amount written off, and Today no longer chases it", async () => {
    const { page } = seeded;
    await page.getByRole("checkbox", { name: "Write off what is still open" }).check();
    await page.getByRole("button", { name: "Close contract", exact: true }).click();
    await page.getByTestId("close-dialog").getByRole("button", { name: "Close the contract" }).click();
    await waitText(page, "close-result", "Contract HT-CL closed; the CNY 700.00 still open on it was written off.");
    expect(await statusShown(page)).toBe("Closed");
    await page.getByTestId("receipt-form").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Reopen", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Close contract", exact: true }).count()).toBe(0);

    const chased = await chasedOnToday(page);
    expect(chased).not.toContain("HT-CL");
    expect(chased).toContain("HT-KEEP");
  });

  test("with nothing open the confirmation says so and closes without a write-off, naming no amount", async () => {
    const { page } = seeded;
    await openContract(page, "HT-PAID");
    await page.getByRole("button", { name: "Close contract", exact: true }).click();
    const dialog = page.getByTestId("close-dialog");
    await dialog.getByText("Close contract HT-PAID?").waitFor();
    expect(await dialog.innerText()).toContain("Nothing is open on it, so nothing is written off and Today, the Dashboard and the customer's credit exposure do not change.");
    await dialog.getByRole("button", { name: "Close the contract" }).click();
    await waitText(page, "close-result", "Contract HT-PAID closed.");
    expect(await statusShown(page)).toBe("Closed");
  });

  test("a contract another pane changed while the confirmation was open is not closed, and the page says why", async () => {
    const { page, pane } = seeded;
    await openContract(page, "HT-KEEP");
    await page.getByRole("checkbox", { name: "Write off what is still open" }).check();
    await page.getByRole("button", { name: "Close contract", exact: true }).click();
    await page.getByTestId("close-dialog").waitFor();

    const other = await pane.context.newPage();
    try {
      other.setDefaultTimeout(10_000);
      await other.goto(`${pane.baseUrl}taskpane.html#/contracts`);
      await openContract(other, "HT-KEEP");
      await other.getByRole("button", { name: "Edit", exact: true }).click();
      await other.locator('input[name="title"]').fill("Fit-out, renamed elsewhere");
      await other.getByRole("button", { name: "Save" }).click();
      await other.getByTestId("contract-detail").waitFor();
    } finally {
      await other.close();
    }

    await page.getByTestId("close-dialog").getByRole("button", { name: "Close the contract" }).click();
    const failure = page.getByTestId("close-failure");
    await failure.waitFor();
    expect(await failure.innerText()).toMatch(/^This contract was changed elsewhere, so it was not closed; the page shows it as it now is\. HT-KEEP was changed in another pane/);
    expect(await statusShown(page)).toBe("Active");
    expect(pane.pageErrors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  });
});

describeInBrowser("Contract detail in Chinese: closing a contract", () => {
  const seeded = seededPane({ locale: "zh-CN", now: TODAY, stepTimeout: 10_000, hash: "#/contracts", fixture, ready: (page) => openContract(page, "HT-CL") });

  test("the confirmation, its buttons and the notice read in Chinese, and the status becomes 已关闭", async () => {
    const { page } = seeded;
    await page.getByRole("button", { name: "关闭合同", exact: true }).click();
    const dialog = page.getByTestId("close-dialog");
    await dialog.getByText("关闭合同 HT-CL？").waitFor();
    expect(await dialog.innerText()).toContain("该合同仍有 CNY 700.00 未收，且未勾选“核销剩余未收款”，因此无法关闭");
    expect(await dialog.getByRole("button", { name: "确认关闭" }).isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("checkbox", { name: "核销剩余未收款" }).check();
    await page.getByRole("button", { name: "关闭合同", exact: true }).click();
    expect(await dialog.innerText()).toContain("该合同仍有 CNY 700.00 未收，将予以核销：不再催收，并从今日、仪表盘和客户的信用占用中移除。");
    await dialog.getByRole("button", { name: "确认关闭" }).click();
    await waitText(page, "close-result", "合同 HT-CL 已关闭，剩余未收的 CNY 700.00 已核销。");
    expect(await statusShown(page)).toBe("已关闭");
  });
});
