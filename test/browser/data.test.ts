import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from "../../src/core/backup/format";
import { describeInBrowser, OFFICE_TELEMETRY, seededPane } from "./support/browser";

// Each test walks files, previews and dialogs in a real browser; the default 5 s is too tight.
jest.setTimeout(60_000);

/*
 * The Data page in a plain browser (no Excel), on a fresh profile with real IndexedDB; the pane's
 * clock is fixed at 2026-11-27, so receipts without a date are dated that day. The tests run in
 * order on one ledger, as a user would: import, re-import, .xlsx, backup / restore, bad files, 中文.
 *
 * contracts.csv (header = row 1; "本期计划" is no known header, so its column starts unmapped):
 *   row 2-4  HT-001  1,200,000.00  #1 360,000.00 (360,000.00 received), #2 720,000.00, #3 120,000.00
 *   row 5    HT-002    500,000.00  #1 500,000.00, 100,000.00 received
 *   row 6    no contract code                      → refused: code missing
 *   row 7    HT-004 signed "2026-13-01"            → refused: not a date
 *   row 8    HT-005 amount "三十万"                 → refused: not a number
 *   row 9    HT-002 #1 again                       → refused: duplicate of row 5
 *   row 10   HT-003 "¥90,000", one row, no amount  → one installment of the whole 90,000.00
 * Until "本期计划" is mapped to the installment amount, HT-001's three rows are refused too (a
 * contract with several rows needs each row's amount). Outstanding after the import:
 *   HT-001 1,200,000 − 360,000 = 840,000.00; HT-002 500,000 − 100,000 = 400,000.00; HT-003 90,000.00.
 */
