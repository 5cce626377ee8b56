import { isArInputError } from "../../src/core/errors";
import { indexLedger } from "../../src/core/ledger/ledgerIndex";
import { listAssessments, saveAssessment } from "../../src/core/store/assessments";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import { closeContract, updateContract } from "../../src/core/store/contracts";
import { updateCustomer } from "../../src/core/store/customers";
import { recordInvoice } from "../../src/core/store/invoices";
import { activePlan, planVersions, savePlanVersion, updateInstallment } from "../../src/core/store/plans";
import { deleteReceipt, recordReceipt } from "../../src/core/store/receipts";
import { logReminder, updateReminder } from "../../src/core/store/reminders";
import { isStaleEdit } from "../../src/core/store/revision";
import { allocatedByInstallment, codeOf, freshDb, seedContract } from "./fixtures";

async function refusal(p: Promise<unknown>): Promise<{ code: string; en: string; zh: string }> {
  try {
    await p;
  } catch (e) {
    if (isArInputError(e)) return { code: e.code, en: e.messageIn("en"), zh: e.messageIn("zh") };
    throw e;
  }
  throw new Error("the write was not refused");
}

describe("a record whose currency an older import stored as a name (人民币) can still be edited", () => {
  it("updateContract changes the owner of such a contract and stores the currency as its code", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await db.contracts.update(contractId, { currency: "人民币" }); // as an older import left it
    const stored = (await db.contracts.get(contractId))!;
    await updateContract(db, contractId, stored.rev, { owner: "Wang" });
    const after = (await db.contracts.get(contractId))!;
    expect([after.owner, after.currency]).toEqual(["Wang", "CNY"]);
  });

  it("updateContract accepts the stored text sent back by a form that edits every field, but not a name typed as a new currency", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await db.contracts.update(contractId, { currency: "人民币" });
    const stored = (await db.contracts.get(contractId))!;
    const rev = await updateContract(db, contractId, stored.rev, { title: "Plant upgrade II", currency: "人民币" });
    expect((await db.contracts.get(contractId))!.currency).toBe("CNY");
    expect(await codeOf(updateContract(db, contractId, rev, { currency: "美元" }))).toBe("unknownOption");
  });

  it("updateCustomer changes the name of a customer whose credit currency is stored as 人民币", async () => {
    const db = freshDb();
    const { customerId } = await seedContract(db);
    await db.customers.update(customerId, { currency: "人民币" });
    const stored = (await db.customers.get(customerId))!;
    await updateCustomer(db, customerId, stored.rev, { name: "Acme Holdings" });
    const after = (await db.customers.get(customerId))!;
    expect([after.name, after.currency]).toEqual(["Acme Holdings", "CNY"]);
    await updateCustomer(db, customerId, after.rev, { name: "Acme Group", currency: "CNY" });
  });

  it("updateCustomer accepts the stored text sent back by the form", async () => {
    const db = freshDb();
    const { customerId } = await seedContract(db);
    await db.customers.update(customerId, { currency: "人民币" });
    const stored = (await db.customers.get(customerId))!;
    await updateCustomer(db, customerId, stored.rev, { name: "Acme Holdings", currency: "人民币" });
    expect((await db.customers.get(customerId))!.currency).toBe("CNY");
  });
});

describe("invoices never exceed the contract, whichever way its amount changes", () => {
  it("refuses a renegotiated amount below what is invoiced, and writes nothing", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db); // 3 × 100.00
    await recordInvoice(db, { number: "FP-1", contractId, date: "2026-02-01", amountMinor: 250_00, taxMinor: 0 });
    const v1 = (await activePlan(db, contractId))!;
    const replacing = { planId: v1.plan.id!, rev: v1.plan.rev };
    const e = await refusal(savePlanVersion(db, contractId, [{ dueDate: "2026-06-30", amountMinor: 200_00 }], { replacing, amountMinor: 200_00 }));
    expect(e.code).toBe("overInvoiced");
    expect(e.en).toBe("Invoices of contract HT-2026-001 would total CNY 250.00, more than its amount CNY 200.00.");
    expect((await db.contracts.get(contractId))!.amountMinor).toBe(300_00);
    expect((await planVersions(db, contractId)).map((v) => v.plan.active)).toEqual([1]);
    // Down to exactly the invoiced total is fine.
    await savePlanVersion(db, contractId, [{ dueDate: "2026-06-30", amountMinor: 250_00 }], { replacing, amountMinor: 250_00 });
    expect((await db.contracts.get(contractId))!.amountMinor).toBe(250_00);
  });

  it("refuses updateContract lowering the amount below what is invoiced", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await recordInvoice(db, { number: "FP-1", contractId, date: "2026-02-01", amountMinor: 250_00, taxMinor: 0 });
    // A plan that no longer matches (as an import can leave it), so only the invoices stand in the way.
    const [first] = (await activePlan(db, contractId))!.installments;
    await db.installments.update(first.id!, { amountMinor: 0 });
    const stored = (await db.contracts.get(contractId))!;
    expect(await codeOf(updateContract(db, contractId, stored.rev, { amountMinor: 200_00 }))).toBe("overInvoiced");
    expect((await db.contracts.get(contractId))!.amountMinor).toBe(300_00);
  });
});

