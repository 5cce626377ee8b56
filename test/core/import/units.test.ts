import fc from "fast-check";
import { fieldForHeader, headerMultiplier, readHeader, recogniseHeaders, remapField, setMultiplier } from "../../../src/core/import/headers";
import { importGrid, prepareImport } from "../../../src/core/import/importer";
import { refusalMessage } from "../../../src/core/import/messages";
import { multiplierLabel } from "../../../src/core/import/units";
import { type ImportAmount, minorOfAmount, readImportAmount, readImportMinor, readImportNumber } from "../../../src/core/import/values";
import { LedgerDb } from "../../../src/core/store/db";

let dbSeq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-units-test-${++dbSeq}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };

/** A prepared row's amount (kept exact until its currency is known) in fen. */
const inCny = (a: ImportAmount | undefined): number | undefined => {
  const m = a === undefined ? undefined : minorOfAmount(a, 2);
  return m !== undefined && "minor" in m ? m.minor : undefined;
};

describe("a money column's header states the unit of its values", () => {
  test.each([
    ["合同金额(万元)", "contractAmount", 10_000],
    ["应收金额（万元）", "installmentAmount", 10_000],
    ["回款金额【千元】", "receivedAmount", 1_000],
    ["合同金额［百万元］", "contractAmount", 1_000_000],
    ["合同金额(亿元)", "contractAmount", 100_000_000],
    ["金额（单位：万元）", "contractAmount", 10_000],
    ["合同金额（含税，万元）", "contractAmount", 10_000],
    ["合同金额(人民币万元)", "contractAmount", 10_000],
    ["合同金额万元", "contractAmount", 10_000],
    ["金额/万元", "contractAmount", 10_000],
    ["应收金额_千元", "installmentAmount", 1_000],
    ["Contract amount (in thousands)", "contractAmount", 1_000],
    ["Amount (000s)", "contractAmount", 1_000],
    ["Amount ('000)", "contractAmount", 1_000],
    ["Amount (USD '000)", "contractAmount", 1_000],
    ["Amount (k)", "contractAmount", 1_000],
    ["Amount (USD m)", "contractAmount", 1_000_000],
    ["Received amount (millions)", "receivedAmount", 1_000_000],
    ["Contract amount in thousands", "contractAmount", 1_000],
    ["Amount, USD m", "contractAmount", 1_000_000],
    ["ＡＭＯＵＮＴ（ＵＳＤ　ｍ）", "contractAmount", 1_000_000],
  ])("%s → %s ×%d", (header, field, multiplier) => {
    expect(readHeader(header)).toEqual({ field, multiplier });
  });

  test.each([["合同金额(元)"], ["合同金额（元）"], ["合同金额(含税)"], ["Amount (CNY)"], ["Amount (USD)"], ["金额（人民币元）"], ["合同金额"], ["金额(%)"]])(
    "%s keeps ×1: a plain currency or a note is no magnitude",
    (header) => {
      expect(readHeader(header)).toEqual({ field: "contractAmount", multiplier: 1 });
    },
  );

  test("a unit on a field that is not money is ignored", () => {
    expect(readHeader("备注(万元)")).toEqual({ field: "notes", multiplier: 1 });
  });

  test("two different magnitudes in one header leave it unrecognised rather than picking one", () => {
    expect(fieldForHeader("金额(万元)(千元)")).toBeUndefined();
    expect(headerMultiplier("金额(万元)(千元)")).toBe(1);
  });

  test("a letter glued to an English name is no unit: 'Amountk' is not recognised", () => {
    expect(fieldForHeader("Amountk")).toBeUndefined();
  });

  test("an unrecognised header still reports its unit, for a column mapped by hand", () => {
    expect(readHeader("合同总价(万元)")).toEqual({ multiplier: 10_000 });
    expect(readHeader("合同总价万元")).toEqual({ multiplier: 10_000 });
  });

  test("recognition puts each money column's multiplier in the mapping, and none when there is none", () => {
    const { mapping } = recogniseHeaders(["合同编号", "客户", "合同金额(万元)", "到期日", "应收金额（千元）", "回款金额(元)"]);
    expect(mapping).toEqual({
      contractCode: 0, customer: 1, contractAmount: 2, dueDate: 3, installmentAmount: 4, receivedAmount: 5,
      multipliers: { contractAmount: 10_000, installmentAmount: 1_000 },
    });
    expect("multipliers" in recogniseHeaders(["合同编号", "金额(含税)"]).mapping).toBe(false);
  });

  test("remapping by hand: a money field takes its new column's unit, the others keep theirs", () => {
    const headers = ["合同编号", "合同金额(万元)", "合同总价(千元)", "应收金额(万元)", "备注"];
    const { mapping } = recogniseHeaders(headers);
    expect(mapping.multipliers).toEqual({ contractAmount: 10_000, installmentAmount: 10_000 });
    const moved = remapField(mapping, "contractAmount", 2, headers);
    expect(moved).toEqual({ contractCode: 0, contractAmount: 2, installmentAmount: 3, notes: 4, multipliers: { contractAmount: 1_000, installmentAmount: 10_000 } });
    const plain = remapField(moved, "contractAmount", 4, headers); // takes the notes column, which has no unit
    expect(plain).toEqual({ contractCode: 0, contractAmount: 4, installmentAmount: 3, multipliers: { installmentAmount: 10_000 } });
    expect(remapField(plain, "installmentAmount", undefined, headers)).toEqual({ contractCode: 0, contractAmount: 4 });
  });

  test("the unit of a mapped money field can be set by hand, and ×1 removes it", () => {
    const m = setMultiplier({ contractCode: 0, contractAmount: 1 }, "contractAmount", 1e8);
    expect(m).toEqual({ contractCode: 0, contractAmount: 1, multipliers: { contractAmount: 100_000_000 } });
    expect(setMultiplier(m, "contractAmount", 1)).toEqual({ contractCode: 0, contractAmount: 1 });
    expect(() => setMultiplier(m, "contractAmount", 3)).toThrow(/multiplier/);
  });

  test("the unit is shown as a multiplier in both languages", () => {
    expect(multiplierLabel(10_000, "en")).toBe("×10,000 (ten thousands)");
    expect(multiplierLabel(10_000, "zh")).toBe("×10,000（万）");
    expect(multiplierLabel(100_000_000, "zh")).toBe("×100,000,000（亿）");
    expect(multiplierLabel(1, "en")).toBe("×1");
  });
});

