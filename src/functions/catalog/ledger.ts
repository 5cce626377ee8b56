import { readText } from "../../core/cells";
import { inputError } from "../../core/errors";
import { contractFieldValue, readContractField } from "../../core/ledger/contractFields";
import { contractSummary } from "../../core/ledger/contractSummary";
import { LEDGER_TABLE_SOURCES, ledgerTable, readStatusFilter } from "../../core/ledger/ledgerTable";
import { emptySnapshot } from "../../core/ledger/snapshot";
import type { LedgerDb } from "../../core/store/db";
import { loadContractSnapshot, reloadTables } from "../../core/store/loadSnapshot";
import { readSettings } from "../../core/store/settings";
import { isOmitted } from "../args";
import { streamFromLedger, streamOrFail, todayAsOf } from "../ledgerSource";
import { currencyDigits } from "../../core/currencies";

/**
 * One figure of a contract in the task pane's ledger, updated live as receipts, invoices and plans change.
 * @customfunction CONTRACT
 * @streaming
 * @param code Contract code, such as HT-2026-001.
 * @param field One of amount, invoiced, received, outstanding, overdue, nextDue, nextAmount, grade, status, writtenOff (what a closed contract wrote off).
 * @param invocation Streaming invocation from Excel.
 * @returns The field's value: an amount, a date, a grade or a status.
 */
export function contract(code: any, field: any, invocation: CustomFunctions.StreamingInvocation<any>): void {
  streamOrFail(invocation, () => {
    const wanted = readText(code, "code");
    const name = readContractField(readText(field, "field"));
    const query = async (db: LedgerDb) => ({ snapshot: await loadContractSnapshot(db, wanted), settings: (await readSettings(db)).values });
    streamFromLedger(invocation, query, ({ snapshot, settings }) => {
      const summary = snapshot && contractSummary(snapshot, snapshot.contracts[0].id!, todayAsOf());
      if (!summary) return inputError("contractNotFound", { got: wanted }, "na");
      return contractFieldValue(summary, name, currencyDigits(summary.currency, settings.defaultCurrency));
    });
  });
}

/**
 * The installment table of the task pane's ledger, updated live: contract, customer, seq, dueDate, amount, received, open, status, bucket (the aging bands of the settings), daysPastDue, owner, currency (each amount is in its contract's currency).
 * @customfunction LEDGER
 * @streaming
 * @param [customer] Customer code or name; blank for all customers.
 * @param [status] open, paid, awaiting, overdue, due or writtenOff (unpaid on a closed contract, open 0); blank for all installments.
 * @param invocation Streaming invocation from Excel.
 * @returns A header row and one row per installment of each contract's active plan.
 */
export function ledger(customer: any, status: any, invocation: CustomFunctions.StreamingInvocation<any[][]>): void {
  streamOrFail(invocation, () => {
    const who = isOmitted(customer) ? undefined : readText(customer, "customer");
    const which = isOmitted(status) ? undefined : readText(status, "status");
    readStatusFilter(which);
    // Only the tables the installment table is built from: liveQuery re-runs on a change to any table
    // the query read, so a logged reminder or a saved target does not re-read 100,000 installments.
    const query = async (db: LedgerDb) => ({
      snapshot: await reloadTables(db, emptySnapshot(), LEDGER_TABLE_SOURCES),
      settings: (await readSettings(db)).values,
    });
    streamFromLedger(invocation, query, ({ snapshot, settings }) =>
      ledgerTable(snapshot, todayAsOf(), { customer: who, status: which }, settings.agingBounds, settings.defaultCurrency),
    );
  });
}
