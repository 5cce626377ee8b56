import { recogniseHeaders } from "../../../src/core/import/headers";
import { applyImport, importGrid, prepareImport, previewImport } from "../../../src/core/import/importer";
import { refusalMessage } from "../../../src/core/import/messages";
import { codeKey } from "../../../src/core/ledger/codeKey";
import { createCustomer } from "../../../src/core/store/customers";
import { LedgerDb } from "../../../src/core/store/db";

/*
 * A contract code (or a customer) typed in another letter case, with surrounding spaces or in
 * full-width characters is the same contract (customer) to the analyst who typed it: an import
 * must find it, not add a second one beside it.
 */

let seq = 0;
const freshDb = (): LedgerDb => new LedgerDb(`import-code-case-test-${++seq}`);
const opts = { firstRowNumber: 2, digits: 2, now: "2026-11-27T00:00:00.000Z", today: "2026-11-27", currency: "CNY", owner: "王经理" };

const HEADERS = ["合同编号", "客户", "合同金额", "签订日期", "期次", "到期日", "应收金额", "回款金额"];
const mapping = recogniseHeaders(HEADERS).mapping;
const importSheet = (db: LedgerDb, rows: unknown[][]) => importGrid(db, rows, mapping, opts);

/** HT-2026-001 of 华东建设, 1,000 in two installments, nothing received. */
const ORIGINAL = [
  ["HT-2026-001", "华东建设", 1000, "2026-01-05", 1, "2026-03-31", 400, ""],
  ["HT-2026-001", "华东建设", 1000, "2026-01-05", 2, "2026-06-30", 600, ""],
];

describe("codeKey", () => {
  test("gives one key to a code typed in another case, with surrounding or full-width spaces, or in full-width characters", () => {
    const key = codeKey("HT-2026-001");
    for (const typed of ["ht-2026-001", " HT-2026-001  ", "\u3000Ht-2026-001\u3000", "ＨＴ－２０２６－００１", "ｈｔ-2026-001\t"]) {
      expect(codeKey(typed)).toBe(key);
    }
  });

  test("keeps codes that differ in anything else apart, spaces inside included", () => {
    expect(codeKey("HT-2026-002")).not.toBe(codeKey("HT-2026-001"));
    expect(codeKey("HT 1")).not.toBe(codeKey("HT1"));
    expect(codeKey("HT-1")).not.toBe(codeKey("HT_1"));
  });

  test("is a key of itself, and folds full-width brackets and spaces of a Chinese name", () => {
    for (const s of ["HT-2026-001", "ＨＴ－００１", "İstanbul-1", "华东建设（集团）"]) expect(codeKey(codeKey(s))).toBe(codeKey(s));
    expect(codeKey("华东建设（集团）有限公司\u3000")).toBe(codeKey("华东建设(集团)有限公司"));
  });
});

describe("importing contract codes that differ only in case", () => {
  test("re-importing an update sheet whose codes are typed in lower case updates the stored contract, and the preview says so", async () => {
    const db = freshDb();
    await importSheet(db, ORIGINAL);
    const update = [
      ["ht-2026-001", "华东建设", 1000, "2026-01-05", 1, "2026-03-31", 400, 400], // the first installment paid
      ["ht-2026-001 ", "华东建设", 1000, "2026-01-05", 2, "2026-06-30", 600, ""],
    ];
    const prepared = await prepareImport(update, mapping, opts);
    expect(prepared.refusals).toEqual([]);
    const preview = await previewImport(db, prepared.rows, opts);
    expect(preview.outcomes).toEqual([{ row: 2, outcome: "update" }, { row: 3, outcome: "unchanged" }]);
    expect([preview.created, preview.updated, preview.unchanged]).toEqual([0, 1, 1]);

    const result = await applyImport(db, prepared.rows, opts);
    expect([result.created, result.updated, result.unchanged]).toEqual([0, 1, 1]);
    const contracts = await db.contracts.toArray();
    expect(contracts.map((c) => c.code)).toEqual(["HT-2026-001"]); // the stored spelling is kept
    expect(await db.installments.count()).toBe(2);
    const receipts = await db.receipts.toArray();
    expect(receipts.map((r) => [r.contractId, r.amountMinor])).toEqual([[contracts[0].id, 40_000]]);
  });

  test("a code stored in full-width characters (typed so in the pane) is updated by a sheet typing it half-width in another case", async () => {
    const db = freshDb();
    await importSheet(db, ORIGINAL);
    const stored = (await db.contracts.toArray())[0];
    await db.contracts.update(stored.id!, { code: "ＨＴ－２０２６－００１" });
    const r = await importSheet(db, [["ht-2026-001", "华东建设", 1000, "2026-01-05", 2, "2026-07-31", 600, ""]]);
    expect([r.created, r.updated, r.refusals]).toEqual([0, 1, []]);
    expect(await db.contracts.count()).toBe(1);
    const moved = await db.installments.where({ contractId: stored.id!, seq: 2 }).toArray();
    expect(moved.map((i) => i.dueDate)).toEqual(["2026-07-31"]);
  });

  test("a sheet holding both HT-1 and ht-1 makes one contract with the installments of both rows", async () => {
    const db = freshDb();
    const r = await importSheet(db, [
      ["HT-1", "甲", 1000, "2026-01-05", 1, "2026-03-31", 400, ""],
      ["ht-1", "甲", 1000, "2026-01-05", 2, "2026-06-30", 600, ""],
    ]);
    expect(r.refusals).toEqual([]);
    const contracts = await db.contracts.toArray();
    expect(contracts.map((c) => [c.code, c.amountMinor])).toEqual([["HT-1", 100_000]]);
    const installments = await db.installments.toArray();
    expect(installments.map((i) => [i.contractId, i.seq, i.amountMinor])).toEqual([[contracts[0].id, 1, 40_000], [contracts[0].id, 2, 60_000]]);
  });

  test("rows whose codes differ only in case and disagree on the contract amount: the later is refused as for one code", async () => {
    const { rows, refusals } = await prepareImport([
      ["HT-1", "甲", 1000, "2026-01-05", 1, "2026-03-31", 400, ""],
      ["ht-1", "甲", 1200, "2026-01-05", 2, "2026-06-30", 800, ""],
    ], mapping, opts);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(refusals.map((r) => [r.row, r.code, r.field])).toEqual([[3, "conflict", "contractAmount"]]);
  });

  test("the same installment under HT-1 and ht-1 is a repeated row, refused", async () => {
    const { rows, refusals } = await prepareImport([
      ["HT-1", "甲", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""],
      ["ht-1", "甲", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""],
    ], mapping, opts);
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(refusals.map((r) => [r.row, r.code])).toEqual([[3, "duplicateKey"]]);
  });
});

