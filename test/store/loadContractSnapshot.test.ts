import { serialFromIso } from "../../src/core/dates";
import { contractSummary } from "../../src/core/ledger/contractSummary";
import { createContract } from "../../src/core/store/contracts";
import { recordInvoice } from "../../src/core/store/invoices";
import { loadContractSnapshot, loadSnapshot } from "../../src/core/store/loadSnapshot";
import { recordReceipt } from "../../src/core/store/receipts";
import { logReminder } from "../../src/core/store/reminders";
import { contractDraft, freshDb, seedContract, seedCustomer } from "./fixtures";

describe("loadContractSnapshot (what AR.CONTRACT reads)", () => {
  it("gives the contract the same summary as the whole ledger, other contracts' records aside", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const other = await seedCustomer(db, "C-002", "Beta");
    const b = await createContract(db, contractDraft(other, { code: "HT-2026-002", amountMinor: 200_00 }), [{ dueDate: "2026-01-31", amountMinor: 200_00 }]);
    await recordReceipt(db, { contractId, date: "2026-02-10", amountMinor: 150_00, method: "transfer" });
    await recordReceipt(db, { contractId: b, date: "2026-02-10", amountMinor: 50_00, method: "transfer" });
    await recordInvoice(db, { number: "INV-1", contractId, date: "2026-01-20", amountMinor: 100_00, taxMinor: 0 });
    const asOf = serialFromIso("2026-03-10")!;
    const scoped = await loadContractSnapshot(db, " HT-2026-001 ");
    expect(scoped!.contracts.map((c) => c.code)).toEqual(["HT-2026-001"]);
    expect(scoped!.receipts.every((r) => r.contractId === contractId)).toBe(true);
    expect(contractSummary(scoped!, contractId, asOf)).toEqual(contractSummary(await loadSnapshot(db), contractId, asOf));
  });

  it("does not read the reminder log, so logging a reminder does not make AR.CONTRACT re-run", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    await logReminder(db, { contractId, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    expect((await loadContractSnapshot(db, "HT-2026-001"))!.reminders).toEqual([]);
  });

  it("finds a code typed in another case or in full-width forms, as Excel's lookups ignore case, unless two codes differ only so", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    expect((await loadContractSnapshot(db, " ht-2026-001"))!.contracts.map((c) => c.id)).toEqual([contractId]);
    expect((await loadContractSnapshot(db, "ＨＴ－２０２６－００１"))!.contracts.map((c) => c.id)).toEqual([contractId]);
    // The store refuses such a twin now; an older ledger or a restored backup may still hold one.
    const stored = (await db.contracts.get(contractId))!;
    const { id: _id, ...copy } = stored;
    const twin = await db.contracts.add({ ...copy, code: "Ht-2026-001" });
    expect(await loadContractSnapshot(db, "ht-2026-001")).toBeUndefined(); // which one? neither is guessed
    expect((await loadContractSnapshot(db, "Ht-2026-001"))!.contracts.map((c) => c.id)).toEqual([twin]);
    expect((await loadContractSnapshot(db, "HT-2026-001"))!.contracts.map((c) => c.id)).toEqual([contractId]);
  });

  it("answers undefined for a code no contract has", async () => {
    const db = freshDb();
    await seedContract(db);
    expect(await loadContractSnapshot(db, "HT-NOPE")).toBeUndefined();
  });
});
