import { recogniseHeaders } from "../../src/core/import/headers";
import { importGrid } from "../../src/core/import/importer";
import { currencyFromText } from "../../src/core/currencies";
import { serialFromIso } from "../../src/core/dates";
import { agingTotals } from "../../src/core/ledger/dashboard";
import { ledgerCurrencies } from "../../src/core/ledger/currencyScope";
import { LedgerDb } from "../../src/core/store/db";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import { scenario } from "./ledger/scenario";

/*
 * An import before the currency cell was read stored the sheet's text upper-cased: "人民币",
 * "RMB". Such a contract is in CNY, and is grouped, totalled and re-imported as CNY.
 */
describe("a contract whose currency was stored as a name", () => {
  const asOf = serialFromIso("2026-03-10")!;
  const named = () => {
    const s = scenario();
    return { ...s, contracts: s.contracts.map((c) => (c.code === "HT-2" ? { ...c, currency: "人民币" } : c.code === "HT-3" ? { ...c, currency: "RMB" } : c)) };
  };

  test("is no currency of its own: the ledger has one currency, CNY, and its totals include it", () => {
    expect(ledgerCurrencies(named(), asOf).map((c) => c.currency)).toEqual(["CNY"]);
    expect(agingTotals(named(), asOf, "CNY")).toEqual(agingTotals(scenario(), asOf, "CNY"));
  });

  test("reads the common names and signs as codes, and nothing else", () => {
    expect(["人民币", "rmb", "￥", "美元", "港币", "jpy"].map(currencyFromText)).toEqual(["CNY", "CNY", "CNY", "USD", "HKD", "JPY"]);
    expect(["元宝", "US Dollar", "", "12"].map(currencyFromText)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test("is re-imported from a sheet that names it the same way, not refused as a change of currency", async () => {
    const db = new LedgerDb(`currency-names-${Date.now()}`);
    const headers = ["合同编号", "客户编号", "客户", "币种", "金额", "签订日期", "到期日"];
    const { mapping } = recogniseHeaders(headers);
    const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };
    await importGrid(db, [["HT-1", "C-1", "Acme", "CNY", 1000, "2026-01-05", "2026-03-31"]], mapping, opts);
    await db.contracts.toCollection().modify({ currency: "人民币" }); // as an older import stored it
    const again = await importGrid(db, [["HT-1", "C-1", "Acme", "人民币", 1000, "2026-01-05", "2026-03-31"]], mapping, opts);
    expect(again.refusals).toEqual([]);
    const s = await loadSnapshot(db);
    expect(s.installments.map((i) => i.amountMinor)).toEqual([100000]);
    db.close();
  });
});