describe("scaling amounts exactly", () => {
  test.each([
    ["1.2345", 10_000, 1_234_500], // 12,345.00
    [1.2345, 10_000, 1_234_500],
    ["12.3456", 10_000, 12_345_600], // 123,456.00
    [12.3456, 10_000, 12_345_600],
    ["0.000001", 10_000, 1], // 0.01
    ["1,234.5", 1_000, 123_450_000], // 1,234,500.00
    ["3", 100_000_000, 30_000_000_000], // 300,000,000.00
    ["0.07", 1_000_000, 7_000_000], // 70,000.00 (0.07 × 1e6 × 100 is 7000000.000000001 in floating point)
    [0.1 + 0.2, 10_000, 300_000], // a computed cell as Excel shows it: 0.3 万
    ["¥12.5", 10_000, 12_500_000],
  ])("%p in a ×%d column is %d minor units", (cell, multiplier, minor) => {
    expect(readImportMinor(cell, 2, multiplier)).toBe(minor);
  });

  test("a text value that is not a whole number of minor units once scaled is refused, not rounded", () => {
    expect(readImportAmount("0.0000001", 2, 10_000)).toEqual({ problem: "tooPrecise", multiplier: 10_000 });
    expect(readImportAmount("12.3456789", 2, 10_000)).toEqual({ problem: "tooPrecise", multiplier: 10_000 });
    // With no unit an amount is rounded on entry, as before.
    expect(readImportMinor("1,234.565", 2)).toBe(123_457);
  });

  // Decimal text of an integer mantissa with `decimals` digits after the point, written independently of the code under test.
  const decimalText = (mantissa: bigint, decimals: number): string => {
    const digits = mantissa.toString().padStart(decimals + 1, "0");
    return decimals === 0 ? digits : `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  };

  test("property: x in a ×10ᵏ column equals x × 10ᵏ written out as plain decimal text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(3, 4, 6, 8), fc.bigInt({ min: 0n, max: 10n ** 11n }), fc.nat({ max: 10 }),
        (k, mantissa, rawDecimals) => {
          const decimals = rawDecimals % (k + 3); // at most k + 2 decimals: whole minor units once scaled
          const x = decimalText(mantissa, decimals);
          const xScaled = decimalText(mantissa * 10n ** BigInt(k), decimals); // same digits, point moved k places
          const scaled = readImportMinor(x, 2, 10 ** k);
          expect(scaled).toBe(readImportMinor(xScaled, 2, 1));
          const exact = (mantissa * 10n ** BigInt(k + 2)) / 10n ** BigInt(decimals);
          if (exact > BigInt(Number.MAX_SAFE_INTEGER)) expect(scaled).toBeUndefined(); // too large to hold exactly: refused, not approximated
          else expect(scaled).toBe(Number(exact));
        },
      ),
      { numRuns: 500 },
    );
  });

  test("property: 万元 values with more decimals than a fen allows are refused, never rounded", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: 7, max: 12 }), (m, decimals) => {
        const mantissa = m % 10n === 0n ? m + 1n : m; // the last decimal is not zero
        expect(readImportAmount(decimalText(mantissa, decimals), 2, 10_000)).toEqual({ problem: "tooPrecise", multiplier: 10_000 });
      }),
      { numRuns: 200 },
    );
  });

  test("an amount too large to hold exactly is not a number", () => {
    expect(readImportAmount("1000000000", 2, 100_000_000)).toEqual({ problem: "notANumber", multiplier: 100_000_000 });
  });
});

describe("a unit written in the cell", () => {
  test.each([
    ["12.5万", 12_500_000], ["12.5 万元", 12_500_000], ["3亿", 30_000_000_000], ["3亿元", 30_000_000_000], ["1.5千", 150_000],
    ["2.5k", 250_000], ["2.5K", 250_000], ["¥1,234.5万", 1_234_500_000], ["(1.5万)", -1_500_000], ["(1.5)万", -1_500_000], ["12.34567万", 12_345_670],
  ])("%p in a column without a unit is %d minor units", (cell, minor) => {
    expect(readImportMinor(cell, 2)).toBe(minor);
  });

  test("the cell's unit also applies to the plain number", () => {
    expect(readImportNumber("12.5万")).toBe(125_000);
  });

  test.each([["12.5M"], ["12.5m"], ["3bn"], ["三十万"], ["万"]])("%p is not a number (M is thousand in some ledgers, million in others)", (cell) => {
    expect(readImportMinor(cell, 2)).toBeUndefined();
  });

  test("in a 万元 column a cell naming 万 is read once; a cell naming another unit is refused", () => {
    expect(readImportMinor("12.5万", 2, 10_000)).toBe(12_500_000);
    expect(readImportAmount("12.5元", 2, 10_000)).toEqual({ problem: "unitConflict", multiplier: 10_000 });
    expect(readImportAmount("1250千", 2, 10_000)).toEqual({ problem: "unitConflict", multiplier: 10_000 });
  });

  test("too many decimals for a fen once the cell's own unit is applied are refused", () => {
    expect(readImportAmount("0.0000001万", 2)).toEqual({ problem: "tooPrecise", multiplier: 10_000 });
  });
});

describe("importing a sheet whose amounts are in 万元", () => {
  test("stores exact minor amounts; installments add up to the contract amount; received amounts are scaled too", async () => {
    const db = freshDb();
    const sheet: unknown[][] = [
      ["合同编号", "客户", "合同金额(万元)", "期次", "到期日", "应收金额(万元)", "回款金额（万元）"],
      ["HT-1", "华东建设", 100.5, 1, "2026-03-31", "40.2", 10.05],
      ["HT-1", "华东建设", 100.5, 2, "2026-06-30", 60.3, ""],
      ["HT-2", "北方电力", "", 1, "2026-04-30", "12.3456", "0.000001"],
      ["HT-2", "北方电力", "", 2, "2026-05-31", "0.0000001", ""], // row 5: not a whole fen
      ["HT-2", "北方电力", "", 3, "2026-07-31", "7.5", ""],
    ];
    const { mapping } = recogniseHeaders(sheet[0]);
    expect(mapping.multipliers).toEqual({ contractAmount: 10_000, installmentAmount: 10_000, receivedAmount: 10_000 });

    const result = await importGrid(db, sheet.slice(1), mapping, opts);
    expect(result.refusals.map((r) => [r.row, r.code, r.field])).toEqual([[5, "tooPrecise", "installmentAmount"]]);

    const contracts = await db.contracts.orderBy("code").toArray();
    // 100.5 万 = 1,005,000.00; HT-2 has no contract amount: the sum of its installments, 123,456.00 + 75,000.00.
    expect(contracts.map((c) => [c.code, c.amountMinor])).toEqual([["HT-1", 100_500_000], ["HT-2", 19_845_600]]);
    const installments = await db.installments.toArray();
    const of = (code: string) => installments.filter((i) => i.contractId === contracts.find((c) => c.code === code)!.id).sort((a, b) => a.seq - b.seq);
    expect(of("HT-1").map((i) => [i.seq, i.amountMinor])).toEqual([[1, 40_200_000], [2, 60_300_000]]);
    expect(of("HT-2").map((i) => [i.seq, i.amountMinor])).toEqual([[1, 12_345_600], [3, 7_500_000]]);
    for (const c of contracts) expect(of(c.code).reduce((s, i) => s + i.amountMinor, 0)).toBe(c.amountMinor);
    const receipts = (await db.receipts.toArray()).map((r) => r.amountMinor).sort((a, b) => a - b);
    expect(receipts).toEqual([1, 10_050_000]); // 0.000001 万 = 0.01; 10.05 万 = 100,500.00
  });

  test("the same sheet in 元 with plain numbers imports the same amounts", async () => {
    const inWan = [["合同编号", "客户", "合同金额(万元)", "到期日"], ["HT-9", "甲", "12.3456", "2026-03-31"]];
    const inYuan = [["合同编号", "客户", "合同金额", "到期日"], ["HT-9", "甲", "123456", "2026-03-31"]];
    const stored = async (sheet: unknown[][]) => {
      const db = freshDb();
      await importGrid(db, sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
      return [(await db.contracts.toArray()).map((c) => c.amountMinor), (await db.installments.toArray()).map((i) => i.amountMinor)];
    };
    expect(await stored(inWan)).toEqual([[12_345_600], [12_345_600]]);
    expect(await stored(inYuan)).toEqual(await stored(inWan));
  });

  test("an English sheet in thousands", async () => {
    const sheet = [["Contract code", "Customer", "Contract amount (in thousands)", "Due date", "Received (USD '000)"], ["C-1", "Acme", "1,250.5", "2026-03-31", 200]];
    const { rows } = await prepareImport(sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(rows.map((r) => [inCny(r.contractAmount), inCny(r.installmentAmount), inCny(r.receivedAmount)])).toEqual([[125_050_000, 125_050_000, 20_000_000]]);
  });

  test("a refused value's reason names the unit, in both languages", async () => {
    const sheet = [["合同编号", "客户", "到期日", "应收金额(万元)"], ["HT-1", "甲", "2026-03-31", "0.0000001"], ["HT-2", "甲", "2026-03-31", "12.5元"]];
    // Without a currency column, 0.0000001 万 is found too precise once HT-1's currency is known (when the ledger is read).
    const { refusals } = await importGrid(freshDb(), sheet.slice(1), recogniseHeaders(sheet[0]).mapping, opts);
    expect(refusals.map((r) => refusalMessage(r, "en"))).toEqual([
      "Row 2: Installment amount 0.0000001 ×10,000 (ten thousands) has more decimal places than the currency allows; round it in the sheet.",
      "Row 3: Installment amount 12.5元 names a unit other than its column's ×10,000 (ten thousands); write the number alone.",
    ]);
    expect(refusals.map((r) => refusalMessage(r, "zh"))).toEqual([
      "第 2 行：应收金额 0.0000001 ×10,000（万）换算后的小数位数超过币种允许的位数，请先在表格中取整。",
      "第 3 行：应收金额 12.5元 自带的单位与该列的单位×10,000（万）不一致，请只填写数字。",
    ]);
  });

  test("a mapping without multipliers imports 万元 values as they are written (×1): the unit lives in the mapping", async () => {
    const sheet = [["合同编号", "客户", "合同金额(万元)", "到期日"], ["HT-1", "甲", "12.5", "2026-03-31"]];
    const { multipliers: _dropped, ...bare } = recogniseHeaders(sheet[0]).mapping;
    const { rows } = await prepareImport(sheet.slice(1), bare, opts);
    expect(rows.map((r) => inCny(r.contractAmount))).toEqual([1_250]);
  });
});
