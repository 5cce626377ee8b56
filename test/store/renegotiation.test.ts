import { serialFromIso } from "../../src/core/dates";
import { contractSummary } from "../../src/core/ledger/contractSummary";
import { installmentState } from "../../src/core/ledger/installmentState";
import { indexLedger } from "../../src/core/ledger/ledgerIndex";
import { loadSnapshot } from "../../src/core/store/loadSnapshot";
import { receivedOnRenegotiated } from "../../src/core/ledger/planPreview";
import { activePlan, renegotiationPreview, savePlanVersion } from "../../src/core/store/plans";
import { deleteReceipt, recordReceipt } from "../../src/core/store/receipts";
import { createContract } from "../../src/core/store/contracts";
import type { LedgerDb } from "../../src/core/store/db";
import { type ArInputError, isArInputError } from "../../src/core/errors";
import { codeOf, contractDraft, freshDb, seedCustomer } from "./fixtures";

/**
 * Renegotiation as the Contracts page does it: the active plan's received parts are kept as
 * settled rows (renegotiationPreview), the rest is scheduled by the new terms from the restart
 * date, and the preview's rows are saved as the new version. What was received must stay on the
 * rows it settled; the new rows are open for exactly the rest.
 */
async function renegotiate(db: LedgerDb, contractId: number, terms: string, restartDate: string) {
  const v = (await activePlan(db, contractId))!;
  const contract = (await db.contracts.get(contractId))!;
  const settled = v.installments.map((i) => ({ dueDate: i.dueDate, receivedMinor: v.received.get(i.id!) ?? 0 }));
  const preview = renegotiationPreview(settled, contract.amountMinor, terms, restartDate);
  const receipts = (await db.receipts.where("contractId").equals(contractId).toArray()).reduce((s, r) => s + r.amountMinor, 0);
  const shown = receivedOnRenegotiated(preview, receipts); // what the preview says each row will have received
  await savePlanVersion(db, contractId, preview, { replacing: { planId: v.plan.id!, rev: v.plan.rev }, reason: "renegotiated" });
  return { preview, shown };
}

/** Each row of the active plan as the page shows it on `asOf`: due date, amount, received, open, status. */
async function activeRows(db: LedgerDb, contractId: number, asOf: string) {
  const snapshot = await loadSnapshot(db);
  const index = indexLedger(snapshot);
  const v = (await activePlan(db, contractId))!;
  return v.installments
    .sort((a, b) => a.seq - b.seq)
    .map((i) => ({ dueDate: i.dueDate, amountMinor: i.amountMinor, ...pick(installmentState(i, index, serialFromIso(asOf)!)) }));
}
const pick = ({ received, open, status }: { received: number; open: number; status: string }) => ({ received, open, status });

async function summaryOn(db: LedgerDb, contractId: number, asOf: string) {
  return contractSummary(await loadSnapshot(db), contractId, serialFromIso(asOf)!)!;
}

