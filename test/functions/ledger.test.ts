import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";
import { contract, ledger } from "../../src/functions/catalog/ledger";
import { setLedgerDb, streamFromLedger, todayAsOf } from "../../src/functions/ledgerSource";
import { recordReceipt } from "../../src/core/store/receipts";
import { isoFromSerial } from "../../src/core/dates";
import { createContract } from "../../src/core/store/contracts";
import { saveSetting } from "../../src/core/store/settings";
import * as loading from "../../src/core/store/loadSnapshot";
import { logReminder } from "../../src/core/store/reminders";
import { setTarget } from "../../src/core/store/targets";
import { contractDraft, freshDb, seedContract } from "../store/fixtures";

// The stand-in CustomFunctions (Error, ErrorCode) that errors are turned into outside Excel.
ensureCustomFunctionsRuntime();

/** A stand-in for Excel's StreamingInvocation that records every result. */
function fakeInvocation<T>() {
  const results: (T | { code: string; message?: string })[] = [];
  const invocation = {
    setResult: (v: T | Error) => void results.push(v as T),
    onCanceled: undefined as undefined | (() => void),
  };
  return { invocation: invocation as unknown as CustomFunctions.StreamingInvocation<T>, results, cancel: () => invocation.onCanceled?.() };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("AR.CONTRACT streams from the shared ledger", () => {
  it("sets the outstanding amount, then the new one after a receipt is recorded in the pane, until cancelled", async () => {
    const db = freshDb();
    setLedgerDb(db);
    const { contractId } = await seedContract(db); // 3 × 100.00
    const { invocation, results, cancel } = fakeInvocation<number | string>();
    contract("HT-2026-001", "outstanding", invocation);
    await until(() => results.includes(300), "the first result");
    await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 120_00, method: "transfer" });
    await until(() => results.includes(180), "the result after the receipt");
    cancel();
    const seen = results.length;
    await recordReceipt(db, { contractId, date: "2026-02-28", amountMinor: 80_00, method: "transfer" });
    await new Promise((r) => setTimeout(r, 100));
    expect(results.length).toBe(seen); // no more results once cancelled
  });

  it("answers #N/A with a message for an unknown code and #VALUE! listing the fields for an unknown field", async () => {
    const db = freshDb();
    setLedgerDb(db);
    await seedContract(db);
    const missing = fakeInvocation<number | string>();
    contract("HT-NOPE", "amount", missing.invocation);
    await until(() => missing.results.length > 0, "the #N/A");
    expect(missing.results[0]).toMatchObject({ code: "#N/A", message: expect.stringContaining("HT-NOPE") });
    // The formula keeps watching: once the contract is created in the pane, the cell shows it.
    await createContract(db, contractDraft((await db.customers.toArray())[0].id!, { code: "HT-NOPE", amountMinor: 40_00, terms: "100%@0d" }));
    await until(() => missing.results.at(-1) === 40, "the contract created later");
    const badField = fakeInvocation<number | string>();
    contract("HT-2026-001", "balance", badField.invocation);
    expect(badField.results[0]).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("outstanding, overdue, nextDue") });
    missing.cancel();
  });
});

describe("AR.LEDGER streams the installment table", () => {
  it("reads the ledger again after a receipt, but not after a logged reminder or a saved target (tables it does not use)", async () => {
    const db = freshDb();
    setLedgerDb(db);
    const { contractId } = await seedContract(db);
    const reads = jest.spyOn(loading, "reloadTables");
    const { invocation, results, cancel } = fakeInvocation<unknown[][]>();
    ledger("", "", invocation);
    await until(() => results.length > 0, "the first table");
    const first = reads.mock.calls.length;
    await logReminder(db, { contractId, date: "2026-02-01", channel: "phone", contact: "AP", outcome: "called", owner: "Li" });
    await setTarget(db, { owner: "Li", period: "2026-02", targetMinor: 100_00 });
    await new Promise((r) => setTimeout(r, 200));
    expect(reads.mock.calls.length).toBe(first);
    await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 100_00, method: "transfer" });
    await until(() => reads.mock.calls.length > first, "a read after the receipt");
    cancel();
    reads.mockRestore();
  });

  it("spills the header and rows, and updates the received column live", async () => {
    const db = freshDb();
    setLedgerDb(db);
    const { contractId } = await seedContract(db);
    const { invocation, results, cancel } = fakeInvocation<unknown[][]>();
    ledger("C-001", "", invocation);
    const receivedOfFirstRow = () => (results.at(-1) as unknown[][] | undefined)?.[1]?.[5];
    await until(() => receivedOfFirstRow() === 0, "the first table");
    expect((results.at(-1) as unknown[][]).length).toBe(1 + 3);
    await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 100_00, method: "transfer" });
    await until(() => receivedOfFirstRow() === 100, "the updated table");
    cancel();
  });

  it("buckets with the aging bands of the settings and follows a change of them", async () => {
    const db = freshDb();
    setLedgerDb(db);
    const overdue100 = isoFromSerial(todayAsOf() - 100);
    await seedContract(db, [{ dueDate: overdue100, amountMinor: 100_00 }]);
    const { invocation, results, cancel } = fakeInvocation<unknown[][]>();
    ledger("", "", invocation);
    const bucketOfFirstRow = () => (results.at(-1) as unknown[][] | undefined)?.[1]?.[8];
    await until(() => bucketOfFirstRow() === ">90", "the default bands");
    await saveSetting(db, "agingBounds", [30, 120]);
    await until(() => bucketOfFirstRow() === "31-120", "the bands from the settings");
    cancel();
  });

  it("reads a customer or status cell holding only spaces as left out (every installment), not as #VALUE!", async () => {
    const db = freshDb();
    setLedgerDb(db);
    await seedContract(db); // 3 installments
    const { invocation, results, cancel } = fakeInvocation<unknown[][]>();
    ledger("  ", " ", invocation);
    await until(() => results.length > 0, "the first table");
    expect((results[0] as unknown[][]).map((r) => r[0])).toEqual(["contract", "HT-2026-001", "HT-2026-001", "HT-2026-001"]);
    cancel();
  });

  it("refuses an unknown status at once", () => {
    const { invocation, results } = fakeInvocation<unknown[][]>();
    ledger("", "late", invocation);
    expect(results[0]).toMatchObject({ code: "#VALUE!" });
  });
});

describe("ledger cells age with the calendar", () => {
  it("presents the last ledger reading again when the day turns, without a write", async () => {
    setLedgerDb(freshDb());
    let day = 46_000;
    const { invocation, results, cancel } = fakeInvocation<number>();
    streamFromLedger(invocation, async (db) => db.contracts.count(), (count) => count * 1_000_000 + day, { everyMs: 10, today: () => day });
    await until(() => results.includes(46_000), "the first result");
    day = 46_001; // midnight passes
    await until(() => results.includes(46_001), "the result of the new day");
    cancel();
    const seen = results.length;
    day = 46_002;
    await new Promise((r) => setTimeout(r, 50));
    expect(results.length).toBe(seen); // a cancelled cell is left alone
  });
});
