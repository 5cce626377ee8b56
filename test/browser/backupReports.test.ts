import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describeInBrowser, seededPane } from "./support/browser";

// Each test walks files and dialogs in a real browser; the default 5 s is too tight.
jest.setTimeout(60_000);

/*
 * Backup and restore on a ledger in two currencies, through the Data page of the built pane (real
 * IndexedDB), the clock fixed at 2026-11-27 10:00 local time. Seeded through the repositories:
 *   HT-CNY (Alpha, CNY 100,000.00, Zhang Wei) and HT-USD (Alpha, USD 100,000.00, Li Na, USD 25,000.00
 *   received 2026-11-20); November targets Zhang Wei CNY 50,000.00 (saved in the default currency)
 *   and Li Na USD 30,000.00.
 * A backup is taken, then the ledger changes (a new customer and contract, a receipt, a target);
 * restoring the backup must bring back exactly what it holds.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const active = { status: "active" as const, signDate: "2026-06-01", terms: "", currency: "CNY", penalty: { kind: "none" } };
const fixture = {
  customers: [{ code: "C-ALPHA", name: "Alpha Build Co.", contact: "Ms. Alpha" }],
  contracts: [
    { ...active, code: "HT-CNY", customerCode: "C-ALPHA", title: "Campus", amountMinor: 10000000, owner: "Zhang Wei",
      plan: [{ dueDate: "2026-10-31", amountMinor: 6000000 }, { dueDate: "2026-12-15", amountMinor: 4000000 }] },
    { ...active, currency: "USD", code: "HT-USD", customerCode: "C-ALPHA", title: "Plant", amountMinor: 10000000, owner: "Li Na",
      plan: [{ dueDate: "2026-09-30", amountMinor: 7000000 }, { dueDate: "2027-03-31", amountMinor: 3000000 }] },
  ],
  receipts: [{ contractCode: "HT-USD", date: "2026-11-20", amountMinor: 2500000 }],
  targets: [
    { owner: "Zhang Wei", period: "2026-11", targetMinor: 5000000 },
    { owner: "Li Na", period: "2026-11", targetMinor: 3000000, currency: "USD" },
  ],
  reminders: [{ contractCode: "HT-USD", date: "2026-11-21", channel: "email" as const, contact: "Mr. Smith", outcome: "Promised", owner: "Li Na", promiseDate: "2026-12-05", promiseAmountMinor: 1000000 }],
};

type Backup = { format: string; schemaVersion: number; exportedAt: string; tables: Record<string, Record<string, unknown>[]> };
type Hooks = { __huikuan: { seed(f: unknown): Promise<void>; addReceipt(code: string, date: string, amount: number): Promise<void> } };

const backupRegion = (page: Page) => page.getByRole("region", { name: /^(Backup and restore|备份与恢复)$/ });
const backupInput = (page: Page) => page.locator('input[type="file"][accept*=".json"]');
const recordCount = (b: Backup) => Object.values(b.tables).reduce((n, t) => n + t.length, 0);

async function downloadBackup(page: Page, label = "Download backup"): Promise<{ name: string; text: string; backup: Backup }> {
  const [download] = await Promise.all([page.waitForEvent("download"), backupRegion(page).getByRole("button", { name: label }).click()]);
  const text = readFileSync(await download.path(), "utf8");
  return { name: download.suggestedFilename(), text, backup: JSON.parse(text) as Backup };
}

async function chooseBackup(page: Page, name: string, text: string): Promise<void> {
  await backupInput(page).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
}

describeInBrowser("Backup and restore of a ledger in two currencies, over a ledger that changed since", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 15_000, hash: "#/data", fixture });
  let taken: { name: string; text: string; backup: Backup };

  test("restoring over a changed ledger brings back exactly the backup: every table, field, id and link, targets in their currencies", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    taken = await downloadBackup(page);
    const { backup } = taken;
    expect(taken.name).toBe("huikuan-backup-2026-11-27.json");
    expect(backup.tables.targets.map((t) => [t.owner, t.currency, t.targetMinor])).toEqual([["Zhang Wei", "CNY", 5000000], ["Li Na", "USD", 3000000]]);

    // The ledger moves on after the backup.
    await page.evaluate(async () => {
      const hooks = (window as unknown as Hooks).__huikuan;
      await hooks.seed({
        customers: [{ code: "C-NEW", name: "Newcomer Ltd." }],
        contracts: [{ status: "active", signDate: "2026-11-01", terms: "", currency: "JPY", penalty: { kind: "none" }, code: "HT-NEW", customerCode: "C-NEW", title: "Later", amountMinor: 500000, owner: "Li Na", plan: [{ dueDate: "2026-12-31", amountMinor: 500000 }] }],
        targets: [{ owner: "Li Na", period: "2026-12", targetMinor: 100, currency: "JPY" }],
      });
      await hooks.addReceipt("HT-CNY", "2026-11-25", 1000000);
    });
    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByTestId("contract-count").filter({ hasText: "3 contract(s)" }).waitFor();

    await page.getByRole("tab", { name: "Data" }).click();
    await chooseBackup(page, taken.name, taken.text);
    const dialog = page.getByRole("dialog");
    // What the dialog says: the current ledger is replaced by the backup, taken at 10:00 on the analyst's clock.
    await dialog.getByText(`The current ledger will be replaced by the backup from 2026-11-27 10:00 (${recordCount(backup)} records).`).waitFor();
    await dialog.getByRole("button", { name: "Replace the ledger" }).click();
    await backupRegion(page).getByText(`Restored ${recordCount(backup)} records.`).waitFor();

    // Nothing lost, nothing added, nothing changed: the next backup holds the same records.
    const again = await downloadBackup(page);
    expect(again.backup.tables).toEqual(backup.tables);
    await page.getByRole("tab", { name: "Contracts" }).click();
    await page.getByTestId("contract-count").filter({ hasText: "2 contract(s)" }).waitFor();
    expect(await page.locator('[data-testid="contract-row"][data-code="HT-NEW"]').count()).toBe(0);
  });

  test("a newer version's backup and a damaged one are refused in Chinese, naming the table in Chinese; the ledger stays as it was", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "数据" }).click();
    const before = await downloadBackup(page, "下载备份");

    const newer = { ...taken.backup, schemaVersion: 4 };
    const damaged = structuredClone(taken.backup);
    damaged.tables.contracts[1].amountMinor = "十万";
    const cases: [string, string, string][] = [
      ["newer.json", JSON.stringify(newer), "此备份由更新版本的回款生成（台账版本 4，本版本最多支持 3）。请先更新回款再恢复。"],
      ["damaged.json", JSON.stringify(damaged), "此备份已损坏：合同（contracts）第 2 条记录的字段 amountMinor：应为整数。"],
      ["truncated.json", taken.text.slice(0, 200), "此文件不是回款备份：不是有效的 JSON。"],
    ];
    for (const [name, text, message] of cases) {
      await chooseBackup(page, name, text);
      await backupRegion(page).getByText(message).waitFor();
      expect(await page.getByRole("dialog").count()).toBe(0); // refused before any confirmation
    }
    const after = await downloadBackup(page, "下载备份");
    expect(after.backup.tables).toEqual(before.backup.tables);
  });
});
