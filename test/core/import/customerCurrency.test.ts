import { recogniseHeaders } from "../../../src/core/import/headers";
import { importGrid } from "../../../src/core/import/importer";
import { refusalMessage } from "../../../src/core/import/messages";
import { planImport } from "../../../src/core/import/plan";
import { importCurrency } from "../../../src/core/import/rows";
import { createCustomer } from "../../../src/core/store/customers";
import { LedgerDb } from "../../../src/core/store/db";

let seq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-currency-test-${++seq}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };

/*
 * A customer the import creates takes the currency of its first contract in the sheet, as its
 * credit currency; customers already in the ledger are left as they are.
 */
const HEADERS = ["合同编号", "客户编号", "客户", "币种", "金额", "签订日期", "到期日"];

async function importSheet(db: LedgerDb, rows: unknown[][], defaultCurrency = "CNY") {
  const { mapping } = recogniseHeaders(HEADERS);
  return importGrid(db, rows, mapping, { ...opts, currency: defaultCurrency });
}

const currencies = async (db: LedgerDb) => (await db.customers.orderBy("code").toArray()).map((c) => [c.code, c.currency, c.rev]);

describe("the currency of a customer created by an import", () => {
  test("is its first contract's currency from the sheet; a later contract in another currency does not change it", async () => {
    const db = freshDb();
    const r = await importSheet(db, [
      ["HT-1", "C-US", "Pacific Rim", "usd", 1000, "2026-01-05", "2026-03-31"],
      ["HT-2", "C-US", "Pacific Rim", "CNY", 2000, "2026-01-05", "2026-03-31"],
      ["HT-3", "C-HK", "Harbour Co", "HKD", 3000, "2026-01-05", "2026-03-31"],
    ]);
    expect(r.refusals).toEqual([]);
    expect(await currencies(db)).toEqual([["C-HK", "HKD", 1], ["C-US", "USD", 1]]);
  });

  test("is the import's default currency when the sheet gives none, as its contracts are", async () => {
    const db = freshDb();
    await importSheet(db, [["HT-1", "C-EU", "Euro GmbH", "", 1000, "2026-01-05", "2026-03-31"]], "EUR");
    expect(await currencies(db)).toEqual([["C-EU", "EUR", 1]]);
    expect((await db.contracts.toArray()).map((c) => c.currency)).toEqual(["EUR"]);
  });

  test("reads a currency written as a Chinese name (美元) as its code, for the contract and the new customer", async () => {
    const db = freshDb();
    await importSheet(db, [["HT-1", "C-X", "Some Co", "美元", 1000, "2026-01-05", "2026-03-31"]]);
    expect(await currencies(db)).toEqual([["C-X", "USD", 1]]);
    expect((await db.contracts.toArray()).map((c) => c.currency)).toEqual(["USD"]);
  });

  test("refuses a row whose currency is no currency, in both languages, and stores nothing of it", async () => {
    const db = freshDb();
    const r = await importSheet(db, [["HT-1", "C-X", "Some Co", "元宝", 1000, "2026-01-05", "2026-03-31"]]);
    expect(r.refusals.map((x) => x.code)).toEqual(["badCurrency"]);
    expect(refusalMessage(r.refusals[0], "en")).toBe("Row 2: Currency is not a currency the ledger knows (a code such as CNY, USD, EUR, or 人民币, 美元): 元宝.");
    expect(refusalMessage(r.refusals[0], "zh")).toMatch(/^第 2 行：币种不是可识别的币种/);
    expect(await db.contracts.count()).toBe(0);
  });

  test.each([["usd", "USD"], [" 人民币 ", "CNY"], ["RMB", "CNY"], ["￥", "CNY"], ["港币", "HKD"], ["日元", "JPY"], ["US Dollar", undefined], ["12", undefined]])(
    "reads the currency cell %j as %j",
    (text, code) => expect(importCurrency(text)).toBe(code),
  );

  test("an existing customer is not touched, whatever the currency of its imported contracts", async () => {
    const db = freshDb();
    await createCustomer(db, { code: "C-CN", name: "Huadong", currency: "CNY" });
    await db.customers.add({ rev: 1, updatedAt: "2026-01-01T00:00:00Z", code: "C-OLD", name: "Old Co" });
    await importSheet(db, [
      ["HT-1", "C-CN", "Huadong", "USD", 1000, "2026-01-05", "2026-03-31"],
      ["HT-2", "C-OLD", "Old Co", "USD", 1000, "2026-01-05", "2026-03-31"],
    ]);
    expect(await currencies(db)).toEqual([["C-CN", "CNY", 1], ["C-OLD", undefined, 1]]);
  });

  test("a new customer on an existing contract takes that contract's stored currency when the sheet gives none", () => {
    const at = "2026-01-01T00:00:00Z";
    const plan = planImport(
      [{ row: 2, contractCode: "HT-9", customerCode: "C-NEW", customerName: "New Owner Co" }],
      {
        customers: [{ id: 1, rev: 1, updatedAt: at, code: "C-1", name: "One" }],
        contracts: [{ id: 1, rev: 1, updatedAt: at, code: "HT-9", customerId: 1, title: "t", amountMinor: 1, currency: "JPY", signDate: "2026-01-01", terms: "", owner: "Li", status: "active", penalty: { kind: "none" } }],
        plans: [], installments: [], receipts: [], allocations: [],
        nextId: { customers: 2, contracts: 2, plans: 1, installments: 1, receipts: 1, allocations: 1 },
      },
      { now: at, today: "2026-01-01", currency: "CNY", owner: "" },
    );
    expect(plan.puts.customers.map((c) => [c.code, c.currency])).toEqual([["C-NEW", "JPY"]]);
    expect(plan.puts.contracts.map((c) => [c.code, c.customerId, c.currency])).toEqual([["HT-9", 2, "JPY"]]);
  });
});
