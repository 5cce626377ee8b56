import { agingFormulas, installmentLedgerTable, planVsActualTable, reminderLogTable } from "../../../src/core/export/ledgerReports";
import { headerValues, numberFormats, type SheetTable, sheetValues } from "../../../src/core/export/sheetTable";
import { columnLetters } from "../../../src/calc/engine";
import { calc } from "../../support/calc";
import { AS_OF, multiCurrencyLedger } from "./multiCurrencyLedger";

/** The cells of the named columns, row by row, as the workbook receives them. */
function written(table: SheetTable, headers: string[]): unknown[][] {
  const at = headers.map((h) => table.columns.findIndex((c) => c.header === h));
  return sheetValues(table).map((row) => at.map((i) => row[i]));
}

/** The number format of the named column, row by row. */
function formatsOf(table: SheetTable, header: string): string[] {
  const i = table.columns.findIndex((c) => c.header === header);
  return numberFormats(table).map((line) => line[i]);
}

describe("reports of a ledger in several currencies (CNY 2 digits, JPY 0, KWD 3)", () => {
  test("every ledger row carries its contract's currency and its amounts land in that currency's units: ¥1,200,000 is 1200000, not 12,000.00", () => {
    const table = installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF);
    expect(written(table, ["Contract", "Currency", "Amount", "Received", "Open"])).toEqual([
      ["HT-CN", "CNY", 1000, 600, 400],
      ["HT-CN", "CNY", 500, 0, 500],
      ["HT-JP", "JPY", 1_200_000, 200_000, 1_000_000],
      ["HT-JP", "JPY", 800_000, 0, 800_000],
      ["HT-KW", "KWD", 1.234, 0, 1.234],
    ]);
    for (const column of ["Amount", "Received", "Open"]) {
      expect(formatsOf(table, column)).toEqual(["#,##0.00", "#,##0.00", "#,##0", "#,##0", "#,##0.000"]);
    }
    expect(formatsOf(table, "Due")).toEqual(new Array(5).fill("yyyy-mm-dd"));
  });

  test("the Currency column stands between Due and Amount, in both languages", () => {
    expect(headerValues(installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF)).slice(3, 6)).toEqual(["Due", "Currency", "Amount"]);
    expect(headerValues(installmentLedgerTable(multiCurrencyLedger(), "zh", AS_OF)).slice(3, 6)).toEqual(["到期日", "币种", "应收金额"]);
  });

  test("plan vs actual is per currency and month: no month adds yen to yuan, and the cumulative columns restart with each currency", () => {
    const table = planVsActualTable(multiCurrencyLedger(), "en");
    // Raw rows in minor units: currency, month, planned, actual, difference, cumulative planned, cumulative actual, rate.
    expect(table.rows).toEqual([
      ["CNY", "2026-01", 1000_00, 0, -1000_00, 1000_00, 0, 0],
      ["CNY", "2026-02", 0, 600_00, 600_00, 1000_00, 600_00, 600_00 / 1000_00],
      ["CNY", "2026-03", 500_00, 0, -500_00, 1500_00, 600_00, 600_00 / 1500_00],
      ["JPY", "2026-01", 1_200_000, 200_000, -1_000_000, 1_200_000, 200_000, 200_000 / 1_200_000],
      ["JPY", "2026-02", 0, 0, 0, 1_200_000, 200_000, 200_000 / 1_200_000],
      ["JPY", "2026-03", 0, 0, 0, 1_200_000, 200_000, 200_000 / 1_200_000],
      ["JPY", "2026-04", 800_000, 0, -800_000, 2_000_000, 200_000, 200_000 / 2_000_000],
      ["KWD", "2026-02", 1_234, 0, -1_234, 1_234, 0, 0],
    ]);
    // In the workbook: yuan with two decimals, yen whole, dinars with three.
    expect(written(table, ["Currency", "Planned", "Cumulative planned"]).filter((r) => r[0] !== "CNY" || r[1] !== 0)).toEqual([
      ["CNY", 1000, 1000],
      ["CNY", 500, 1500],
      ["JPY", 1_200_000, 1_200_000],
      ["JPY", 0, 1_200_000],
      ["JPY", 0, 1_200_000],
      ["JPY", 800_000, 2_000_000],
      ["KWD", 1.234, 1.234],
    ]);
    expect(formatsOf(table, "Planned")).toEqual([...new Array(3).fill("#,##0.00"), ...new Array(4).fill("#,##0"), "#,##0.000"]);
    expect(formatsOf(table, "Collection rate")).toEqual(new Array(8).fill("0.0%"));
  });

  test("a receipt whose contract is missing has no currency and is in no plan-vs-actual row", () => {
    const s = multiCurrencyLedger();
    const orphan = { id: 9, contractId: 99, date: "2026-05-05", amountMinor: 7, method: "transfer" as const, rev: 1, updatedAt: "" };
    const table = planVsActualTable({ ...s, receipts: [...s.receipts, orphan] }, "en");
    expect(table.rows).toEqual(planVsActualTable(s, "en").rows);
  });

  test("a promised amount in the reminder log is in its contract's currency", () => {
    const table = reminderLogTable(multiCurrencyLedger(), "en");
    expect(written(table, ["Contract", "Currency", "Promised amount"])).toEqual([["HT-JP", "JPY", 300_000], ["HT-CN", "CNY", 250]]);
    expect(formatsOf(table, "Promised amount")).toEqual(["#,##0", "#,##0.00"]);
  });

  test("a code ISO 4217 does not list takes the digits configured for it as the default currency", () => {
    const s = multiCurrencyLedger();
    const xts = { ...s, contracts: s.contracts.map((c) => (c.code === "HT-KW" ? { ...c, currency: "XTS" } : c)) };
    const table = installmentLedgerTable(xts, "en", AS_OF, { code: "XTS", digits: 4 });
    expect(written(table, ["Currency", "Amount"]).at(-1)).toEqual(["XTS", 0.1234]);
    expect(formatsOf(table, "Amount").at(-1)).toBe("#,##0.0000");
  });

  test("the aging is one live block per currency, each AR.AGINGBY over its own currency's rows (FILTER on the Currency column)", () => {
    const table = installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF);
    const blocks = agingFormulas(table, "HuikuanLedger", "en");
    const filtered = (code: string) => ["Customer", "Due", "Open"].map((c) => `FILTER(HuikuanLedger[${c}],HuikuanLedger[Currency]="${code}","")`).join(",");
    expect(blocks).toEqual([
      { currency: "CNY", formula: `=AR.AGINGBY(${filtered("CNY")},TODAY())`, rows: 2, columns: 7, digits: 2 },
      { currency: "JPY", formula: `=AR.AGINGBY(${filtered("JPY")},TODAY(),,"JPY")`, rows: 2, columns: 7, digits: 0 },
      { currency: "KWD", formula: `=AR.AGINGBY(${filtered("KWD")},TODAY(),,"KWD")`, rows: 2, columns: 7, digits: 3 },
    ]);
  });

  test("with custom bounds, a block's currency follows the bounds' array constant", () => {
    const table = installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF);
    const formulas = agingFormulas(table, "HuikuanLedger", "en", [60]).map((b) => b.formula.slice(b.formula.indexOf("TODAY()")));
    expect(formulas).toEqual(["TODAY(),{60})", 'TODAY(),{60},"JPY")', 'TODAY(),{60},"KWD")']);
  });

  test("evaluated over the written ledger, each currency's aging block holds only that currency's open amounts, in its units", () => {
    const table = installmentLedgerTable(multiCurrencyLedger(), "en", AS_OF);
    const sheet = [headerValues(table), ...sheetValues(table)];
    const n = table.rows.length;
    // The workbook harness (HyperFormula) has no structured references, no TODAY() to pin and no
    // if_empty argument to FILTER: the formula is evaluated with each Ledger[Column] replaced by the
    // range the table's column covers, TODAY() by the as-of day and FILTER's `,""` dropped (every
    // currency here has rows, so it would not apply).
    const evaluate = (formula: string) =>
      calc(
        formula
          .replace(/HuikuanLedger\[([^\]]+)\]/g, (_, col: string) => {
            const c = columnLetters(table.columns.findIndex((x) => x.header === col));
            return `${c}2:${c}${n + 1}`;
          })
          .replace(/,""\)/g, ")")
          .replace("TODAY()", String(AS_OF)),
        sheet,
      );
    const [cny, jpy, kwd] = agingFormulas(table, "HuikuanLedger", "en");
    const header = ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"];
    // 2026-03-10: HT-CN's 400.00 open since 01-31 is 38 days late, its 500.00 not yet due.
    expect(evaluate(cny.formula)).toEqual([header, ["Acme", 500, 0, 400, 0, 0, 900]]);
    // HT-JP's ¥1,000,000 open since 01-20 is 49 days late, its ¥800,000 not yet due; the same
    // customer's yuan are not in its yen total.
    expect(evaluate(jpy.formula)).toEqual([header, ["Acme", 800_000, 0, 1_000_000, 0, 0, 1_800_000]]);
    // HT-KW's 1.234 dinars keep their third decimal (the block names KWD; two decimals would give 1.23).
    const [kwdRow] = (evaluate(kwd.formula) as unknown[][]).slice(1);
    expect(kwdRow.at(-1)).toBe(1.234);
  });

  test("a ledger in one currency keeps the formula over the whole columns, with its currency and digits", () => {
    const s = multiCurrencyLedger();
    const jpyOnly = { ...s, contracts: s.contracts.filter((c) => c.id === 2), installments: s.installments.filter((i) => i.contractId === 2) };
    const table = installmentLedgerTable(jpyOnly, "en", AS_OF);
    expect(agingFormulas(table, "HuikuanLedger", "en")).toEqual([
      { currency: "JPY", formula: '=AR.AGINGBY(HuikuanLedger[Customer],HuikuanLedger[Due],HuikuanLedger[Open],TODAY(),,"JPY")', rows: 2, columns: 7, digits: 0 },
    ]);
  });

  test("rows whose contract is missing have no currency, are in no aging block, and an empty ledger gets one block", () => {
    const s = multiCurrencyLedger();
    const cnyAndOrphans = { ...s, contracts: s.contracts.filter((c) => c.code === "HT-CN") }; // HT-JP's and HT-KW's rows lose their contract
    const table = installmentLedgerTable(cnyAndOrphans, "en", AS_OF);
    expect(written(table, ["Contract", "Currency"]).map((r) => r[1])).toEqual(["", "", "", "CNY", "CNY"]);
    expect(agingFormulas(table, "HuikuanLedger", "en").map((b) => [b.currency, b.formula.includes('HuikuanLedger[Currency]="CNY"')])).toEqual([["CNY", true]]);
    const empty = installmentLedgerTable({ ...s, contracts: [], installments: [] }, "en", AS_OF);
    expect(agingFormulas(empty, "HuikuanLedger", "en")).toEqual([
      { formula: "=AR.AGINGBY(HuikuanLedger[Customer],HuikuanLedger[Due],HuikuanLedger[Open],TODAY())", rows: 1, columns: 7, digits: 2 },
    ]);
  });
});
