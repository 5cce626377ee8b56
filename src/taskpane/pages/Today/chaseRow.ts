import type { Day } from "../../../core/dates";
import type { Channel } from "../../../core/store/types";

/**
 * One installment to chase, as the Today page shows it. Built from core's Today queue; the page
 * only lays it out.
 */
export interface ChaseRow {
  installmentId: number;
  contractId: number;
  contractCode: string;
  contractTitle: string;
  /** The contract's sign date (ISO); no contact is logged before it. */
  signDate?: string;
  customerName: string;
  customerContact?: string;
  seq: number;
  dueDate: Day;
  openMinor: number;
  /** The contract's currency code, which openMinor is in. */
  currency: string;
  /** False when ranked without an exchange rate (another currency than the ranking's, no rate set). */
  rated: boolean;
  /** asOf − due: positive when late. */
  daysPastDue: number;
  /** Dunning stage label from the policy (stable English key, translated on screen). */
  stage: string;
  owner: string;
  lastContact?: { date: string; channel: Channel };
  promise?: { date: string; amountMinor?: number };
  brokenPromise: boolean;
  /** Collection risk 0–100. */
  risk: number;
}
