import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { suggestedTerms } from "../../../core/credit/grades";
import type { CreditPosition } from "../../../core/ledger/customerCredit";
import type { CreditAssessment } from "../../../core/store/types";
import { format } from "../../i18n/language";
import { percentText } from "./assessmentForm";
import { useCustomersStyles } from "./Customers.styles";
import type { CustomersStrings } from "./strings";

export interface CreditPanelProps {
  readonly latest: CreditAssessment | undefined;
  readonly position: CreditPosition | undefined;
  readonly s: CustomersStrings;
  readonly money: (minor: number) => string;
}

/** Current grade, limit and its use, the terms to offer on new contracts, and the policy warnings. */
export function CreditPanel({ latest, position, s, money }: CreditPanelProps) {
  const styles = useCustomersStyles();
  const terms = latest ? suggestedTerms(latest.score) : undefined;
  const figure = (label: string, value: string, testId: string) => (
    <div className={styles.figure} data-testid={testId}>
      <Text size={200} className={styles.muted}>{label}</Text>
      <Text weight="semibold" className={styles.amount} data-testid={`${testId}-value`}>{value}</Text>
    </div>
  );
  const util = position?.utilisation;
  return (
    <div className={styles.section} data-testid="credit-panel">
      <Text weight="semibold">{s.credit}</Text>
      {position?.overLimit && (
        <MessageBar intent="error" data-testid="over-limit"><MessageBarBody>
          {format(s.overLimit, { outstanding: money(position.outstanding), limit: money(position.limit ?? 0) })}
        </MessageBarBody></MessageBar>
      )}
      {position?.overdueAlert && (
        <MessageBar intent="warning" data-testid="overdue-alert"><MessageBarBody>
          {format(s.overdueAlert, { amount: money(position.overdueBeyondPolicy), days: position.thresholdDays })}
        </MessageBarBody></MessageBar>
      )}
      <div className={styles.figures}>
        {figure(s.grade, latest?.grade ?? s.notAssessed, "credit-grade")}
        {figure(s.score, latest ? String(latest.score) : "—", "credit-score")}
        {figure(s.limit, position?.limit === undefined ? s.noLimit : money(position.limit), "credit-limit")}
        {figure(s.outstanding, money(position?.outstanding ?? 0), "credit-outstanding")}
        {figure(s.overdue, money(position?.overdue ?? 0), "credit-overdue")}
        {figure(s.utilisation, util === undefined ? "—" : Number.isFinite(util) ? `${percentText(util)}%` : "∞", "credit-utilisation")}
      </div>
      {terms && (
        <Text data-testid="suggested-terms">
          {s.suggested}: {s.prepayment} {percentText(terms.prepaymentShare)}% · {s.cycle} {format(s.cycleDays, { n: terms.cycleDays })} · {s.limitFactor} ×{terms.limitFactor}
        </Text>
      )}
      <Text size={200} className={styles.muted}>{format(s.policyNote, { days: position?.thresholdDays ?? "" })}</Text>
    </div>
  );
}