describe("a ledger holding two contracts whose codes differ only in case", () => {
  /** HT-1 and ht-1, each with one installment, as a ledger from before the store refused such twins. */
  async function twins(db: LedgerDb): Promise<void> {
    await importSheet(db, [
      ["HT-1", "甲", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""],
      ["HT-2", "乙", 2000, "2026-01-05", 1, "2026-03-31", 2000, ""],
    ]);
    const second = await db.contracts.where("code").equals("HT-2").first();
    await db.contracts.update(second!.id!, { code: "ht-1" });
  }

  test("a row naming neither exactly is refused, naming both codes in both languages, and nothing is written; one naming either exactly updates it", async () => {
    const db = freshDb();
    await twins(db);
    const before = await db.contracts.orderBy("id").toArray();
    const r = await importSheet(db, [["Ht-1", "甲", 1000, "2026-01-05", 1, "2026-04-30", 1000, ""]]);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 0, 0]);
    expect(r.refusals.map((x) => [x.row, x.code])).toEqual([[2, "ambiguousCode"]]);
    expect(refusalMessage(r.refusals[0], "en")).toBe(
      "Row 2: The contract code Ht-1 matches the contracts “HT-1”, “ht-1” in the ledger, which differ only in letter case, spaces or full-width characters; write the code exactly as the contract you mean is stored.",
    );
    expect(refusalMessage(r.refusals[0], "zh")).toBe(
      "第 2 行：合同编号 Ht-1 与台账中的合同“HT-1”、“ht-1”仅大小写、空格或全角/半角不同，无法确定是哪一份；请按要导入的合同在台账中的编号原样填写。",
    );
    expect(await db.contracts.orderBy("id").toArray()).toEqual(before);
    expect((await db.installments.toArray()).map((i) => i.dueDate)).toEqual(["2026-03-31", "2026-03-31"]);

    // Naming one of them exactly updates that one, as AR.CONTRACT finds it.
    const exact = await importSheet(db, [["ht-1", "乙", 2000, "2026-01-05", 1, "2026-04-30", 2000, ""]]);
    expect([exact.created, exact.updated, exact.refusals]).toEqual([0, 1, []]);
    const lower = await db.contracts.where("code").equals("ht-1").first();
    expect((await db.installments.where("contractId").equals(lower!.id!).toArray()).map((i) => i.dueDate)).toEqual(["2026-04-30"]);
    expect(await db.contracts.count()).toBe(2);
  });
});