describe("messages show a contract's money with its currency's digits", () => {
  it("closing a JPY contract with money open names the yen amount, not a hundredth of it", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db, [{ dueDate: "2026-01-31", amountMinor: 300_000 }], { currency: "JPY" });
    const stored = (await db.contracts.get(contractId))!;
    const e = await refusal(closeContract(db, contractId, stored.rev));
    expect(e.en).toBe("Contract HT-2026-001 still has JPY 300,000 open; record the receipts first or close it as a write-off.");
    expect(e.zh).toBe("合同 HT-2026-001 仍有 JPY 300,000 未收；请先登记收款，或按核销关闭。");
  });

  it("an over-invoiced JPY contract is reported in yen", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db, [{ dueDate: "2026-01-31", amountMinor: 300_000 }], { currency: "JPY" });
    const e = await refusal(recordInvoice(db, { number: "FP-1", contractId, date: "2026-02-01", amountMinor: 300_001, taxMinor: 0 }));
    expect(e.en).toBe("Invoices of contract HT-2026-001 would total JPY 300,001, more than its amount JPY 300,000.");
    expect(e.zh).toBe("合同 HT-2026-001 的发票合计将为 JPY 300,001，超过合同金额 JPY 300,000。");
  });

  it("an over-invoiced CNY contract names both amounts as the pane shows money: code, grouping, two decimals", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db, [{ dueDate: "2026-01-31", amountMinor: 1_000_000_00 }]);
    await recordInvoice(db, { number: "FP-1", contractId, date: "2026-02-01", amountMinor: 600_000_00, taxMinor: 0 });
    const e = await refusal(recordInvoice(db, { number: "FP-2", contractId, date: "2026-02-02", amountMinor: 500_000_50, taxMinor: 0 }));
    expect(e.en).toBe("Invoices of contract HT-2026-001 would total CNY 1,100,000.50, more than its amount CNY 1,000,000.00.");
    expect(e.zh).toBe("合同 HT-2026-001 的发票合计将为 CNY 1,100,000.50，超过合同金额 CNY 1,000,000.00。");
  });

  it("a JPY invoice's tax above its amount names both in yen, not in hundredths", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db, [{ dueDate: "2026-01-31", amountMinor: 1_000_000 }], { currency: "JPY" });
    const e = await refusal(recordInvoice(db, { number: "FP-1", contractId, date: "2026-02-01", amountMinor: 300_000, taxMinor: 400_000 }));
    expect(e.code).toBe("mustNotExceed");
    expect(e.en).toBe("tax must not exceed JPY 300,000, got JPY 400,000.");
    expect(e.zh).toBe("tax 不能超过 JPY 300,000，实际为 JPY 400,000。");
    expect(await db.invoices.count()).toBe(0);
  });
});

describe("an installment of a plan version another pane replaced", () => {
  it("cannot be given an owner: the edit is refused as stale and nothing is written", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const v1 = (await activePlan(db, contractId))!; // what pane A shows
    // Pane B renegotiates.
    await savePlanVersion(db, contractId, [{ dueDate: "2026-06-30", amountMinor: 300_00 }], { replacing: { planId: v1.plan.id!, rev: v1.plan.rev } });
    const row = v1.installments[1];
    let refused: unknown;
    try {
      await updateInstallment(db, row.id!, row.rev, { owner: "Zhao" });
    } catch (e) {
      refused = e;
    }
    expect(isStaleEdit(refused)).toBe(true);
    // Plan version 1, now 2; the contract named by its code in either language.
    expect(isArInputError(refused) && refused.messageIn("en")).toBe(
      "HT-2026-001 was changed in another pane since you opened it (revision 1, now 2); reload it and try again.",
    );
    expect(isArInputError(refused) && refused.messageIn("zh")).toBe("HT-2026-001 在您打开后已被其他窗格修改（版本 1，现为 2）；请重新加载后再试。");
    expect((await db.installments.get(row.id!))!.owner).toBeUndefined();
  });
});

