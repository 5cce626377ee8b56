import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";
import { contract, ledger } from "../../src/functions/catalog/ledger";
import { setLedgerDb } from "../../src/functions/ledgerSource";
import { closeContract, reopenContract } from "../../src/core/store/contracts";
import { recordReceipt } from "../../src/core/store/receipts";
import { LEDGER_COLUMNS } from "../../src/core/ledger/ledgerTable";
import { freshDb, seedContract } from "../store/fixtures";

ensureCustomFunctionsRuntime();

function fakeInvocation<T>() {
  const results: T[] = [];
  const invocation = { setResult: (v: T) => void results.push(v), onCanceled: undefined as undefined | (() => void) };
  return { invocation: invocation as unknown as CustomFunctions.StreamingInvocation<T>, results, cancel: () => invocation.onCanceled?.() };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Once the cells are cancelled, let the ledger reads already under way finish before the test ends. */
const settle = () => new Promise((r) => setTimeout(r, 200));

describe("AR.CONTRACT and AR.LEDGER over a contract closed with a write-off, live", () => {
  it("outstanding drops to 0 and writtenOff shows the remainder when it is closed; reopened, it is outstanding again", async () => {
    const db = freshDb();
    setLedgerDb(db);
    const { contractId } = await seedContract(db); // 3 × 100.00, all due in 2026's first quarter
    await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 120_00, method: "transfer" });
    const outstanding = fakeInvocation<number | string>();
    const writtenOff = fakeInvocation<number | string>();
    contract("HT-2026-001", "outstanding", outstanding.invocation);
    contract("HT-2026-001", "writtenOff", writtenOff.invocation);
    try {
      await until(() => outstanding.results.at(-1) === 180 && writtenOff.results.at(-1) === 0, "the open contract's figures");
      await closeContract(db, contractId, (await db.contracts.get(contractId))!.rev, { writeOff: true });
      await until(() => outstanding.results.at(-1) === 0 && writtenOff.results.at(-1) === 180, "the closed contract's figures");
      await reopenContract(db, contractId, (await db.contracts.get(contractId))!.rev);
      await until(() => outstanding.results.at(-1) === 180 && writtenOff.results.at(-1) === 0, "the reopened contract's figures");
    } finally {
      outstanding.cancel();
      writtenOff.cancel();
      await settle();
    }
  });

  it("AR.LEDGER lists the closed contract's unpaid rows as writtenOff, not under open or overdue", async () => {
    const db = freshDb();
    setLedgerDb(db);
    const { contractId } = await seedContract(db);
    await recordReceipt(db, { contractId, date: "2026-01-31", amountMinor: 120_00, method: "transfer" });
    await closeContract(db, contractId, (await db.contracts.get(contractId))!.rev, { writeOff: true });
    const status = LEDGER_COLUMNS.indexOf("status");
    const all = fakeInvocation<(string | number)[][]>();
    const open = fakeInvocation<(string | number)[][]>();
    const writtenOff = fakeInvocation<(string | number)[][]>();
    try {
      ledger("", "", all.invocation);
      ledger("", "open", open.invocation);
      ledger("", "writtenOff", writtenOff.invocation);
      await until(() => all.results.length > 0 && open.results.length > 0 && writtenOff.results.length > 0, "the three tables");
      expect(all.results.at(-1)!.slice(1).map((r) => r[status])).toEqual(["paid", "writtenOff", "writtenOff"]);
      expect(open.results.at(-1)!.length).toBe(1); // the header alone
      expect(writtenOff.results.at(-1)!.slice(1).map((r) => r[2])).toEqual([2, 3]);
    } finally {
      for (const i of [all, open, writtenOff]) i.cancel();
      await settle();
    }
  });
});
