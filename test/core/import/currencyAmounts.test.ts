import { recogniseHeaders } from "../../../src/core/import/headers";
import { importGrid, prepareImport, previewImport } from "../../../src/core/import/importer";
import { refusalMessage } from "../../../src/core/import/messages";
import { readImportAmount } from "../../../src/core/import/values";
import { LedgerDb } from "../../../src/core/store/db";

/*
 * Amounts are converted to minor units with the digits of the currency their contract is in (the
 * row's currency cell, else the stored contract's, else the import's default), never with the
 * default currency's digits: JPY has 0, CNY and USD 2, KWD 3.
 */

let seq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-currency-amounts-${++seq}`);
const at = { now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", owner: "Li" };
const inCny = { firstRowNumber: 2, digits: 2, currency: "CNY", ...at };
const inJpy = { firstRowNumber: 2, digits: 0, currency: "JPY", ...at };

const MIXED: unknown[][] = [
  ["合同编号", "客户", "币种", "合同金额", "签订日期", "到期日", "回款金额"],
  ["HT-CNY", "华东建设", "CNY", 12.34, "2026-01-05", "2026-03-31", "10.5"],
  ["HT-JPY", "Sato KK", "日元", 1000, "2026-01-05", "2026-03-31", "500"],
  ["HT-KWD", "Gulf Co", "KWD", "1.234", "2026-01-05", "2026-03-31", 1.1],
  ["HT-USD", "Acme", "usd", "12.34", "2026-01-05", "2026-03-31", ""],
];

async function stored(db: LedgerDb) {
  const contracts = await db.contracts.orderBy("code").toArray();
  const installments = await db.installments.toArray();
  const receipts = await db.receipts.toArray();
  return contracts.map((c) => [
    c.code, c.currency, c.amountMinor,
    installments.filter((i) => i.contractId === c.id).map((i) => i.amountMinor),
    receipts.filter((r) => r.contractId === c.id).map((r) => r.amountMinor),
  ]);
}

const HEADERS_NO_CURRENCY = ["合同编号", "客户", "期次", "到期日", "应收金额", "回款金额"];

/** A JPY contract HT-1 with two installments of ¥5,000, ¥3,000 of the first received. */
async function ledgerWithJpyContract(): Promise<LedgerDb> {
  const db = freshDb();
  const sheet = [
    ["合同编号", "客户", "币种", "期次", "到期日", "应收金额", "回款金额"],
    ["HT-1", "Sato KK", "JPY", 1, "2026-03-31", 5000, 3000],
    ["HT-1", "Sato KK", "JPY", 2, "2026-06-30", 5000, ""],
  ];
  const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inCny);
  expect(r.refusals).toEqual([]);
  return db;
}

describe("each amount in its own contract's currency", () => {
  test.each([["CNY", inCny], ["JPY", inJpy]])(
    "a sheet of CNY, JPY, KWD and USD contracts imported with default %s stores 1000 yen as 1000, 12.34 CNY as 1234, 1.234 KWD as 1234",
    async (_default, opts) => {
      const db = freshDb();
      const r = await importGrid(db, MIXED.slice(1), recogniseHeaders(MIXED[0]).mapping, opts);
      expect(r.refusals).toEqual([]);
      expect(await stored(db)).toEqual([
        ["HT-CNY", "CNY", 1234, [1234], [1050]],
        ["HT-JPY", "JPY", 1000, [1000], [500]],
        ["HT-KWD", "KWD", 1234, [1234], [1100]],
        ["HT-USD", "USD", 1234, [1234], []],
      ]);
    },
  );

  test("amounts at ×1 round half away from zero to their own currency's digits: ¥1000.5 → 1001, 1.2345 KWD → 1235, 12.345 CNY → 1235", async () => {
    const db = freshDb();
    const sheet = [
      ["合同编号", "客户", "币种", "合同金额", "到期日"],
      ["HT-J", "Sato KK", "JPY", "1000.5", "2026-03-31"],
      ["HT-K", "Gulf Co", "KWD", "1.2345", "2026-03-31"],
      ["HT-C", "华东建设", "CNY", "12.345", "2026-03-31"],
    ];
    await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inCny);
    expect((await db.contracts.orderBy("code").toArray()).map((c) => [c.code, c.amountMinor])).toEqual([["HT-C", 1235], ["HT-J", 1001], ["HT-K", 1235]]);
  });

  test("a default currency ISO 4217 does not list takes the settings' digits; a row in CNY keeps 2", async () => {
    const db = freshDb();
    const sheet = [["合同编号", "客户", "币种", "合同金额", "到期日"], ["HT-X", "甲", "", "1.234", "2026-03-31"], ["HT-C", "乙", "CNY", "1.234", "2026-03-31"]];
    await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, { ...inCny, currency: "XTS", digits: 3 });
    expect((await db.contracts.orderBy("code").toArray()).map((c) => [c.code, c.currency, c.amountMinor])).toEqual([["HT-C", "CNY", 123], ["HT-X", "XTS", 1234]]);
  });

  test("re-importing an existing JPY contract from a sheet without a currency column keeps its amounts (no ×100)", async () => {
    const db = await ledgerWithJpyContract();
    const before = await stored(db);
    expect(before).toEqual([["HT-1", "JPY", 10_000, [5000, 5000], [3000]]]);
    const sheet = [HEADERS_NO_CURRENCY, ["HT-1", "Sato KK", 1, "2026-03-31", 5000, "3,000"], ["HT-1", "Sato KK", 2, "2026-06-30", "5000", ""]];
    const { mapping } = recogniseHeaders(sheet[0]);

    const prepared = await prepareImport(sheet.slice(1), mapping, inCny);
    const preview = await previewImport(db, prepared.rows, inCny);
    expect(preview.currencies.get("HT-1")).toBe("JPY"); // the pane shows these rows in yen
    expect([preview.updated, preview.unchanged]).toEqual([0, 2]);

    const r = await importGrid(db, sheet.slice(1), mapping, inCny);
    expect(r.refusals).toEqual([]);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 0, 2]);
    expect(await stored(db)).toEqual(before);

    // A changed installment is read in yen too.
    const changed = await importGrid(db, [["HT-1", "Sato KK", 2, "2026-06-30", 6000, ""]], mapping, inCny);
    expect(changed.updated).toBe(1);
    expect(await stored(db)).toEqual([["HT-1", "JPY", 10_000, [5000, 6000], [3000]]]);
  });

  test("an amount too precise for the existing contract's currency is refused when the ledger is read, with its row number, in both languages", async () => {
    const db = await ledgerWithJpyContract();
    const before = await stored(db);
    const sheet = [
      ["合同编号", "客户", "期次", "到期日", "应收金额(万元)"],
      ["HT-1", "Sato KK", 1, "2026-03-31", "0.5"], // ¥5,000: unchanged
      ["HT-1", "Sato KK", 2, "2026-06-30", "0.50001"], // ¥5,000.1: finer than a yen
    ];
    const { mapping } = recogniseHeaders(sheet[0]);
    const prepared = await prepareImport(sheet.slice(1), mapping, inCny);
    expect(prepared.refusals).toEqual([]); // 0.50001 万 is a whole number of fen: only the ledger says HT-1 is in yen
    const r = await importGrid(db, sheet.slice(1), mapping, inCny);
    expect(r.refusals.map((x) => [x.row, x.code, x.field])).toEqual([[3, "tooPrecise", "installmentAmount"]]);
    expect(refusalMessage(r.refusals[0], "en")).toBe(
      "Row 3: Installment amount 0.50001 ×10,000 (ten thousands) has more decimal places than the currency allows; round it in the sheet.",
    );
    expect(refusalMessage(r.refusals[0], "zh")).toBe("第 3 行：应收金额 0.50001 ×10,000（万）换算后的小数位数超过币种允许的位数，请先在表格中取整。");
    expect(r.unchanged).toBe(1);
    expect(await stored(db)).toEqual(before);
  });

  test("rows of one contract are compared exactly: under default JPY, 12.34 and 12.3 USD disagree; 1000 and \"1,000.00\" agree", async () => {
    const sheet = [
      ["合同编号", "客户", "币种", "合同金额", "期次", "到期日", "应收金额"],
      ["HT-U", "Acme", "USD", "12.34", 1, "2026-03-31", 6],
      ["HT-U", "Acme", "USD", "12.3", 2, "2026-04-30", 6.34], // row 3
      ["HT-J", "Sato KK", "JPY", 1000, 1, "2026-03-31", 400],
      ["HT-J", "Sato KK", "JPY", "1,000.00", 2, "2026-04-30", 600],
    ];
    const { rows, refusals } = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inJpy);
    expect(refusals.map((r) => refusalMessage(r, "en"))).toEqual(["Row 3: Contract amount differs from an earlier row of the same contract: 12.3."]);
    expect(rows.map((r) => r.row)).toEqual([2, 4, 5]);
  });
});

describe("a contract's currency is not changed by an import", () => {
  test("a row naming another currency than the stored contract's is refused in both languages; nothing of it is written", async () => {
    const db = await ledgerWithJpyContract();
    const before = await stored(db);
    const [contractBefore] = await db.contracts.toArray();
    const sheet = [
      ["合同编号", "客户", "币种", "期次", "到期日", "应收金额", "回款金额"],
      ["HT-1", "Sato KK", "美元", 1, "2026-03-31", 50, 50], // row 2: HT-1 is in JPY
      ["HT-2", "Acme", "USD", 1, "2026-03-31", 50, ""], // row 3: a new contract, imported
    ];
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inCny);
    expect(r.refusals.map((x) => [x.row, x.code, x.field])).toEqual([[2, "currencyChange", "currency"]]);
    expect(refusalMessage(r.refusals[0], "en")).toBe("Row 2: The contract HT-1 is in JPY; this row says USD — a contract's currency cannot change by import.");
    expect(refusalMessage(r.refusals[0], "zh")).toBe("第 2 行：合同 HT-1 的币种是 JPY，本行为 USD——导入不能更改合同的币种。");
    expect(r.created).toBe(1);
    const ht1 = await db.contracts.where("code").equals("HT-1").first();
    expect(ht1).toEqual(contractBefore);
    expect((await stored(db)).filter(([code]) => code === "HT-1")).toEqual(before);
    expect((await stored(db)).filter(([code]) => code === "HT-2")).toEqual([["HT-2", "USD", 5000, [5000], []]]);
  });

  test("a row naming the contract's own currency imports as usual", async () => {
    const db = await ledgerWithJpyContract();
    const sheet = [["合同编号", "客户", "币种", "期次", "到期日", "应收金额"], ["HT-1", "Sato KK", "日元", 2, "2026-06-30", 7000]];
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inCny);
    expect(r.refusals).toEqual([]);
    expect(await stored(db)).toEqual([["HT-1", "JPY", 10_000, [5000, 7000], [3000]]]);
  });
});

describe("amounts in a 万元 column, in the contract's currency", () => {
  const HEADERS = ["合同编号", "客户", "币种", "合同金额(万元)", "到期日"];

  test("1.5 万 yen is ¥15,000; text 0.00001 万 in JPY (¥0.1) is refused as too precise, while in CNY it is 0.10", async () => {
    const db = freshDb();
    const sheet = [
      HEADERS,
      ["HT-1", "Sato KK", "JPY", "1.5", "2026-03-31"],
      ["HT-2", "Sato KK", "JPY", 1.5, "2026-03-31"],
      ["HT-3", "Sato KK", "JPY", "0.00001", "2026-03-31"], // row 4
      ["HT-4", "华东建设", "CNY", "0.00001", "2026-03-31"],
    ];
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inCny);
    expect(r.refusals.map((x) => [x.row, x.code, x.field, x.multiplier])).toEqual([[4, "tooPrecise", "contractAmount", 10_000]]);
    expect((await db.contracts.orderBy("code").toArray()).map((c) => [c.code, c.amountMinor])).toEqual([["HT-1", 15_000], ["HT-2", 15_000], ["HT-4", 10]]);
  });

  test("a number cell such as =100/3 in a 万元 CNY column is rounded (333,333.33), as it would be at ×1; the same digits as text are refused", async () => {
    const db = freshDb();
    const sheet = [
      HEADERS,
      ["HT-1", "华东建设", "CNY", 100 / 3, "2026-03-31"],
      ["HT-2", "华东建设", "CNY", 100 / 1.13, "2026-03-31"], // 88.4955752212389 万 = 884,955.752212389 → 884,955.75
      ["HT-3", "华东建设", "CNY", "33.3333333", "2026-03-31"], // row 4: text finer than a fen
    ];
    const r = await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, inCny);
    expect(r.refusals.map((x) => [x.row, x.code])).toEqual([[4, "tooPrecise"]]);
    expect((await db.contracts.orderBy("code").toArray()).map((c) => [c.code, c.amountMinor])).toEqual([["HT-1", 33_333_333], ["HT-2", 88_495_575]]);
  });

  test("reading alone: number cells round half away from zero after exact scaling; text is exact or refused", () => {
    expect(readImportAmount(100 / 3, 2, 10_000)).toEqual({ minor: 33_333_333 });
    expect(readImportAmount(0.000005, 2, 10_000)).toEqual({ minor: 5 }); // 0.05 元
    expect(readImportAmount(0.0000005, 2, 10_000)).toEqual({ minor: 1 }); // 0.005 元: half a fen, away from zero
    expect(readImportAmount(0.00000049, 2, 10_000)).toEqual({ minor: 0 });
    expect(readImportAmount(0.00005, 0, 10_000)).toEqual({ minor: 1 }); // ¥0.5
    expect(readImportAmount("0.00005", 0, 10_000)).toEqual({ problem: "tooPrecise", multiplier: 10_000 });
    expect(readImportAmount("(2.5)", 0)).toEqual({ minor: -3 });
    expect(readImportAmount("1.2345", 3)).toEqual({ minor: 1235 });
    expect(readImportAmount("0.0015万", 3)).toEqual({ minor: 15_000 }); // 15 KWD
  });
});
