import { Text } from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { dayOf } from "../../../core/ledger/days";
import { installmentAccrual, type ReceivedPart } from "../../../core/letters/accruedInterest";
import type { PenaltyClause } from "../../../core/store/types";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useContractsStyles } from "./Contracts.styles";
import { inUnits } from "./penaltyForm";
import { type PenaltyStrings, penaltyStrings } from "./penaltyStrings";
import type { ContractView } from "./contractView";
import type { SectionProps } from "./sectionProps";

export function clauseText(c: PenaltyClause, p: PenaltyStrings): string {
  switch (c.kind) {
    case "none":
      return p["clause.none"];
    case "interest":
      return format(p["clause.interest"], { rate: inUnits(c.annualRate, 100), yearDays: c.yearDays, grace: c.graceDays });
    case "daily":
      return format(p["clause.daily"], { rate: inUnits(c.dailyRate, 100), permille: inUnits(c.dailyRate, 1000) })
        + (c.capShare === undefined ? "" : format(p["clause.cap"], { cap: inUnits(c.capShare, 100) }));
  }
}

/**
 * Each installment's received parts, by plan sequence, from the receipts as the view applies them
 * to the active plan (a sequence names one row of that plan), with the day each receipt is dated.
 */
function receivedBySeq(view: ContractView): Map<number, ReceivedPart[]> {
  const out = new Map<number, ReceivedPart[]>();
  for (const { receipt, parts } of view.receipts) {
    const day = dayOf(receipt.date);
    for (const { seq, amountMinor } of parts) {
      let list = out.get(seq);
      if (!list) out.set(seq, (list = []));
      list.push({ amountMinor, day });
    }
  }
  return out;
}

/**
 * The contract's penalty clause and what it has accrued today, by the rule the reminder letters
 * claim (core/letters/accruedInterest installmentAccrual, so the two figures cannot differ): on each
 * overdue installment of the active plan — its open rest up to today plus each part received late
 * up to its receipt — and, listed apart, on installments paid in full but late (the letters do not
 * ask for these; the clause earned them all the same).
 */
export function PenaltySection({ view, money, digits, today }: SectionProps) {
  const p = usePageStrings(penaltyStrings);
  const styles = useContractsStyles();
  const clause = view.contract.penalty;
  const received = receivedBySeq(view);
  const accrued = (view.active?.rows ?? []).map(({ inst, state }) => ({
    inst, state, accrual: installmentAccrual(state.due, state.open, received.get(inst.seq) ?? [], today, clause, digits),
  }));
  const rows = accrued.filter((r) => r.state.status === "overdue");
  const paidLate = accrued.filter((r) => r.state.status === "paid" && r.accrual.totalMinor !== 0);
  const total = rows.reduce((t, r) => t + r.accrual.totalMinor, 0);
  const paidLateTotal = paidLate.reduce((t, r) => t + r.accrual.totalMinor, 0);
  return (
    <div className={styles.section} data-testid="penalty-section">
      <Text size={200} data-testid="penalty-clause">{clauseText(clause, p)}</Text>
      {clause.kind !== "none" && (
        <>
          <Text weight="semibold">{p.accruedTitle}</Text>
          {rows.length === 0 ? <Text size={200} className={styles.muted}>{p.accruedNone}</Text> : rows.map(({ inst, state, accrual }) => (
            <Text size={200} key={inst.id} data-testid="penalty-accrued-row">
              {format(accrual.receivedLateMinor > 0 ? p.accruedRowPart : p.accruedRow, {
                seq: inst.seq, due: isoFromSerial(state.due), days: state.daysPastDue, open: money(state.open),
                paid: money(accrual.receivedLateMinor), amount: money(accrual.totalMinor),
              })}
            </Text>
          ))}
          {rows.length > 0 && <Text weight="semibold" data-testid="penalty-accrued-total">{format(p.accruedTotal, { amount: money(total) })}</Text>}
          {paidLate.length > 0 && (
            <>
              <Text weight="semibold">{p.paidLateTitle}</Text>
              {paidLate.map(({ inst, state, accrual }) => (
                <Text size={200} key={inst.id} data-testid="penalty-paid-late-row">
                  {format(p.paidLateRow, { seq: inst.seq, due: isoFromSerial(state.due), paid: money(accrual.receivedLateMinor), amount: money(accrual.totalMinor) })}
                </Text>
              ))}
              <Text weight="semibold" data-testid="penalty-paid-late-total">{format(p.paidLateTotal, { amount: money(paidLateTotal) })}</Text>
            </>
          )}
        </>
      )}
    </div>
  );
}