const TODAY = new Date("2026-11-27T10:00:00");
const HEADER = "合同编号,客户,项目名称,金额,签订日期,期次,到期日,本期计划,回款金额,负责人";
const csvLines = (ht002Received: string) => [
  HEADER,
  'HT-001,华东建设有限公司,园区一期,"1,200,000.00",2026-01-15,1,2026-01-15,360000,360000,张伟',
  'HT-001,华东建设有限公司,园区一期,"1,200,000.00",2026-01-15,2,2026-04-15,720000,,张伟',
  'HT-001,华东建设有限公司,园区一期,"1,200,000.00",2026-01-15,3,2027-01-15,120000,,张伟',
  `HT-002,北方科技,数据中心,500000,2026/3/1,1,2026-06-30,500000,${ht002Received},李娜`,
  ",北方科技,机房改造,80000,2026-02-01,1,2026-05-01,80000,,李娜",
  "HT-004,北方科技,机房改造,80000,2026-13-01,1,2026-05-01,80000,,李娜",
  "HT-005,北方科技,网络升级,三十万,2026-05-01,1,2026-08-01,300000,,李娜",
  "HT-002,北方科技,数据中心,500000,2026/3/1,1,2026-06-30,500000,100000,李娜",
  'HT-003,北方科技,运维服务,"¥90,000",2026-07-01,,2026-12-31,,,李娜',
];
// As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends.
const csvFile = (ht002Received = "100000", name = "contracts.csv") => ({
  name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csvLines(ht002Received).join("\r\n")}\r\n`, "utf8"),
});

const REFUSALS_EN = [
  "Row 6: The contract code is missing.",
  "Row 7: Sign date is not a date (use YYYY-MM-DD, YYYY/M/D or an Excel date): 2026-13-01.",
  "Row 8: Contract amount is not a number: 三十万.",
  "Row 9: Same contract code and installment no. as row 5 (HT-002, 1); only the first is imported.",
];

/** A two-sheet workbook: notes first, the ledger rows (English headers, real date cells) second. */
async function xlsxFile(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").addRow(["回款台账导出"]);
  const sheet = wb.addWorksheet("台账");
  sheet.addRow(["Contract code", "Customer", "Contract amount", "Sign date", "Due date", "Received amount"]);
  sheet.addRow(["HT-X1", "西部能源", 80000, new Date(Date.UTC(2026, 1, 1)), new Date(Date.UTC(2026, 2, 1)), 20000]);
  return { name: "ledger.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}


// A text file given an .xlsx name, as a user may pick by mistake.
const BROKEN_XLSX = { name: "broken.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("合同编号,客户\nHT-1,华东", "utf8") };

type Backup = { format: string; schemaVersion: number; exportedAt: string; tables: Record<string, Record<string, unknown>[]> };

const importRegion = (page: Page) => page.getByRole("region", { name: "Import contracts and installments" });
const backupRegion = (page: Page) => page.getByRole("region", { name: "Backup and restore" });
const importInput = (page: Page) => page.locator('input[type="file"][accept*=".csv"]');
const backupInput = (page: Page) => page.locator('input[type="file"][accept*=".json"]');

/** The mapping drop-down of one field, found by its label. */
function mappingSelect(page: Page, fieldLabel: string): Locator {
  return importRegion(page).locator("label").filter({ has: page.getByText(fieldLabel, { exact: true }) }).locator("select");
}

const selectedText = (select: Locator) => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? "");

async function refusalTexts(page: Page): Promise<string[]> {
  return importRegion(page).locator("ul li").allInnerTexts();
}

async function contractCount(page: Page, expected: string): Promise<void> {
  await page.getByRole("tab", { name: /^(Contracts|合同)$/ }).click();
  await page.getByTestId("contract-count").filter({ hasText: expected }).waitFor();
}

function contractRow(page: Page, code: string): Locator {
  return page.locator(`[data-testid="contract-row"][data-code="${code}"]`);
}

async function downloadBackup(page: Page): Promise<{ name: string; text: string; backup: Backup }> {
  const [download] = await Promise.all([page.waitForEvent("download"), backupRegion(page).getByRole("button", { name: "Download backup" }).click()]);
  const text = readFileSync(await download.path(), "utf8");
  return { name: download.suggestedFilename(), text, backup: JSON.parse(text) as Backup };
}

const recordCount = (b: Backup) => Object.values(b.tables).reduce((n, t) => n + t.length, 0);

/** Records every progress caption the page shows, however briefly. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const text = bar?.parentElement?.textContent ?? "";
      if (text && w.__progress[w.__progress.length - 1] !== text) w.__progress.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);

describeInBrowser("Data page in a plain browser: file import, backup and restore", () => {
  // stepTimeout: a step that never comes fails naming itself.
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 15_000, hash: "#/data" });
  let firstBackup: Backup;

  test("outside Excel the workbook actions are disabled with the shell's notice, shown once; file import and backup are not", async () => {
    const { page } = seeded;
    await page.getByText("Excel not available.").waitFor();
    expect(await page.getByTestId("no-excel").count()).toBe(1);
    for (const name of ["Use the selection", "Use a table", "Installment ledger", "Aging by customer + chart", "Reminder log",
      "Plan vs actual by month", "Write the sample sheet", "Save the ledger into the workbook", "Restore from the workbook"]) {
      expect(await page.getByRole("button", { name }).isDisabled()).toBe(true);
    }
    for (const name of ["Choose a file…", "Download backup", "Restore from a backup file…"]) {
      expect(await page.getByRole("button", { name }).isEnabled()).toBe(true);
    }
  });

  test("a Chinese CSV: headers recognised, one column remapped, preview, import with progress, refused rows with reasons", async () => {
    const { page } = seeded;
    await watchProgress(page);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Choose a file…" }).click()]);
    await chooser.setFiles(csvFile());
    const region = importRegion(page);
    await region.getByText("Source: contracts.csv (9 rows)").waitFor();

    const recognised: [string, string][] = [
      ["Contract code", "1. 合同编号"], ["Customer", "2. 客户"], ["Contract title", "3. 项目名称"], ["Contract amount", "4. 金额"],
      ["Sign date", "5. 签订日期"], ["Installment no.", "6. 期次"], ["Due date", "7. 到期日"], ["Received amount", "9. 回款金额"],
      ["Owner", "10. 负责人"], ["Installment amount", "(not imported)"], ["Customer code", "(not imported)"],
    ];
    for (const [field, column] of recognised) expect([field, await selectedText(mappingSelect(page, field))]).toEqual([field, column]);

    // Unmapped, HT-001's three rows lack their amounts and are refused as well.
    await region.getByText("Rows ready: 2 (2 new, 0 updated, 0 unchanged); refused: 7.").waitFor();
    expect(await refusalTexts(page)).toContain("Row 2: The installment amount is missing (needed when a contract has several rows).");

    await mappingSelect(page, "Installment amount").selectOption({ label: "8. 本期计划" });
    await region.getByText("Rows ready: 5 (5 new, 0 updated, 0 unchanged); refused: 4.").waitFor();
    expect(await refusalTexts(page)).toEqual(REFUSALS_EN);
    await region.getByText("Refused rows (4)").waitFor();
    const firstPreviewRow = await region.getByRole("table", { name: "Import preview" }).getByRole("row").nth(1).getByRole("cell").allInnerTexts();
    expect(firstPreviewRow).toEqual(["HT-001", "华东建设有限公司", "1,200,000.00", "1", "2026-01-15", "360,000.00", "360,000.00"]);

    await region.getByRole("button", { name: "Import 5 rows" }).click();
    await region.getByText("Imported: 5 new, 0 updated, 0 unchanged.").waitFor();
    expect(await refusalTexts(page)).toEqual(REFUSALS_EN);
    // 2 customers + 3 contracts + 3 plans + 5 installments + 2 receipts + 2 allocations = 17 records written.
    const progress = await progressSeen(page);
    expect(progress.some((t) => /^Checking rows \d+ of 9$/.test(t))).toBe(true);
    expect(progress.some((t) => /^Writing \d+ of 17 records$/.test(t))).toBe(true);

    await contractCount(page, "3 contract(s)");
    expect(await contractRow(page, "HT-001").innerText()).toContain("HT-001 · 华东建设有限公司");
    expect(await contractRow(page, "HT-001").innerText()).toContain("Outstanding CNY 840,000.00");
    expect(await contractRow(page, "HT-002").innerText()).toContain("Outstanding CNY 400,000.00");
    expect(await contractRow(page, "HT-003").innerText()).toContain("Outstanding CNY 90,000.00");
  });

  test("importing the same file again changes nothing; an edited file updates in place instead of adding copies", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = importRegion(page);
    await importInput(page).setInputFiles(csvFile());
    await mappingSelect(page, "Installment amount").selectOption({ label: "8. 本期计划" });
    await region.getByText("Rows ready: 5 (0 new, 0 updated, 5 unchanged); refused: 4.").waitFor();
    await region.getByRole("button", { name: "Import 5 rows" }).click();
    await region.getByText("Imported: 0 new, 0 updated, 5 unchanged.").waitFor();

    await importInput(page).setInputFiles(csvFile('"250,000.00"', "contracts-v2.csv"));
    await region.getByText("Source: contracts-v2.csv (9 rows)").waitFor();
    await mappingSelect(page, "Installment amount").selectOption({ label: "8. 本期计划" });
    await region.getByText("Rows ready: 5 (0 new, 1 updated, 4 unchanged); refused: 4.").waitFor();
    await region.getByRole("button", { name: "Import 5 rows" }).click();
    await region.getByText("Imported: 0 new, 1 updated, 4 unchanged.").waitFor();

    await contractCount(page, "3 contract(s)");
    // The receipt was replaced, not added to: 500,000 − 250,000 (a second receipt would leave 150,000).
    await contractRow(page, "HT-002").filter({ hasText: "Outstanding CNY 250,000.00" }).waitFor();
    expect(await contractRow(page, "HT-001").innerText()).toContain("Outstanding CNY 840,000.00");
  });

  test("an .xlsx file imports too: the sheet is picked and its date cells keep their calendar days; a file that is no workbook is refused", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = importRegion(page);
    await importInput(page).setInputFiles(BROKEN_XLSX);
    const refused = region.getByText(`Failed: broken.xlsx cannot be read as an .xlsx workbook (damaged, or another format renamed).`, { exact: false });
    await refused.waitFor();
    await importInput(page).setInputFiles(await xlsxFile());
    // The first sheet holds notes only: nothing to map yet.
    await region.getByText("Map the contract code column to import.").waitFor();
    await region.getByRole("combobox", { name: "Sheet" }).selectOption({ label: "台账" });
    await region.getByText("Source: ledger.xlsx › 台账 (1 rows)").waitFor();
    await region.getByText("Rows ready: 1 (1 new, 0 updated, 0 unchanged); refused: 0.").waitFor();
    const previewRow = await region.getByRole("table", { name: "Import preview" }).getByRole("row").nth(1).getByRole("cell").allInnerTexts();
    expect(previewRow).toEqual(["HT-X1", "西部能源", "80,000.00", "", "2026-03-01", "80,000.00", "20,000.00"]);
    await region.getByRole("button", { name: "Import 1 rows" }).click();
    await region.getByText("Imported: 1 new, 0 updated, 0 unchanged.").waitFor();
    expect(await refused.count()).toBe(0); // the refusal of the earlier file does not linger

    await contractCount(page, "4 contract(s)");
    expect(await contractRow(page, "HT-X1").innerText()).toContain("Outstanding CNY 60,000.00");
  });

  test("a downloaded backup holds the whole ledger; restored after the data was deleted, the ledger is identical", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const { name, text, backup } = await downloadBackup(page);
    expect(name).toBe("huikuan-backup-2026-11-27.json");
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.schemaVersion).toBe(BACKUP_SCHEMA_VERSION);
    const counts = Object.fromEntries(Object.entries(backup.tables).map(([t, rows]) => [t, rows.length]));
    // 华东建设有限公司, 北方科技, 西部能源; HT-001 (3 installments), HT-002, HT-003, HT-X1 (1 each);
    // one receipt each on HT-001 #1, HT-002 #1 (replaced, not added) and HT-X1 #1.
    expect(counts).toMatchObject({ customers: 3, contracts: 4, plans: 4, installments: 6, receipts: 3, allocations: 3, invoices: 0, reminders: 0 });
    expect((backup.tables.contracts.map((c) => c.code) as string[]).sort()).toEqual(["HT-001", "HT-002", "HT-003", "HT-X1"]);
    await backupRegion(page).getByText(`Backup saved as huikuan-backup-2026-11-27.json (${recordCount(backup)} records).`).waitFor();
    firstBackup = backup;

    // Delete the ledger from a same-origin page that holds no connection to it, then start afresh.
    await page.goto(`${pane.baseUrl}build-info.json`);
    await page.evaluate(async () => {
      for (const db of await indexedDB.databases()) {
        await new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase(db.name!);
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error);
        });
      }
    });
    await pane.open("#/contracts");
    await page.getByTestId("contract-count").filter({ hasText: "0 contract(s)" }).waitFor();

    await page.getByRole("tab", { name: "Data" }).click();
    await backupInput(page).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`(${recordCount(backup)} records)`).waitFor();
    // Watch the page while it restores: the progress shows and the buttons wait until it is done.
    await page.evaluate(() => {
      const w = window as unknown as { restoreSeen: { progress: boolean; buttonsDisabled: boolean } };
      w.restoreSeen = { progress: false, buttonsDisabled: false };
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="backup-progress"]');
        if (!bar) return;
        w.restoreSeen.progress = true;
        const region = bar.closest("section");
        const buttons = [...(region?.querySelectorAll("button") ?? [])];
        if (buttons.length > 0 && buttons.every((b) => b.disabled || b.getAttribute("aria-disabled") === "true")) w.restoreSeen.buttonsDisabled = true;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await dialog.getByRole("button", { name: "Replace the ledger" }).click();
    await backupRegion(page).getByText(`Restored ${recordCount(backup)} records.`).waitFor();
    expect(await page.evaluate(() => (window as unknown as { restoreSeen: unknown }).restoreSeen)).toEqual({ progress: true, buttonsDisabled: true });
    expect(await backupRegion(page).getByTestId("backup-progress").count()).toBe(0);
    expect(await backupRegion(page).getByRole("button", { name: "Download backup" }).isEnabled()).toBe(true);

    const again = await downloadBackup(page);
    expect(again.backup.tables).toEqual(backup.tables);
    await contractCount(page, "4 contract(s)");
    expect(await contractRow(page, "HT-002").innerText()).toContain("Outstanding CNY 250,000.00");
  });

  test("a truncated backup, a foreign JSON file and a damaged record are refused with a clear message; the ledger stays as it was", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = backupRegion(page);
    const text = JSON.stringify(firstBackup);
    const damaged = structuredClone(firstBackup);
    damaged.tables.contracts[1].amountMinor = "lots";
    const cases: [string, string, string][] = [
      ["truncated.json", text.slice(0, Math.floor(text.length / 2)), "This file is not a Huikuan backup: it is not valid JSON."],
      ["package.json", JSON.stringify({ name: "some-app", version: "1.0.0", dependencies: {} }), "This file is not a Huikuan backup"],
      ["damaged.json", JSON.stringify(damaged), "This backup is damaged: contracts record 2, field amountMinor: must be a whole number."],
    ];
    for (const [name, content, message] of cases) {
      await backupInput(page).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content, "utf8") });
      await region.getByText(message).waitFor();
      expect(await page.getByRole("dialog").count()).toBe(0); // refused before any confirmation
    }
    const after = await downloadBackup(page);
    expect(after.backup.tables).toEqual(firstBackup.tables);
  });

  test("in 中文 the page's labels, the refusal reasons, an unreadable file and a refused backup read in Chinese", async () => {
    const { page, pane } = seeded;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "数据" }).click();
    await page.getByRole("heading", { name: "数据", exact: true }).waitFor();
    await page.getByText("未连接 Excel。").waitFor();
    const region = page.getByRole("region", { name: "导入合同与分期" });
    expect(await region.getByRole("button", { name: "使用选中区域" }).isDisabled()).toBe(true);
    expect(await region.getByRole("button", { name: "选择文件…" }).isEnabled()).toBe(true);
    const backup = page.getByRole("region", { name: "备份与恢复" });
    expect(await backup.getByRole("button", { name: "下载备份" }).isEnabled()).toBe(true);

    await importInput(page).setInputFiles(csvFile());
    await region.getByText("来源：contracts.csv（9 行）").waitFor();
    await region.getByText("列对应关系").waitFor();
    const codeSelect = region.locator("label").filter({ has: page.getByText("合同编号", { exact: true }) }).locator("select");
    expect(await selectedText(codeSelect)).toBe("1. 合同编号");
    expect(await selectedText(region.locator("label").filter({ has: page.getByText("应收金额", { exact: true }) }).locator("select"))).toBe("（不导入）");
    await region.getByText("被拒绝的行（7）").waitFor();
    expect(await region.locator("ul li").allInnerTexts()).toEqual([
      "第 2 行：缺少本期应收金额（同一合同有多行时必填）。",
      "第 3 行：缺少本期应收金额（同一合同有多行时必填）。",
      "第 4 行：缺少本期应收金额（同一合同有多行时必填）。",
      "第 6 行：缺少合同编号。",
      "第 7 行：签订日期不是有效日期（请用 YYYY-MM-DD、YYYY/M/D 或 Excel 日期）：2026-13-01。",
      "第 8 行：合同金额不是数字：三十万。",
      "第 9 行：合同编号和期次与第 5 行相同（HT-002，1），只导入第一行。",
    ]);

    await importInput(page).setInputFiles(BROKEN_XLSX);
    await region.getByText("失败：无法将 broken.xlsx 读取为 .xlsx 工作簿（文件已损坏，或是改了扩展名的其他格式）。", { exact: false }).waitFor();

    await backupInput(page).setInputFiles({ name: "truncated.json", mimeType: "application/json", buffer: Buffer.from("{\"format\":\"huikuan-backup\",", "utf8") });
    await backup.getByText("此文件不是回款备份：不是有效的 JSON。").waitFor();

    // office.js's own telemetry frame is refused by the CSP outside Office (and aborted); nothing else may fail.
    expect(pane.pageErrors).toEqual([]);
    expect(pane.blockedRequests.filter((url) => !url.startsWith(OFFICE_TELEMETRY))).toEqual([]);
  });

  test("an amount column in 万元: the mapping shows ×10,000 before importing, the unit can be changed by hand, the stored amounts are scaled", async () => {
    const { page } = seeded;
    // Runs after the 中文 test: the pane is in Chinese.
    const region = page.getByRole("region", { name: "导入合同与分期" });
    const csv = ["合同编号,客户,合同金额(万元),到期日,回款金额（万元）", "HT-W1,西部能源,12.3456,2026-12-31,1.5"].join("\r\n");
    await importInput(page).setInputFiles({ name: "wan.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}\r\n`, "utf8") });
    await region.getByText("来源：wan.csv（1 行）").waitFor();

    const unitOfAmount = region.getByRole("combobox", { name: "合同金额的单位" });
    expect(await selectedText(unitOfAmount)).toBe("×10,000（万）");
    expect(await selectedText(region.getByRole("combobox", { name: "回款金额的单位" }))).toBe("×10,000（万）");
    const units = region.getByRole("group", { name: "以下金额列按单位换算后导入：" });
    expect(await units.getByTestId("import-unit").allInnerTexts()).toEqual(["合同金额(万元) → 合同金额 ×10,000（万）", "回款金额（万元） → 回款金额 ×10,000（万）"]);
    const preview = region.getByRole("table", { name: "导入预览" });
    await preview.getByRole("cell", { name: "123,456.00" }).first().waitFor();
    // 12.3456 万 = 123,456.00 exactly; one row, so the installment is the whole contract; 1.5 万 received.
    expect(await preview.getByRole("row").nth(1).getByRole("cell").allInnerTexts()).toEqual(["HT-W1", "西部能源", "123,456.00", "", "2026-12-31", "123,456.00", "15,000.00"]);

    await unitOfAmount.selectOption({ label: "×1,000（千）" });
    await preview.getByRole("cell", { name: "12,345.60" }).first().waitFor();
    expect(await units.getByTestId("import-unit").allInnerTexts()).toEqual(["合同金额(万元) → 合同金额 ×1,000（千）", "回款金额（万元） → 回款金额 ×10,000（万）"]);
    await unitOfAmount.selectOption({ label: "×10,000（万）" });
    await preview.getByRole("cell", { name: "123,456.00" }).first().waitFor();

    await region.getByRole("button", { name: "导入 1 行" }).click();
    await region.getByText("已导入：新增 1，更新 0，无变化 0。").waitFor();
    await page.getByRole("tab", { name: /^(Contracts|合同)$/ }).click();
    expect(await contractRow(page, "HT-W1").innerText()).toContain("CNY 108,456.00"); // 123,456.00 − 15,000.00 outstanding
  });
});

