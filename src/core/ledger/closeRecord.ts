import type { Contract } from "../store/types";

/**
 * The contract without its close record (Contract.writtenOffMinor, closedDate, statusBeforeClose):
 * what reopening leaves, in the pane (store reopenContract, an edit out of "closed") or by an import
 * giving a closed contract another status. What was written off is then receivable again.
 */
export function withoutCloseRecord(c: Contract): Contract {
  const { writtenOffMinor: _amount, closedDate: _day, statusBeforeClose: _status, ...rest } = c;
  return rest;
}
