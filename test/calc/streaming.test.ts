import { registerArFunctions, type RegisteredFunction } from "../../src/calc/arPlugin";
import { calculateSheet, calculateWorkbookAsync } from "../../src/calc/engine";
import type { FunctionMetadata } from "../../src/calc/metadata";
import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";
import { isoFromSerial } from "../../src/core/dates";
import { createContract } from "../../src/core/store/contracts";
import { recordReceipt } from "../../src/core/store/receipts";
import { setLedgerDb, todayAsOf } from "../../src/functions/ledgerSource";
import { contractDraft, freshDb, seedCustomer } from "../store/fixtures";
import { calcAsync } from "../support/calc";

// Streaming functions of the shape custom-functions-metadata generates for `@streaming`
// (the invocation parameter is not in the metadata; Excel appends it to the call).
type Invocation = CustomFunctions.StreamingInvocation<unknown>;
const meta = (id: string, params: string[], matrix = false): FunctionMetadata => ({
  id,
  name: id,
  parameters: params.map((name) => ({ name, type: "any" })),
  result: matrix ? { dimensionality: "matrix" } : { type: "number" },
  options: { stream: true },
});

const cancelled: string[] = [];
const later = (ms: number, run: () => void) => setTimeout(run, ms);

const STREAMS: RegisteredFunction[] = [
  // Answers during the call, as a function whose data is already at hand.
  { metadata: meta("TNOW", ["x"]), implementation: (x, inv) => (inv as unknown as Invocation).setResult((x as number) * 2) },
  // Answers later, then again (a live update), and records its cancellation.
  {
    metadata: meta("TLATER", ["x"]),
    implementation: (x, inv) => {
      const invocation = inv as unknown as Invocation;
      later(5, () => invocation.setResult((x as number) + 1));
      invocation.onCanceled = () => cancelled.push(`TLATER(${x})`);
    },
  },
  // Never answers.
  { metadata: meta("TNEVER", []), implementation: () => undefined },
  // Answers later with a table that spills.
  {
    metadata: meta("TTABLE", ["n"], true),
    implementation: (n, inv) => later(5, () => (inv as unknown as Invocation).setResult(Array.from({ length: n as number }, (_, i) => [i + 1, `row ${i + 1}`]))),
  },
  // Answers with an error.
  {
    metadata: meta("TFAIL", []),
    implementation: (inv) => (inv as unknown as Invocation).setResult(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no such contract")),
  },
];

beforeAll(() => {
  ensureCustomFunctionsRuntime();
  registerArFunctions(STREAMS);
});

describe("streaming functions in the harness", () => {
  it("shows a value streamed during the call at once", () => {
    expect(calculateSheet([[21, "=AR.TNOW(A1)"]])).toEqual({ B1: 42 });
  });

  it("shows #BUSY! for a call that has not answered, in the synchronous calculation", () => {
    expect(calculateSheet([[1, "=AR.TLATER(A1)", "=AR.TNEVER()"]])).toEqual({ B1: "#BUSY!", C1: "#BUSY!" });
  });

  it("waits for first results in the async calculation, spills streamed tables and uses them in other formulas", async () => {
    const results = await calculateWorkbookAsync([
      { name: "Sheet1", rows: [[1, "=AR.TLATER(A1)", "=B1*10", "=AR.TTABLE(2)"], [], ["=AR.TFAIL()", "=AR.TNEVER()", "=INDEX(D1:E2,2,2)"]] },
    ], { timeoutMs: 200 });
    expect(results).toEqual({
      B1: { value: 2 },
      C1: { value: 20 },
      D1: { value: [[1, "row 1"], [2, "row 2"]] },
      A3: { value: "#N/A", message: "no such contract" },
      B3: { value: "#BUSY!", message: expect.any(String) },
      C3: { value: "row 2" },
    });
  });

  it("cancels every call when the calculation ends, so no subscription outlives it", async () => {
    cancelled.length = 0;
    await calculateWorkbookAsync([{ name: "S", rows: [[7, "=AR.TLATER(A1)"]] }], { timeoutMs: 200 });
    expect(cancelled).toEqual(["TLATER(7)"]);
  });
});

describe("AR.CONTRACT and AR.LEDGER evaluated in the workbook over a ledger in several currencies", () => {
  // Today and dates relative to it, so "overdue" and "next due" hold whenever the test runs.
  const today = todayAsOf();
  const past = today - 40;
  const future = today + 20;

  /**
   * HT-YEN: 300,000 yen in two installments of 150,000 (one 40 days overdue, one due in 20 days),
   * its currency stored as the name 日元 as an older import wrote it, 1,000 yen received.
   * HT-KWD: 1,234.567 dinars, all overdue. HT-CNY: 1,234.56 yuan, due in 20 days.
   */
  async function ledgerInThreeCurrencies() {
    const db = freshDb();
    setLedgerDb(db);
    const customerId = await seedCustomer(db);
    const yen = await createContract(db, contractDraft(customerId, { code: "HT-YEN", currency: "JPY", amountMinor: 300_000, terms: "50%@0d; 50%@60d" }), [
      { dueDate: isoFromSerial(past), amountMinor: 150_000 },
      { dueDate: isoFromSerial(future), amountMinor: 150_000 },
    ]);
    await db.contracts.update(yen, { currency: "日元" });
    await recordReceipt(db, { contractId: yen, date: isoFromSerial(past), amountMinor: 1_000, method: "transfer" });
    await createContract(db, contractDraft(customerId, { code: "HT-KWD", currency: "KWD", amountMinor: 1_234_567, terms: "100%@0d" }), [
      { dueDate: isoFromSerial(past), amountMinor: 1_234_567 },
    ]);
    await createContract(db, contractDraft(customerId, { code: "HT-CNY", currency: "CNY", amountMinor: 123_456, terms: "100%@0d" }), [
      { dueDate: isoFromSerial(future), amountMinor: 123_456 },
    ]);
    return db;
  }

  it("answers every field of a contract in its own currency's digits, a currency stored as a name included", async () => {
    const db = await ledgerInThreeCurrencies();
    const fields = ["amount", "received", "outstanding", "overdue", "nextDue", "nextAmount", "status"];
    const yen: unknown[] = [];
    for (const f of fields) yen.push((await calcAsync(`=AR.CONTRACT("HT-YEN","${f}")`)).value);
    // Whole yen: 300,000 is not read as 3,000.00; 149,000 of the first installment is overdue.
    expect(yen).toEqual([300_000, 1_000, 299_000, 149_000, future, 150_000, "active"]);
    expect((await calcAsync('=AR.CONTRACT(A1,"OUTSTANDING")', [["HT-KWD"]])).value).toBe(1234.567);
    expect((await calcAsync('=AR.CONTRACT("HT-CNY","nextAmount")')).value).toBe(1234.56);
    expect(await calcAsync('=AR.CONTRACT("HT-NONE","amount")')).toEqual({ value: "#N/A", message: "No contract has the code HT-NONE." });
    await new Promise((r) => setTimeout(r, 50)); // let the cancelled reads finish before the database closes
    db.close();
  });

  it("spills the overdue installments with each one's currency, so amounts are never added across currencies", async () => {
    const db = await ledgerInThreeCurrencies();
    const table = (await calcAsync('=AR.LEDGER("C-001","overdue")')).value as unknown[][];
    expect(table[0]).toEqual(["contract", "customer", "seq", "dueDate", "amount", "received", "open", "status", "bucket", "daysPastDue", "owner", "currency"]);
    expect(table.slice(1).map((r) => [r[0], r[4], r[6], r[8], r[9], r[11]])).toEqual([
      ["HT-KWD", 1234.567, 1234.567, "31-60", 40, "KWD"],
      ["HT-YEN", 150_000, 149_000, "31-60", 40, "JPY"],
    ]);
    const empty = freshDb();
    setLedgerDb(empty);
    expect((await calcAsync("=AR.LEDGER()")).value).toEqual([table[0]]); // an empty ledger: the header alone
    await new Promise((r) => setTimeout(r, 50));
    db.close();
    empty.close();
  });
});
