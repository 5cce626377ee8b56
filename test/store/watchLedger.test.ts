import type { LedgerSnapshot } from "../../src/core/ledger/snapshot";
import { recordReceipt } from "../../src/core/store/receipts";
import { logReminder } from "../../src/core/store/reminders";
import * as loading from "../../src/core/store/loadSnapshot";
import { setTarget } from "../../src/core/store/targets";
import { watchLedger } from "../../src/core/store/watchLedger";
import { freshDb, seedContract } from "./fixtures";

/** Collects each snapshot watchLedger hands on, and waits for the next one. */
function recorder() {
  const seen: LedgerSnapshot[] = [];
  let wake: (() => void) | undefined;
  return {
    seen,
    push: (s: LedgerSnapshot) => {
      seen.push(s);
      wake?.();
    },
    next: (count: number) =>
      new Promise<LedgerSnapshot>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no snapshot ${count} within 3 s`)), 3000);
        const check = () => {
          if (seen.length >= count) {
            clearTimeout(timer);
            resolve(seen[count - 1]);
          } else wake = check;
        };
        check();
      }),
  };
}

describe("watchLedger keeps the pane's snapshot", () => {
  it("reads the ledger once, then re-reads only the tables a write touched", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const r = recorder();
    const stop = watchLedger(db, r.push);
    const first = await r.next(1);
    expect(first.contracts).toHaveLength(1);

    await logReminder(db, { contractId, date: "2026-03-01", channel: "phone", contact: "Ms Wu", outcome: "will pay", owner: "Li" });
    const afterReminder = await r.next(2);
    expect(afterReminder.reminders).toHaveLength(1);
    // Untouched tables are the very arrays already held: nothing but the reminders was read again.
    expect(afterReminder.installments).toBe(first.installments);
    expect(afterReminder.contracts).toBe(first.contracts);

    await recordReceipt(db, { contractId, date: "2026-03-02", amountMinor: 10_000, method: "transfer" });
    const afterReceipt = await r.next(3);
    expect(afterReceipt.receipts).toHaveLength(1);
    expect(afterReceipt.allocations.length).toBeGreaterThan(0);
    expect(afterReceipt.reminders).toBe(afterReminder.reminders);
    stop();
    db.close();
  });

  it("stops handing on snapshots once stopped", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const r = recorder();
    const stop = watchLedger(db, r.push);
    await r.next(1);
    stop();
    await logReminder(db, { contractId, date: "2026-03-01", channel: "email", contact: "ap@acme", outcome: "sent", owner: "Li" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(r.seen).toHaveLength(1);
    db.close();
  });

  it("after a failed re-read, reads the stale table again with the next write", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const r = recorder();
    const errors: unknown[] = [];
    const stop = watchLedger(db, r.push, (e) => errors.push(e));
    await r.next(1);
    const failOnce = jest.spyOn(loading, "reloadStampedTables").mockRejectedValueOnce(new Error("disk busy"));
    await logReminder(db, { contractId, date: "2026-03-01", channel: "phone", contact: "Ms Wu", outcome: "will pay", owner: "Li" });
    for (let i = 0; i < 100 && errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors).toHaveLength(1);
    failOnce.mockRestore();
    // A write to another table: the reminders missed by the failed read come with it.
    await setTarget(db, { owner: "Li", period: "2026-03", targetMinor: 100_000 });
    const next = await r.next(2);
    expect([next.targets.length, next.reminders.length]).toEqual([1, 1]);
    stop();
    db.close();
  });
});