describeInBrowser("Data page: each imported amount in its own contract's currency", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 15_000, hash: "#/data" });

  const csv = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") });
  const previewRow = (n: number) => importRegion(seeded.page).getByRole("table", { name: "Import preview" }).getByRole("row").nth(n).getByRole("cell").allInnerTexts();

  test("JPY, KWD and CNY contracts (default CNY): the preview shows each in its currency's digits and the ledger stores them so", async () => {
    const { page } = seeded;
    const region = importRegion(page);
    await importInput(page).setInputFiles(csv("mixed.csv", [
      "合同编号,客户,币种,金额,签订日期,到期日,回款金额",
      "HT-J,Sato KK,JPY,1000,2026-01-05,2026-12-31,400",
      "HT-K,Gulf Co,KWD,1.234,2026-01-05,2026-12-31,",
      "HT-C,华东建设,CNY,12.34,2026-01-05,2026-12-31,",
    ]));
    await region.getByText("Rows ready: 3 (3 new, 0 updated, 0 unchanged); refused: 0.").waitFor();
    expect(await previewRow(1)).toEqual(["HT-J", "Sato KK", "JPY 1,000", "", "2026-12-31", "JPY 1,000", "JPY 400"]);
    expect(await previewRow(2)).toEqual(["HT-K", "Gulf Co", "KWD 1.234", "", "2026-12-31", "KWD 1.234", ""]);
    expect(await previewRow(3)).toEqual(["HT-C", "华东建设", "12.34", "", "2026-12-31", "12.34", ""]);
    await region.getByRole("button", { name: "Import 3 rows" }).click();
    await region.getByText("Imported: 3 new, 0 updated, 0 unchanged.").waitFor();

    await contractCount(page, "3 contract(s)");
    expect(await contractRow(page, "HT-J").innerText()).toContain("Outstanding JPY 600"); // 1,000 − 400 yen, not 100,000 − 40,000
    expect(await contractRow(page, "HT-K").innerText()).toContain("Outstanding KWD 1.234");
    expect(await contractRow(page, "HT-C").innerText()).toContain("Outstanding CNY 12.34");
  });

  test("a sheet without a currency column is read in the stored contract's currency; a row changing it is refused and nothing is imported", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = importRegion(page);
    await importInput(page).setInputFiles(csv("no-currency.csv", ["合同编号,客户,金额,签订日期,到期日,回款金额", "HT-J,Sato KK,1000,2026-01-05,2026-12-31,400"]));
    await region.getByText("Rows ready: 1 (0 new, 0 updated, 1 unchanged); refused: 0.").waitFor();
    expect(await previewRow(1)).toEqual(["HT-J", "Sato KK", "JPY 1,000", "", "2026-12-31", "JPY 1,000", "JPY 400"]);

    await importInput(page).setInputFiles(csv("usd.csv", ["合同编号,客户,币种,金额,签订日期,到期日", "HT-J,Sato KK,USD,1000,2026-01-05,2026-12-31"]));
    await region.getByText("Source: usd.csv (1 rows)").waitFor();
    await region.getByText("Rows ready: 0 (0 new, 0 updated, 0 unchanged); refused: 1.").waitFor();
    expect(await refusalTexts(page)).toEqual(["Row 2: The contract HT-J is in JPY; this row says USD — a contract's currency cannot change by import."]);
    expect(await region.getByRole("button", { name: "Import 0 rows" }).isDisabled()).toBe(true);

    await contractCount(page, "3 contract(s)");
    expect(await contractRow(page, "HT-J").innerText()).toContain("Outstanding JPY 600");
  });
});