describe("deleting a receipt of a closed contract", () => {
  it("is refused (money would open again where nobody chases it) until the contract is reopened", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const { receiptId } = await recordReceipt(db, { contractId, date: "2026-03-31", amountMinor: 300_00, method: "transfer" });
    const open = (await db.contracts.get(contractId))!;
    const closedRev = await closeContract(db, contractId, open.rev);
    const receipt = (await db.receipts.get(receiptId))!;
    expect(await codeOf(deleteReceipt(db, receiptId, receipt.rev))).toBe("contractClosed");
    expect(await db.receipts.count()).toBe(1);
    expect([...(await allocatedByInstallment(db)).values()].reduce((s, a) => s + a, 0)).toBe(300_00);
    // Reopened, the mistaken receipt can go, and its money is open again on an active contract.
    await updateContract(db, contractId, closedRev, { status: "active" });
    await deleteReceipt(db, receiptId, receipt.rev);
    expect(await db.receipts.count()).toBe(0);
  });
});

describe("a credit assessment entered afterwards with an earlier date", () => {
  it("is kept as history but does not replace the latest assessment's limit, which goes with the grade shown", async () => {
    const db = freshDb();
    const { customerId } = await seedContract(db);
    const base = { customerId, assessor: "Chen", inputs: {}, prepaymentShare: 0, cycleDays: 60 };
    await saveAssessment(db, { ...base, date: "2026-06-01", score: 90, grade: "A", limitMinor: 500_000_00 });
    await saveAssessment(db, { ...base, date: "2025-06-01", score: 40, grade: "D", limitMinor: 100_000_00 });
    expect((await listAssessments(db, customerId)).map((a) => a.date)).toEqual(["2026-06-01", "2025-06-01"]);
    const s = await loadSnapshot(db);
    expect(indexLedger(s).latestAssessment.get(customerId)?.grade).toBe("A");
    expect((await db.customers.get(customerId))!.creditLimitMinor).toBe(500_000_00);
    // A newer one still re-rates.
    await saveAssessment(db, { ...base, date: "2026-09-01", score: 60, grade: "C", limitMinor: 250_000_00 });
    expect((await db.customers.get(customerId))!.creditLimitMinor).toBe(250_000_00);
  });
});

describe("replacing a plan another pane replaced first", () => {
  it("is refused with a message that has no English in it when shown in 简体中文", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const v1 = (await activePlan(db, contractId))!;
    const rows = [{ dueDate: "2026-06-30", amountMinor: 300_00 }];
    const replacing = { planId: v1.plan.id!, rev: v1.plan.rev };
    await savePlanVersion(db, contractId, rows, { replacing });
    const e = await refusal(savePlanVersion(db, contractId, rows, { replacing }));
    expect(e.code).toBe("staleEdit");
    expect(e.zh).toBe("HT-2026-001 在您打开后已被其他窗格修改（版本 1，现为 2）；请重新加载后再试。");
  });
});

describe("a stale edit of a record without a code of its own names it by its contract, in either language", () => {
  it("an installment is its contract's code and its number; a contact and a receipt, the code and their date", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const row = (await activePlan(db, contractId))!.installments[1];
    await updateInstallment(db, row.id!, row.rev, { owner: "Zhao" });
    const step = await refusal(updateInstallment(db, row.id!, row.rev, { owner: "Qian" }));
    expect(step.en).toBe("HT-2026-001 #2 was changed in another pane since you opened it (revision 1, now 2); reload it and try again.");
    expect(step.zh).toBe("HT-2026-001 #2 在您打开后已被其他窗格修改（版本 1，现为 2）；请重新加载后再试。");

    const contact = await logReminder(db, { contractId, date: "2026-02-10", channel: "phone", contact: "Mr Zhang", outcome: "", owner: "Li" });
    await updateReminder(db, contact, 1, { outcome: "will pay Friday" });
    expect((await refusal(updateReminder(db, contact, 1, { outcome: "no answer" }))).zh).toBe(
      "HT-2026-001 2026-02-10 在您打开后已被其他窗格修改（版本 1，现为 2）；请重新加载后再试。",
    );

    const { receiptId } = await recordReceipt(db, { contractId, date: "2026-03-31", amountMinor: 50_00, method: "transfer" });
    await db.receipts.update(receiptId, { rev: 2 }); // as another pane's edit would leave it
    expect((await refusal(deleteReceipt(db, receiptId, 1))).zh).toBe(
      "HT-2026-001 2026-03-31 在您打开后已被其他窗格修改（版本 1，现为 2）；请重新加载后再试。",
    );
  });
});
