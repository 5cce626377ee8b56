import { assessmentFromInputs, listAssessments, saveAssessment } from "../../src/core/store/assessments";
import { closeContract, updateContract } from "../../src/core/store/contracts";
import { deleteInvoice, listInvoices, recordInvoice } from "../../src/core/store/invoices";
import { listReminders, logReminder } from "../../src/core/store/reminders";
import { StaleEditError } from "../../src/core/store/revision";
import { listTargets, setTarget } from "../../src/core/store/targets";
import { codeOf, freshDb, seedContract } from "./fixtures";

describe("invoices", () => {
  it("records invoices up to the contract amount and refuses a duplicate number or an over-invoice", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db); // 300.00
    await recordInvoice(db, { number: "INV-1", contractId, date: "2026-01-31", amountMinor: 200_00, taxMinor: 23_01 });
    expect(await codeOf(recordInvoice(db, { number: "INV-1", contractId, date: "2026-02-28", amountMinor: 10_00, taxMinor: 0 }))).toBe("duplicateCode");
    expect(await codeOf(recordInvoice(db, { number: "INV-2", contractId, date: "2026-02-28", amountMinor: 100_01, taxMinor: 0 }))).toBe("overInvoiced");
    expect(await codeOf(recordInvoice(db, { number: "INV-3", contractId, date: "2026-02-28", amountMinor: 10_00, taxMinor: 11_00 }))).toBe("mustNotExceed");
    const id = await recordInvoice(db, { number: "INV-2", contractId, date: "2026-02-28", amountMinor: 100_00, taxMinor: 0 });
    expect((await listInvoices(db, contractId)).map((i) => i.number)).toEqual(["INV-1", "INV-2"]);
    await deleteInvoice(db, id, 1);
    expect(await db.invoices.count()).toBe(1);
  });

  it("refuses to delete an invoice of a closed contract until it is reopened", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const id = await recordInvoice(db, { number: "INV-C", contractId, date: "2026-01-31", amountMinor: 100_00, taxMinor: 0 });
    const contract = (await db.contracts.get(contractId))!;
    const closedRev = await closeContract(db, contractId, contract.rev, { writeOff: true });
    expect(await codeOf(deleteInvoice(db, id, 1))).toBe("contractClosed");
    expect(await db.invoices.count()).toBe(1);
    await updateContract(db, contractId, closedRev, { status: "active" });
    await deleteInvoice(db, id, 1);
    expect(await db.invoices.count()).toBe(0);
  });

  it("refuses an installment of another contract", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    expect(await codeOf(recordInvoice(db, { number: "INV-9", contractId, installmentId: 999, date: "2026-01-31", amountMinor: 1_00, taxMinor: 0 }))).toBe("notInContract");
  });
});

describe("credit assessments", () => {
  it("saves the assessment and re-rates the customer's credit limit in the same write", async () => {
    const db = freshDb();
    const { customerId } = await seedContract(db);
    // Perfect inputs score 100 → grade A → the full standard limit, no prepayment, 60 days.
    const draft = assessmentFromInputs(
      customerId,
      { avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 10, financialStrength: 100 },
      500_000_00,
      "Chen",
      "2026-03-01",
    );
    expect([draft.score, draft.grade, draft.limitMinor, draft.prepaymentShare, draft.cycleDays]).toEqual([100, "A", 500_000_00, 0, 60]);
    await saveAssessment(db, draft);
    await saveAssessment(db, { ...draft, date: "2026-06-01", score: 60, grade: "C", limitMinor: 250_000_00 });
    expect((await listAssessments(db, customerId)).map((a) => a.grade)).toEqual(["C", "A"]);
    expect((await db.customers.get(customerId))?.creditLimitMinor).toBe(250_000_00);
  });
});

describe("reminders", () => {
  it("logs contacts with promise and next action, newest first, and refuses an unknown channel", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await logReminder(db, { contractId, date: "2026-02-05", channel: "phone", contact: "Mr Zhang", outcome: "no answer", owner: "Li" });
    await logReminder(db, { contractId, date: "2026-02-10", channel: "email", contact: "Mr Zhang", outcome: "promised", promiseDate: "2026-02-20", promiseAmountMinor: 100_00, nextActionDate: "2026-02-21", owner: "Li" });
    expect((await listReminders(db, { contractId })).map((r) => r.channel)).toEqual(["email", "phone"]);
    expect(await codeOf(logReminder(db, { contractId, date: "2026-02-11", channel: "fax" as never, contact: "x", outcome: "", owner: "Li" }))).toBe("unknownOption");
  });
});

describe("collection targets", () => {
  it("keeps one target per owner and period, changed only from the revision read", async () => {
    const db = freshDb();
    const first = await setTarget(db, { owner: "Li", period: "2026-Q1", targetMinor: 1_000_000_00 });
    await expect(setTarget(db, { owner: "Li", period: "2026-Q1", targetMinor: 2 })).rejects.toBeInstanceOf(StaleEditError);
    const second = await setTarget(db, { owner: "Li", period: "2026-Q1", targetMinor: 1_200_000_00 }, first.rev);
    expect(second).toEqual({ id: first.id, rev: 2 });
    expect(await codeOf(setTarget(db, { owner: "Li", period: "2026-13", targetMinor: 1 }))).toBe("badPeriod");
    expect((await listTargets(db, "2026-Q1")).map((t) => t.targetMinor)).toEqual([1_200_000_00]);
  });
});