describe("customers named with other brackets, spaces or case", () => {
  test("a customer stored with full-width brackets is the one a sheet names with half-width brackets or trailing spaces", async () => {
    const db = freshDb();
    const id = await createCustomer(db, { code: "C01", name: "华东建设（集团）有限公司" });
    const r = await importSheet(db, [
      ["HT-1", "华东建设（集团）有限公司", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""],
      ["HT-2", " 华东建设(集团)有限公司\u3000", 2000, "2026-01-05", 1, "2026-03-31", 2000, ""],
    ]);
    expect(r.refusals).toEqual([]);
    expect(await db.customers.count()).toBe(1);
    expect((await db.contracts.toArray()).map((c) => c.customerId)).toEqual([id, id]);
    expect((await db.customers.get(id))!.name).toBe("华东建设（集团）有限公司");
  });

  test("a Latin customer name typed in another case is the same customer", async () => {
    const db = freshDb();
    const id = await createCustomer(db, { code: "C02", name: "Acme Trading" });
    await importSheet(db, [["HT-1", "ACME TRADING", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""]]);
    expect(await db.customers.count()).toBe(1);
    expect((await db.contracts.toArray()).map((c) => c.customerId)).toEqual([id]);
  });

  test("a customer code typed in another case finds the customer, whose name is not rewritten in half-width brackets", async () => {
    const db = freshDb();
    const id = await createCustomer(db, { code: "C01", name: "华东建设（集团）" });
    const headers = ["合同编号", "客户编号", "客户", "合同金额", "签订日期", "到期日"];
    const r = await importGrid(db, [["HT-1", "c01", "华东建设（集团）", 1000, "2026-01-05", "2026-03-31"]], recogniseHeaders(headers).mapping, opts);
    expect(r.refusals).toEqual([]);
    expect(await db.customers.count()).toBe(1);
    const stored = (await db.customers.get(id))!;
    expect([stored.code, stored.name, stored.rev]).toEqual(["C01", "华东建设（集团）", 1]);
    expect((await db.contracts.toArray()).map((c) => c.customerId)).toEqual([id]);
  });

  test("two rows of one contract naming its customer in different case are no conflict, and make one customer", async () => {
    const db = freshDb();
    const r = await importSheet(db, [
      ["HT-1", "Acme Trading", 1000, "2026-01-05", 1, "2026-03-31", 400, ""],
      ["HT-1", "ACME TRADING", 1000, "2026-01-05", 2, "2026-06-30", 600, ""],
      ["HT-2", "acme trading", 500, "2026-01-05", 1, "2026-06-30", 500, ""],
    ]);
    expect(r.refusals).toEqual([]);
    expect((await db.customers.toArray()).map((c) => c.name)).toEqual(["Acme Trading"]);
    expect(await db.installments.count()).toBe(3);
  });

  test("two stored customers whose names differ only in case: a sheet naming a third spelling is refused, naming both", async () => {
    const db = freshDb();
    await createCustomer(db, { code: "C1", name: "Acme" });
    await createCustomer(db, { code: "C2", name: "ACME" });
    const r = await importSheet(db, [["HT-1", "acme", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""]]);
    expect(r.refusals.map((x) => [x.row, x.code])).toEqual([[2, "ambiguousCustomer"]]);
    expect(refusalMessage(r.refusals[0], "en")).toBe(
      "Row 2: The customer acme matches the customers “Acme” (C1), “ACME” (C2) in the ledger, which differ only in letter case, spaces or full-width characters; write the name exactly as stored, or give the customer code.",
    );
    expect(refusalMessage(r.refusals[0], "zh")).toBe(
      "第 2 行：客户 acme 与台账中的客户“Acme”（C1）、“ACME”（C2）仅大小写、空格或全角/半角不同，无法确定是哪一个；请按台账中的名称原样填写，或填写客户编号。",
    );
    expect(await db.contracts.count()).toBe(0);
    expect(await db.customers.count()).toBe(2);
  });

  test("of two stored customers differing only in case, a contract's update keeps the one it belongs to", async () => {
    const db = freshDb();
    await createCustomer(db, { code: "C1", name: "Acme" });
    await importSheet(db, [["HT-1", "Acme", 1000, "2026-01-05", 1, "2026-03-31", 1000, ""]]);
    const c2 = await createCustomer(db, { code: "C2", name: "ACME" });
    const r = await importSheet(db, [["HT-1", "acme", 1000, "2026-01-05", 1, "2026-04-30", 1000, ""]]);
    expect([r.updated, r.refusals]).toEqual([1, []]);
    const contract = (await db.contracts.toArray())[0];
    expect(contract.customerId).not.toBe(c2);
    expect((await db.customers.get(contract.customerId))!.code).toBe("C1");
  });
});

describe("text stored with full-width brackets, read back from a sheet", () => {
  test("re-importing a sheet of the ledger's own text leaves a title, owner and notes in full-width brackets unchanged", async () => {
    const db = freshDb();
    const headers = ["合同编号", "客户", "合同名称", "负责人", "合同金额", "签订日期", "到期日", "备注"];
    const sheetMapping = recogniseHeaders(headers).mapping;
    const row = ["HT-1", "华东建设", "华东（一期）工程", "王经理（华东）", 1000, "2026-01-05", "2026-03-31", "首付（已收）"];
    await importGrid(db, [row], sheetMapping, opts);
    // As typed in the pane: the ledger keeps full-width brackets; the sheet written from it has them too.
    const stored = (await db.contracts.toArray())[0];
    await db.contracts.update(stored.id!, { title: "华东（一期）工程", owner: "王经理（华东）", notes: "首付（已收）" });
    const before = (await db.contracts.get(stored.id!))!;

    const again = await importGrid(db, [row], sheetMapping, opts);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 1]);
    expect(await db.contracts.get(stored.id!)).toEqual(before);
  });
});
