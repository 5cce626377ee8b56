import { columnNumberFormats, displayNoteMessage, displayScale, firstNumberRows, formatCellsBeyondSample, recogniseWithFormats, withDisplayDefaults } from "../../../src/core/import/displayScale";
import { multiplierOfField, recogniseHeaders, setMultiplier } from "../../../src/core/import/headers";
import { importGrid } from "../../../src/core/import/importer";
import { LedgerDb } from "../../../src/core/store/db";

/**
 * Expected divisors are worked out by hand from Excel's format rules: a comma after the last digit
 * placeholder ÷1,000 each; a literal "." before the last k integer digits ÷10^k (the 万 trick,
 * 0!.0,"万" = ÷10³ then ÷10¹); each % ×100. 123456 under 0!.0,"万" shows "12.3万" = 123456 ÷ 10⁴.
 */
describe("how an Excel number format scales the display of stored values", () => {
  test.each<[string, number]>([
    ["General", 1],
    ["#,##0", 1],
    ["#,##0.00", 1],
    ["0", 1],
    ["#,##0,", 1e3],
    ["#,##0,,", 1e6],
    ["#,##0,,,", 1e9],
    ['#,##0,"K"', 1e3],
    ['#,##0.0,,"M"', 1e6],
    ['#,##0.00,"千"', 1e3],
    ['0,"千元"', 1e3],
    ["#,##0,;(#,##0,)", 1e3],
    ['0!.0,"万"', 1e4], // 123456 → "12.3万"
    ['#0!.0,"万元"', 1e4],
    ['0"."0,"万元"', 1e4],
    ['0\\.0,"万"', 1e4],
    ['0!.0000"万元"', 1e4], // no comma: the dot goes four digits from the right
    ['0"."0000"万元"', 1e4],
    ["0!.00,", 1e5], // 十万
    ['0!.00,,"亿元"', 1e8],
    ['0.00,,"万元"\n%', 1e4], // ÷10⁶ ×10², the % hidden on a second line
    ["#,###,,.00%", 1e4],
    ['[>=10000]0!.0,"万";0', 1e4], // the first section, for the large amounts
    ['[Red]#,##0,"K";[Red](#,##0,"K")', 1e3],
    ['#,##0.00"万元"', 1], // a label only: the cells hold 万 already
    ['General"万元"', 1],
    ['"¥"#,##0.00', 1],
    ["[$¥-804]#,##0.00", 1],
    ['_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)', 1],
    ['#"."###"."###', 1], // two literal dots: a digit grouping, not a decimal point
    ["yyyy-mm-dd", 1],
    ["@", 1],
    ["0.00E+00", 1],
    ["0.00%", 0.01],
  ])("%j divides the display by %d", (format, divisor) => {
    const scale = displayScale(format);
    expect(scale.divisor).toBeCloseTo(divisor, 12);
    expect(10 ** scale.exponent).toBeCloseTo(divisor, 12);
  });

  test("blank and missing formats do not scale", () => {
    for (const f of [undefined, null, "", "  "]) expect(displayScale(f)).toEqual({ exponent: 0, divisor: 1 });
  });

  test.each<[string, string | undefined, number | undefined]>([
    ['0!.0,"万"', "万", 4],
    ['#,##0.00"万元"', "万元", 4],
    ['#,##0,"K"', "K", 3],
    ['#,##0.0,,"M"', "M", 6],
    ['0!.00,,"亿元"', "亿元", 8],
    ['0.00,,"万元"\n%', "万元", 4],
    ["#,##0,", undefined, undefined],
    ['"¥"#,##0.00', undefined, undefined], // a currency sign is no magnitude
    ['#,##0.00"元"', undefined, undefined],
    ['#,##0.00_);(#,##0.00)', undefined, undefined],
  ])("%j shows the unit word %j", (format, text, exponent) => {
    const { unitWord } = displayScale(format);
    expect(unitWord?.text).toBe(text);
    expect(unitWord?.exponent).toBe(exponent);
  });
});