describe("renegotiating keeps what was received on the rows it settled", () => {
  it("a part paid ahead of a due date after the restart date stays settled; the new row is open for exactly the rest (USD 50,000, 50%@0d; 50%@30d → 100%@0d)", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { currency: "USD", amountMinor: 50_000_00, signDate: "2026-11-01", terms: "50%@0d; 50%@30d" }));
    await recordReceipt(db, { contractId, date: "2026-11-20", amountMinor: 30_000_00, method: "transfer" });
    expect((await activeRows(db, contractId, "2026-11-27")).map((r) => r.received)).toEqual([25_000_00, 5_000_00]);

    const { preview, shown } = await renegotiate(db, contractId, "100%@0d", "2026-11-27");

    const rows = await activeRows(db, contractId, "2026-11-27");
    // What is saved is what the preview showed, row for row, with what each row received.
    expect(rows.map((r) => [r.dueDate, r.amountMinor, r.received])).toEqual(preview.map((p, i) => [p.dueDate, p.amountMinor, shown[i]]));
    // The two settled parts (25,000 and 5,000) stay paid; the 20,000 the new terms schedule is open.
    expect(rows.map((r) => [r.amountMinor, r.received, r.open, r.status])).toEqual([
      [25_000_00, 25_000_00, 0, "paid"],
      [5_000_00, 5_000_00, 0, "paid"],
      [20_000_00, 0, 20_000_00, "due"],
    ]);
    const summary = await summaryOn(db, contractId, "2026-11-27");
    expect([summary.outstanding, summary.overdue, summary.onAccount]).toEqual([20_000_00, 0, 0]);
  });

  it("a restart date after the sign date but before a settled part's old due date does not pull the receipts onto the new rows (CNY 1,000,000)", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { amountMinor: 1_000_000_00, signDate: "2026-06-30", terms: "30%@0d; 60%@90d; 10%@12m" }));
    await recordReceipt(db, { contractId, date: "2026-07-05", amountMinor: 100_000_00, method: "transfer" });
    await recordReceipt(db, { contractId, date: "2026-08-10", amountMinor: 500_000_00, method: "transfer" });
    const before = await summaryOn(db, contractId, "2026-11-27");
    expect(before.overdue).toBe(300_000_00); // #2 (600,000 due 2026-09-28) has 300,000 received

    await renegotiate(db, contractId, "50%@0d; 50%@30d", "2026-07-15");

    const rows = await activeRows(db, contractId, "2026-11-27");
    // #1 300,000 and the 300,000 received on #2 stay settled; the open 400,000 is what the new terms schedule.
    expect(rows.map((r) => [r.amountMinor, r.received, r.status === "paid"])).toEqual([
      [300_000_00, 300_000_00, true],
      [300_000_00, 300_000_00, true],
      [200_000_00, 0, false],
      [200_000_00, 0, false],
    ]);
    const after = await summaryOn(db, contractId, "2026-11-27");
    expect([after.received, after.outstanding, after.onAccount]).toEqual([600_000_00, 400_000_00, 0]);
    // Overdue is the new rows' open money (both fell due before 2026-11-27), never a settled row's.
    expect(after.overdue).toBe(400_000_00);
  });

  it("receipts applied again later (a receipt recorded, then deleted) leave the settled rows settled", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { currency: "USD", amountMinor: 50_000_00, signDate: "2026-11-01", terms: "50%@0d; 50%@30d" }));
    await recordReceipt(db, { contractId, date: "2026-11-20", amountMinor: 30_000_00, method: "transfer" });
    await renegotiate(db, contractId, "100%@0d", "2026-11-27");
    const { receiptId } = await recordReceipt(db, { contractId, date: "2026-11-28", amountMinor: 1_000_00, method: "transfer" });
    expect((await activeRows(db, contractId, "2026-11-28")).map((r) => r.received)).toEqual([25_000_00, 5_000_00, 1_000_00]);
    const stored = (await db.receipts.get(receiptId))!;
    await deleteReceipt(db, receiptId, stored.rev);
    expect((await activeRows(db, contractId, "2026-11-28")).map((r) => [r.received, r.open])).toEqual([[25_000_00, 0], [5_000_00, 0], [0, 20_000_00]]);
  });

  it("an on-account credit is applied only to what the new version really leaves open", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { currency: "USD", amountMinor: 50_000_00, signDate: "2026-11-01", terms: "50%@0d; 50%@30d" }));
    // 52,000 received on 50,000: everything paid, 2,000 on account.
    await recordReceipt(db, { contractId, date: "2026-11-20", amountMinor: 52_000_00, method: "transfer" });
    const v = (await activePlan(db, contractId))!;
    const settled = v.installments.map((i) => ({ dueDate: i.dueDate, receivedMinor: v.received.get(i.id!) ?? 0 }));
    // The contract grows to 60,000: the 10,000 added is scheduled from 2026-11-27, and the 2,000 on account goes to it.
    const preview = renegotiationPreview(settled, 60_000_00, "100%@0d", "2026-11-27");
    await savePlanVersion(db, contractId, preview, { replacing: { planId: v.plan.id!, rev: v.plan.rev }, amountMinor: 60_000_00 });
    const rows = await activeRows(db, contractId, "2026-11-27");
    expect(rows.map((r) => r.received)).toEqual(receivedOnRenegotiated(preview, 52_000_00)); // as the preview says
    expect(rows.map((r) => [r.amountMinor, r.received])).toEqual([[25_000_00, 25_000_00], [25_000_00, 25_000_00], [10_000_00, 2_000_00]]);
    const summary = await summaryOn(db, contractId, "2026-11-27");
    expect([summary.outstanding, summary.onAccount]).toEqual([8_000_00, 0]);
  });
});

describe("renegotiationPreview dates the settled parts so they are applied before the new rows", () => {
  it("keeps a settled part's old due date when it is on or before the restart date, and dates a part paid ahead at the restart date", () => {
    const rows = renegotiationPreview(
      [{ dueDate: "2026-11-01", receivedMinor: 25_000_00 }, { dueDate: "2026-12-01", receivedMinor: 5_000_00 }],
      50_000_00,
      "100%@0d",
      "2026-11-27",
    );
    expect(rows.map((r) => [r.dueDate, r.amountMinor])).toEqual([
      ["2026-11-01", 25_000_00],
      ["2026-11-27", 5_000_00], // was due 2026-12-01, after the restart: never after a new row
      ["2026-11-27", 20_000_00],
    ]);
  });

  it("says by how much the received money exceeds a new amount in the contract currency's own units (JPY has no decimals)", () => {
    const e = (() => {
      try {
        renegotiationPreview([{ dueDate: "2026-11-01", receivedMinor: 600_000 }], 500_000, "100%@0d", "2026-11-27", { digits: 0 });
      } catch (err) {
        return err;
      }
    })();
    expect(isArInputError(e) && [e.code, e.params.limit, e.params.got]).toEqual(["mustNotExceed", 500_000, 600_000]);
  });

  it("names both amounts as money when the contract's currency is given, as the page shows them", () => {
    const refusal = (currency: string, digits: number, contractMinor: number, receivedMinor: number) => {
      try {
        renegotiationPreview([{ dueDate: "2026-11-01", receivedMinor }], contractMinor, "100%@0d", "2026-11-27", { digits, currency });
      } catch (err) {
        return isArInputError(err) ? err.messageIn("en") : String(err);
      }
      return "accepted";
    };
    expect(refusal("JPY", 0, 500_000, 600_000)).toBe("received must not exceed JPY 500,000, got JPY 600,000.");
    expect(refusal("CNY", 2, 500_000_00, 600_000_00)).toBe("received must not exceed CNY 500,000.00, got CNY 600,000.00.");
  });
});

