import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import type { ColumnMapping } from "../../src/core/import/fields";
import { importGrid, prepareImport, previewImport } from "../../src/core/import/importer";
import { LedgerDb } from "../../src/core/store/db";
import { ImportWriteOffs, writeOffLines } from "../../src/taskpane/pages/Data/ImportPreview";
import { strings } from "../../src/taskpane/pages/Data/strings";

/*
 * The Data page's import preview says which contracts the sheet closes and what each close writes
 * off, in the contract's currency, before the analyst presses Import. Ledger (default USD):
 *   HT-1  CNY  1,000.00: #1 500.00 (200.00 received), #2 500.00      → closing writes off 800.00
 *   JP-1  JPY  250,000:  #1 250,000 (50,000 received)                → closing writes off 200,000
 *   HT-2  CNY    300.00: #1 300.00 (300.00 received)                 → closing writes off nothing
 * The closing sheet spells HT-1 "ht-1" (the ledger's "HT-1" is meant).
 */
let n = 0;
const defaults = { currency: "USD", digits: 2 }; // no contract is in it: each line must find its own contract's currency
const opts = { firstRowNumber: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", owner: "王经理", ...defaults };
const MAPPING: ColumnMapping = { contractCode: 0, customer: 1, currency: 2, contractAmount: 3, signDate: 4, seq: 5, dueDate: 6, installmentAmount: 7, receivedAmount: 8, status: 9 };
const LEDGER = [
  ["HT-1", "华东建设", "CNY", 1000, "2026-01-05", 1, "2026-03-31", 500, 200, ""],
  ["HT-1", "华东建设", "CNY", 1000, "2026-01-05", 2, "2026-06-30", 500, "", ""],
  ["JP-1", "东京商事", "JPY", 250000, "2026-02-01", 1, "2026-05-31", 250000, 50000, ""],
  ["HT-2", "华东建设", "CNY", 300, "2026-01-05", 1, "2026-03-31", 300, 300, ""],
];
const CLOSING = [
  ["ht-1", "华东建设", "", 1000, "2026-01-05", 1, "2026-03-31", 500, 200, "已关闭"],
  ["ht-1", "华东建设", "", 1000, "2026-01-05", 2, "2026-06-30", 500, "", "已关闭"],
  ["JP-1", "东京商事", "", 250000, "2026-02-01", 1, "2026-05-31", 250000, 50000, "closed"],
  ["HT-2", "华东建设", "", 300, "2026-01-05", 1, "2026-03-31", 300, 300, "closed"],
];

async function previewOfClosingSheet(sheet: unknown[][] = CLOSING) {
  const db = new LedgerDb(`import-write-offs-${++n}`);
  await importGrid(db, LEDGER, MAPPING, opts);
  const { rows } = await prepareImport(sheet, MAPPING, opts);
  return previewImport(db, rows, opts);
}

const render = (el: ReturnType<typeof h>): string => renderToString(h(FluentProvider, { theme: webLightTheme }, el));

describe("the import preview says what closing contracts writes off", () => {
  test("one line per contract closed, in its own currency and digits, in English and Chinese", async () => {
    const preview = await previewOfClosingSheet();
    expect(preview.refusals).toEqual([]);
    expect(writeOffLines(preview.writeOffs, preview.currencies, defaults, strings.en)).toEqual([
      "Closing HT-1 writes off CNY 800.00.",
      "Closing JP-1 writes off JPY 200,000.",
      "Closing HT-2 writes off nothing: nothing is open on it.",
    ]);
    expect(writeOffLines(preview.writeOffs, preview.currencies, defaults, strings.zh)).toEqual([
      "关闭合同 HT-1：核销剩余未收款 CNY 800.00。",
      "关闭合同 JP-1：核销剩余未收款 JPY 200,000。",
      "关闭合同 HT-2：没有未收款，无需核销。",
    ]);
  });

  test("the preview renders the lines under a title, and nothing when the sheet closes no contract", async () => {
    const preview = await previewOfClosingSheet();
    const html = render(h(ImportWriteOffs, { writeOffs: preview.writeOffs, currencies: preview.currencies, defaults, s: strings.zh }));
    expect(html).toContain("导入将关闭以下合同：");
    expect(html).toContain("关闭合同 HT-1：核销剩余未收款 CNY 800.00。");
    expect(html).toContain("关闭合同 JP-1：核销剩余未收款 JPY 200,000。");
    expect(html.match(/data-testid="import-write-off"/g)).toHaveLength(3);

    const staying = await previewOfClosingSheet(CLOSING.map((r) => [...r.slice(0, 9), ""]));
    expect(staying.writeOffs.size).toBe(0);
    expect(render(h(ImportWriteOffs, { writeOffs: staying.writeOffs, currencies: staying.currencies, defaults, s: strings.en }))).not.toContain("closes these contracts");
  });
});