describe("each column's number format is that of its first number cell", () => {
  test("blank and text cells are skipped; a column without numbers has none; no formats (a file) gives none", () => {
    const rows = [
      ["HT-1", "", "n/a", ""],
      ["HT-2", 1234567, 5, ""],
      ["HT-3", 7654321, 6, ""],
    ];
    const formats = [
      ["@", "General", "General", "General"],
      ["General", '0!.0,"万"', "#,##0", "General"],
      ["General", "#,##0", "0.00", "General"],
    ];
    expect(columnNumberFormats(rows, formats, 4)).toEqual([undefined, '0!.0,"万"', "#,##0", undefined]);
    expect(columnNumberFormats(rows, undefined, 4)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test("a column's first number below the sampled formats takes its format from that cell read on its own", () => {
    // Only the first 2 data rows' formats were sampled; 金额 (column 1) has its first number at row 4.
    const rows = [
      ["HT-1", "", 10],
      ["HT-2", "待定", 20],
      ["HT-3", "", 30],
      ["HT-4", "", 40],
      ["HT-5", 1234567, 50],
      ["HT-6", 7654321, 60],
    ];
    const sampled = [
      ["General", "General", "#,##0"],
      ["General", "@", "0.00"],
    ];
    const cells = [
      { row: 5, column: 1, format: "#,##0" }, // a later cell than the first number: not the column's format
      { row: 4, column: 1, format: '0!.0,"万"' },
    ];
    expect(columnNumberFormats(rows, sampled, 3, cells)).toEqual([undefined, '0!.0,"万"', "#,##0"]);
    // Without that cell read, the column has no known format (not a guess from the sample).
    expect(columnNumberFormats(rows, sampled, 3)).toEqual([undefined, undefined, "#,##0"]);
    // A cell read on its own never replaces a sampled format, and files (no formats) still get none.
    expect(columnNumberFormats(rows, sampled, 3, [{ row: 0, column: 2, format: "0%" }])).toEqual([undefined, undefined, "#,##0"]);
    expect(columnNumberFormats(rows, undefined, 3, cells)).toEqual([undefined, undefined, undefined]);
  });
});

describe("which single cells to read a format from, beyond the sampled first rows", () => {
  /** 100 data rows; column c's first number is at row firstAt[c] (undefined: never a number). */
  function grid(firstAt: (number | undefined)[]): unknown[][] {
    return Array.from({ length: 100 }, (_, r) => firstAt.map((at) => (at !== undefined && r >= at ? 1000 + r : r % 2 === 0 ? "" : "n/a")));
  }

  test("each column's first number cell is found by row, skipping blanks and text", () => {
    expect(firstNumberRows(grid([0, 80, undefined, 49]), 4)).toEqual([0, 80, undefined, 49]);
    expect(firstNumberRows([], 2)).toEqual([undefined, undefined]);
  });

  test("only columns whose first number lies at or beyond the sample are read, one cell each", () => {
    // 50 rows sampled (rows 0–49): row 49 is inside, row 50 the first outside.
    expect(formatCellsBeyondSample(grid([0, 80, undefined, 49, 50]), 50, 5)).toEqual([
      { row: 80, column: 1 },
      { row: 50, column: 4 },
    ]);
  });

  test("when every column's first number is within the sample, nothing more is read", () => {
    expect(formatCellsBeyondSample(grid([0, 3, undefined, 49]), 50, 4)).toEqual([]);
    // A short range, entirely sampled.
    expect(formatCellsBeyondSample([["HT-1", 5], ["HT-2", 6]], 50, 2)).toEqual([]);
  });
});

describe("an amount column under a unit header whose cells only display that unit", () => {
  const headers = ["合同编号", "客户", "合同金额(万元)", "期次", "到期日", "应收金额(万元)"];
  const plain = [undefined, undefined, "#,##0.00", "General", "yyyy-mm-dd", "#,##0.00"];
  const displayedInWan = [undefined, undefined, '0!.0,"万"', "General", "yyyy-mm-dd", '0!.0,"万"'];

  test("a ÷10⁴ display format under 合同金额(万元) defaults the column to ×1, with a warning in English and Chinese", () => {
    const { mapping, notes } = recogniseWithFormats(headers, displayedInWan);
    expect(multiplierOfField(mapping, "contractAmount")).toBe(1);
    expect(multiplierOfField(mapping, "installmentAmount")).toBe(1);
    expect(notes.map((n) => [n.kind, n.field, n.column, n.format])).toEqual([
      ["storedInBase", "contractAmount", 2, '0!.0,"万"'],
      ["storedInBase", "installmentAmount", 5, '0!.0,"万"'],
    ]);
    const en = displayNoteMessage(notes[0], "en");
    expect(en).toContain("合同金额(万元): cells hold 元 and only display ten thousands (万)");
    expect(en).toContain('(format 0!.0,"万")');
    expect(en).toContain("importing ×10,000 (ten thousands) would be 10,000× too large");
    expect(en).toContain("the unit is set to ×1");
    const zh = displayNoteMessage(notes[0], "zh");
    expect(zh).toContain("合同金额(万元)：单元格存的是元，只是通过数字格式 0!.0,\"万\" 显示为万");
    expect(zh).toContain("按 ×10,000（万） 导入会大 10,000 倍");
    expect(zh).toContain("单位已设为 ×1");
  });

  test("a plain format under 合同金额(万元) keeps ×10,000 as before, without a note; so does a file (no formats)", () => {
    for (const formats of [plain, undefined]) {
      const { mapping, notes } = recogniseWithFormats(headers, formats);
      expect(multiplierOfField(mapping, "contractAmount")).toBe(10_000);
      expect(multiplierOfField(mapping, "installmentAmount")).toBe(10_000);
      expect(notes).toEqual([]);
      expect(mapping).toEqual(recogniseHeaders(headers).mapping);
    }
  });

  test("a label-only format 0.00\"万元\" under 合同金额(万元) agrees with the header: ×10,000, no note", () => {
    const { mapping, notes } = recogniseWithFormats(headers, [undefined, undefined, '#,##0.00"万元"', "General", "yyyy-mm-dd", "#,##0.00"]);
    expect(multiplierOfField(mapping, "contractAmount")).toBe(10_000);
    expect(notes).toEqual([]);
  });

  test("a ÷10⁴ display format under a header without a unit imports as stored (×1) with an informational note", () => {
    const { mapping, notes } = recogniseWithFormats(["合同编号", "合同金额"], [undefined, '0!.0,"万"']);
    expect(multiplierOfField(mapping, "contractAmount")).toBe(1);
    expect(notes.map((n) => n.kind)).toEqual(["displayedScaled"]);
    expect(displayNoteMessage(notes[0], "en")).toBe('合同金额: amounts are imported as stored (in 元), though the cells display them in ten thousands (万) (format 0!.0,"万").');
    expect(displayNoteMessage(notes[0], "zh")).toBe('合同金额：单元格通过数字格式 0!.0,"万" 显示为万，但存的是元；金额按存储值（元）导入。');
  });

  test("a label-only 万元 format under a header without a unit is imported ×1 and suggests ×10,000", () => {
    const { mapping, notes } = recogniseWithFormats(["合同编号", "合同金额"], [undefined, '#,##0.00"万元"']);
    expect(multiplierOfField(mapping, "contractAmount")).toBe(1);
    expect(notes.map((n) => n.kind)).toEqual(["labelledUnit"]);
    expect(displayNoteMessage(notes[0], "en")).toContain("set the unit to ×10,000 (ten thousands) if so");
    expect(displayNoteMessage(notes[0], "zh")).toContain("请将单位设为 ×10,000（万）");
  });

  test("an English ÷10⁶ format under Amount (USD m) defaults to ×1 too", () => {
    const { mapping, notes } = recogniseWithFormats(["Contract", "Amount (USD m)"], [undefined, '#,##0.0,,"M"']);
    expect(multiplierOfField(mapping, "contractAmount")).toBe(1);
    expect(displayNoteMessage(notes[0], "en")).toContain("importing ×1,000,000 (millions) would be 1,000,000× too large");
  });

  test("re-applying the defaults to one field leaves a unit the user set by hand on another", () => {
    const { mapping } = recogniseWithFormats(headers, displayedInWan);
    const byHand = setMultiplier(mapping, "installmentAmount", 10_000);
    const again = withDisplayDefaults(byHand, headers, displayedInWan, ["contractAmount"]);
    expect(multiplierOfField(again, "installmentAmount")).toBe(10_000);
    expect(multiplierOfField(again, "contractAmount")).toBe(1);
  });

  test("importing with the defaulted mapping stores the cells' 元, not 10,000 times them", async () => {
    const rows = [["HT-1", "华东建设", 1_234_567, 1, "2026-06-30", 234_567]];
    const db = new LedgerDb("display-scale-import");
    const { mapping } = recogniseWithFormats(headers, displayedInWan);
    await importGrid(db, rows, mapping, { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00Z", today: "2026-04-02" });
    expect((await db.contracts.toArray()).map((c) => c.amountMinor)).toEqual([123_456_700]);
    expect((await db.installments.toArray()).map((i) => i.amountMinor)).toEqual([23_456_700]);
  });
});