describe("a restart date before the contract's sign date is refused", () => {
  async function case2() {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { amountMinor: 1_000_000_00, signDate: "2026-06-30", terms: "30%@0d; 60%@90d; 10%@12m" }));
    await recordReceipt(db, { contractId, date: "2026-07-05", amountMinor: 100_000_00, method: "transfer" });
    await recordReceipt(db, { contractId, date: "2026-08-10", amountMinor: 500_000_00, method: "transfer" });
    return { db, contractId };
  }

  it("by the preview, naming the sign date in English and in Chinese", () => {
    let caught: unknown;
    try {
      renegotiationPreview([{ dueDate: "2026-06-30", receivedMinor: 300_000_00 }], 1_000_000_00, "50%@0d; 50%@30d", "2026-05-01", { signDate: "2026-06-30" });
    } catch (e) {
      caught = e;
    }
    expect(isArInputError(caught)).toBe(true);
    const e = caught as ArInputError;
    expect(e.code).toBe("beforeSignDate");
    expect(e.messageIn("en")).toBe("restartDate cannot be before the contract's sign date, 2026-06-30; got 2026-05-01.");
    expect(e.messageIn("zh")).toBe("restartDate 不能早于合同签订日期 2026-06-30，而输入为 2026-05-01。");
    // The sign date itself is a valid restart date.
    expect(renegotiationPreview([], 1_000_00, "100%@0d", "2026-06-30", { signDate: "2026-06-30" })).toHaveLength(1);
  });

  it("by savePlanVersion, which then writes nothing: the paid #1 stays paid and overdue stays 300,000", async () => {
    const { db, contractId } = await case2();
    const v = (await activePlan(db, contractId))!;
    const rows = [{ dueDate: "2026-05-01", amountMinor: 500_000_00 }, { dueDate: "2026-05-31", amountMinor: 500_000_00 }];
    const save = savePlanVersion(db, contractId, rows, { replacing: { planId: v.plan.id!, rev: v.plan.rev }, restartDate: "2026-05-01", terms: "50%@0d; 50%@30d" });
    expect(await codeOf(save)).toBe("beforeSignDate");
    expect((await activePlan(db, contractId))!.plan.id).toBe(v.plan.id);
    expect((await db.contracts.get(contractId))!.terms).toBe("30%@0d; 60%@90d; 10%@12m");
    const summary = await summaryOn(db, contractId, "2026-11-27");
    expect([summary.outstanding, summary.overdue]).toEqual([400_000_00, 300_000_00]);
  });
});

describe("the contract's payment terms follow the renegotiation", () => {
  it("become the terms of the new version, in the same transaction", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { currency: "USD", amountMinor: 50_000_00, signDate: "2026-11-01", terms: "50%@0d; 50%@30d" }));
    const v = (await activePlan(db, contractId))!;
    const before = (await db.contracts.get(contractId))!;
    const rows = renegotiationPreview([], 50_000_00, "100%@0d", "2026-11-27", { signDate: before.signDate });
    await savePlanVersion(db, contractId, rows, { replacing: { planId: v.plan.id!, rev: v.plan.rev }, restartDate: "2026-11-27", terms: " 100%@0d " });
    const after = (await db.contracts.get(contractId))!;
    expect([after.terms, after.rev]).toEqual(["100%@0d", before.rev + 1]);
  });

  it("are refused when they do not read, and nothing is written", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const contractId = await createContract(db, contractDraft(customerId, { currency: "USD", amountMinor: 50_000_00, signDate: "2026-11-01", terms: "50%@0d; 50%@30d" }));
    const v = (await activePlan(db, contractId))!;
    const rows = [{ dueDate: "2026-12-01", amountMinor: 50_000_00 }];
    expect(await codeOf(savePlanVersion(db, contractId, rows, { replacing: { planId: v.plan.id!, rev: v.plan.rev }, terms: "50%@0d; 40%@30d" }))).toBe("sharesNot100");
    expect((await activePlan(db, contractId))!.plan.id).toBe(v.plan.id);
  });
});
