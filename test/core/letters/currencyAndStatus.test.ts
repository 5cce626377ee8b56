import { contractSummary } from "../../../src/core/ledger/contractSummary";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { ledgerTable } from "../../../src/core/ledger/ledgerTable";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import { draftReminder } from "../../../src/core/letters/draftReminder";
import { letterInputFromLedger } from "../../../src/core/letters/fromLedger";
import { serialFromYmd } from "../../../src/core/dates";
import type { Contract, ContractStatus, Customer, Installment, PaymentPlan } from "../../../src/core/store/types";

const meta = { rev: 1, updatedAt: "2026-11-01T00:00:00Z" };
const asOf = serialFromYmd(2026, 11, 27);
const customer: Customer = { ...meta, id: 1, code: "C1", name: "Sakura KK" };
const plans: PaymentPlan[] = [{ ...meta, id: 1, contractId: 1, version: 1, active: 1, createdAt: "2026-06-01" }];
// ¥300,000 due 2026-10-28, nothing received: 30 days late on 2026-11-27.
const installments: Installment[] = [
  { ...meta, id: 1, planId: 1, contractId: 1, seq: 1, dueDate: "2026-10-28", amountMinor: 300_000, trigger: { kind: "date" } },
];

function ledger(currency: string, status: ContractStatus = "active") {
  const contract: Contract = {
    ...meta, id: 1, code: "HT-JP-1", customerId: 1, title: "Line 2", amountMinor: 300_000, currency,
    signDate: "2026-06-01", terms: "", owner: "Li", status, penalty: { kind: "daily", dailyRate: 0.0005 },
  };
  return snapshotOf({ customers: [customer], contracts: [contract], plans, installments });
}

describe("a JPY contract's letter without digits given", () => {
  it("takes the yen's 0 digits: ¥300,000 open, penalty ¥300,000 × 0.05% × 30 = ¥4,500", () => {
    const s = ledger("JPY");
    const input = letterInputFromLedger(s, indexLedger(s), 1, asOf)!;
    expect(input.contract).toMatchObject({ currency: "JPY", digits: 0 });
    expect(input.installments).toEqual([{ seq: 1, dueDate: serialFromYmd(2026, 10, 28), openMinor: 300_000, interestMinor: 4_500 }]);
    const letter = draftReminder(input, "en");
    // the contract's clause is a daily penalty (违约金): the letter names it so
    expect(letter.body).toContain("Total due: JPY 304,500 (principal JPY 300,000, penalty JPY 4,500)");
  });

  it("draftReminder alone also formats a JPY input in yen when no digits are given", () => {
    const s = ledger("JPY");
    const input = letterInputFromLedger(s, indexLedger(s), 1, asOf)!;
    const withoutDigits = { ...input, contract: { code: "HT-JP-1", title: "Line 2", currency: "JPY" } };
    expect(draftReminder(withoutDigits, "zh").body).toContain("应付合计：JPY 304,500（本金JPY 300,000，利息JPY 4,500）");
  });
});

describe("a contract whose currency an older import stored as a name (日元)", () => {
  it("gets a letter in JPY with the yen's digits", () => {
    const s = ledger("日元");
    const input = letterInputFromLedger(s, indexLedger(s), 1, asOf)!;
    expect(input.contract).toMatchObject({ currency: "JPY", digits: 0 });
  });

  it("is listed by AR.LEDGER with currency JPY and amounts in yen", () => {
    const [, row] = ledgerTable(ledger("日元"), asOf);
    expect([row[4], row[6], row[11]]).toEqual([300_000, 300_000, "JPY"]);
  });

  it("has the summary currency JPY, which AR.CONTRACT reads its digits from", () => {
    expect(contractSummary(ledger("日元"), 1, asOf)?.currency).toBe("JPY");
  });
});

describe("a contract that is not live gets no reminder letter", () => {
  it.each<ContractStatus>(["closed", "draft"])("%s: nothing to chase, as in the Today queue", (status) => {
    const s = ledger("JPY", status);
    expect(letterInputFromLedger(s, indexLedger(s), 1, asOf)).toBeUndefined();
  });

  it("a disputed contract is still chased", () => {
    const s = ledger("JPY", "disputed");
    expect(letterInputFromLedger(s, indexLedger(s), 1, asOf)?.installments).toHaveLength(1);
  });
});
