import fc from "fast-check";
import { contractLedger, contractSummaries, contractSummary } from "../../../src/core/ledger/contractSummary";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { installmentState } from "../../../src/core/ledger/installmentState";
import { FIRST_DAY, LAST_DAY, randomLedger } from "./randomLedger";

/**
 * contractSummary computes one contract's summary from that contract's part of the ledger
 * (contractLedger) instead of summarising every contract. Its contract: for every contract and
 * every day it is the contract's entry of contractSummaries over the whole ledger, and the part it
 * reads gives every per-contract lookup (installment states, customer, latest assessment) the same
 * answer as the whole ledger. Checked on random well-formed ledgers (./randomLedger).
 */

const ledger = randomLedger();
/** From a month before the first due date to a month after the last. */
const asOfDay = fc.integer({ min: FIRST_DAY - 30, max: LAST_DAY + 30 });
const RUNS = { numRuns: 200 };

describe("contractSummary: one contract's summary, computed for it alone (property)", () => {
  it("is that contract's entry of contractSummaries over the whole ledger, for every contract and any day", () => {
    fc.assert(
      fc.property(ledger, asOfDay, (s, asOf) => {
        const all = contractSummaries(s, asOf);
        for (const c of s.contracts) expect(contractSummary(s, c.id!, asOf)).toStrictEqual(all.get(c.id!));
      }),
      RUNS,
    );
  });

  it("gives nothing for an id no contract has", () => {
    fc.assert(
      fc.property(ledger, asOfDay, (s, asOf) => {
        expect(contractSummary(s, s.contracts.length + 1, asOf)).toBeUndefined();
      }),
      { numRuns: 20 },
    );
  });

  it("reads a part of the ledger in which every installment of the contract stands as in the whole, with the same contract, customer and latest assessment", () => {
    fc.assert(
      fc.property(ledger, asOfDay, (s, asOf) => {
        const whole = indexLedger(s);
        for (const c of s.contracts) {
          const part = contractLedger(s, c.id!);
          const index = indexLedger(part);
          const own = s.installments.filter((i) => i.contractId === c.id);
          expect(part.installments).toEqual(own);
          for (const inst of own) {
            expect(index.activePlanIds.has(inst.planId)).toBe(whole.activePlanIds.has(inst.planId));
            expect(installmentState(inst, index, asOf)).toStrictEqual(installmentState(inst, whole, asOf));
          }
          expect(index.contractById.get(c.id!)).toBe(whole.contractById.get(c.id!));
          expect(index.customerById.get(c.customerId)).toBe(whole.customerById.get(c.customerId));
          expect(index.latestAssessment.get(c.customerId)).toBe(whole.latestAssessment.get(c.customerId));
          // Nothing of another contract's own records.
          expect(part.contracts.map((x) => x.id)).toEqual([c.id]);
          for (const row of [...part.invoices, ...part.receipts, ...part.installments]) expect(row.contractId).toBe(c.id);
        }
      }),
      RUNS,
    );
  });
});