describeInBrowser("Data page: a CSV saved from an accounting workbook", () => {
  const seeded = seededPane({ locale: "en-US", now: TODAY, stepTimeout: 15_000, hash: "#/data" });

  // As Excel writes accounting formats into a CSV: " ¥ 1,234.50 ", zero as " ¥ -   "; a failed lookup
  // as #N/A; a blank line and the 合计 row under the table.
  const ACCOUNTING = [
    "合同编号,客户名称,应收日期,应收金额,已收金额",
    'HT-A1,华东建设,2026/12/31," ¥ 1,234.50 "," ¥ -   "', // row 2: nothing received yet
    'HT-A2,北方电力,2026年12月15日," ¥ 5,000.00 "," ¥ 2,000.00 "', // row 3
    'HT-A3,#N/A,2026.12.20," ¥ 800.00 ",', // row 4: the customer lookup failed
    'HT-A4,南方物流,2026-12-20," ¥ 300.00 "," ¥ 500.00 "', // row 5: more received than due
    ",,,,", // row 6
    '合计,,," ¥ 7,334.50 "," ¥ 2,500.00 "', // row 7: the total
  ];
  const file = { name: "accounting.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${ACCOUNTING.join("\r\n")}\r\n`, "utf8") };
  const REFUSED = [
    "Row 4: Customer holds an Excel error: #N/A; correct the formula or clear the cell.",
    "Row 5: Received amount 500 is more than the installment amount 300; record an overpayment as a receipt on the Contracts page.",
  ];

  test("dashes read as zero, the 合计 row is skipped and said so, #N/A and an overpayment are refused by row; the preview's counts are what is imported, and again nothing is doubled", async () => {
    const { page } = seeded;
    const region = importRegion(page);
    await importInput(page).setInputFiles(file);
    await region.getByText("Source: accounting.csv (6 rows)").waitFor();
    await region.getByText("Rows ready: 2 (2 new, 0 updated, 0 unchanged); refused: 2.").waitFor();
    expect(await refusalTexts(page)).toEqual(REFUSED);
    expect(await region.getByTestId("import-total-rows").innerText()).toBe("Total and subtotal rows skipped (not data): row 7.");
    const rows = region.getByRole("table", { name: "Import preview" }).getByRole("row");
    expect(await rows.nth(1).getByRole("cell").allInnerTexts()).toEqual(["HT-A1", "华东建设", "", "", "2026-12-31", "1,234.50", "0.00"]);

    await region.getByRole("button", { name: "Import 2 rows" }).click();
    await region.getByText("Imported: 2 new, 0 updated, 0 unchanged.").waitFor();
    await contractCount(page, "2 contract(s)");
    expect(await contractRow(page, "HT-A1").innerText()).toContain("Outstanding CNY 1,234.50");
    expect(await contractRow(page, "HT-A2").innerText()).toContain("Outstanding CNY 3,000.00");

    await page.getByRole("tab", { name: "Data" }).click();
    await importInput(page).setInputFiles({ ...file, name: "accounting-again.csv" });
    await region.getByText("Source: accounting-again.csv (6 rows)").waitFor();
    await region.getByText("Rows ready: 2 (0 new, 0 updated, 2 unchanged); refused: 2.").waitFor();
    await region.getByRole("button", { name: "Import 2 rows" }).click();
    await region.getByText("Imported: 0 new, 0 updated, 2 unchanged.").waitFor();
    await contractCount(page, "2 contract(s)");
    expect(await contractRow(page, "HT-A2").innerText()).toContain("Outstanding CNY 3,000.00");
  });

  test("a 状态 column of payment statuses is not taken for the contract's status: said so, the rows import; mapped by hand, they are refused", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = importRegion(page);
    const lines = ["合同编号,客户名称,应收日期,应收金额,状态", "HT-S1,西部水务,2026-12-31,1000,已回款", "HT-S2,西部水务,2027-01-31,2000,逾期"];
    await importInput(page).setInputFiles({ name: "status.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") });
    await region.getByText("Rows ready: 2 (2 new, 0 updated, 0 unchanged); refused: 0.").waitFor();
    const note = region.getByTestId("import-skipped-column");
    expect(await note.innerText()).toContain("Column 5 “状态” holds payment statuses (such as 已回款, 逾期)");
    expect(await mappingSelect(page, "Status").inputValue()).toBe("");
    // The analyst says it is the contract status after all: the note goes, and every row is refused by name.
    await mappingSelect(page, "Status").selectOption({ label: "5. 状态" });
    await region.getByText("Rows ready: 0 (0 new, 0 updated, 0 unchanged); refused: 2.").waitFor();
    expect(await note.count()).toBe(0);
    await mappingSelect(page, "Status").selectOption({ label: "(not imported)" });
    await region.getByText("Rows ready: 2 (2 new, 0 updated, 0 unchanged); refused: 0.").waitFor();
  });

  test("a receipts update without the installment amount column keeps the installment's amount, in the preview and in the ledger", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = importRegion(page);
    const csv = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") });
    await importInput(page).setInputFiles(csv("plan.csv", ["合同编号,客户名称,期次,应收日期,应收金额", "HT-P1,东方建材,1,2026-10-31,30000", "HT-P1,东方建材,2,2027-01-31,50000"]));
    await region.getByText("Rows ready: 2 (2 new, 0 updated, 0 unchanged); refused: 0.").waitFor();
    await region.getByRole("button", { name: "Import 2 rows" }).click();
    await region.getByText("Imported: 2 new, 0 updated, 0 unchanged.").waitFor();

    // One row for HT-P1 with its contract amount: the sheet says nothing of installment 2's own amount.
    await importInput(page).setInputFiles(csv("receipts.csv", ["合同编号,客户名称,合同金额,期次,应收日期,已收金额", "HT-P1,东方建材,80000,2,2027-01-31,20000"]));
    await region.getByText("Rows ready: 1 (0 new, 1 updated, 0 unchanged); refused: 0.").waitFor();
    const row = region.getByRole("table", { name: "Import preview" }).getByRole("row").nth(1);
    expect(await row.getByRole("cell").allInnerTexts()).toEqual(["HT-P1", "东方建材", "80,000.00", "2", "2027-01-31", "50,000.00", "20,000.00"]);
    await region.getByRole("button", { name: "Import 1 rows" }).click();
    await region.getByText("Imported: 0 new, 1 updated, 0 unchanged.").waitFor();
    await contractCount(page, "3 contract(s)");
    // 30,000 + 50,000 − 20,000; installment 2 taking the whole 80,000 would leave 90,000.
    expect(await contractRow(page, "HT-P1").innerText()).toContain("Outstanding CNY 60,000.00");
  });

  test("a sheet that closes a contract says in the preview, before Import is pressed, what the close writes off", async () => {
    const { page } = seeded;
    await page.getByRole("tab", { name: "Data" }).click();
    const region = importRegion(page);
    // HT-P1 has 60,000.00 outstanding (the test above): closing it writes that off.
    await importInput(page).setInputFiles({ name: "close.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF合同编号,合同状态\r\nHT-P1,已关闭\r\n", "utf8") });
    await region.getByText("Rows ready: 1 (0 new, 1 updated, 0 unchanged); refused: 0.").waitFor();
    const group = region.getByRole("group", { name: "The import closes these contracts:" });
    expect(await group.getByTestId("import-write-off").allInnerTexts()).toEqual(["Closing HT-P1 writes off CNY 60,000.00."]);
    await region.getByRole("button", { name: "Import 1 rows" }).click();
    await region.getByText("Imported: 0 new, 1 updated, 0 unchanged.").waitFor();
    expect(await region.getByTestId("import-write-off").count()).toBe(0);
  });
});
