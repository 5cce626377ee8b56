import { Text } from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { accruedInterest } from "../../../core/letters/accruedInterest";
import type { PenaltyClause } from "../../../core/store/types";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useContractsStyles } from "./Contracts.styles";
import { inUnits } from "./penaltyForm";
import { type PenaltyStrings, penaltyStrings } from "./penaltyStrings";
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
 * The contract's penalty clause and what it has accrued today on each overdue installment of the
 * active plan, by the same rule the reminder letters quote (core/letters/accruedInterest).
 */
export function PenaltySection({ view, money, digits, today }: SectionProps) {
  const p = usePageStrings(penaltyStrings);
  const styles = useContractsStyles();
  const clause = view.contract.penalty;
  const overdue = (view.active?.rows ?? []).filter((r) => r.state.status === "overdue");
  const rows = overdue.map(({ inst, state }) => ({ inst, state, amount: accruedInterest(state.open, state.due, today, clause, digits) }));
  const total = rows.reduce((t, r) => t + r.amount, 0);
  return (
    <div className={styles.section} data-testid="penalty-section">
      <Text size={200} data-testid="penalty-clause">{clauseText(clause, p)}</Text>
      {clause.kind !== "none" && (
        <>
          <Text weight="semibold">{p.accruedTitle}</Text>
          {rows.length === 0 ? <Text size={200} className={styles.muted}>{p.accruedNone}</Text> : rows.map(({ inst, state, amount }) => (
            <Text size={200} key={inst.id} data-testid="penalty-accrued-row">
              {format(p.accruedRow, { seq: inst.seq, due: isoFromSerial(state.due), days: state.daysPastDue, open: money(state.open), amount: money(amount) })}
            </Text>
          ))}
          {rows.length > 0 && <Text weight="semibold" data-testid="penalty-accrued-total">{format(p.accruedTotal, { amount: money(total) })}</Text>}
        </>
      )}
    </div>
  );
}
