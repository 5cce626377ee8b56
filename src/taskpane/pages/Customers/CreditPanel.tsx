import { MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
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
  /** The customer's credit currency (its limit's), when there is no position yet. */
  readonly currency: string;
  readonly s: CustomersStrings;
  /** Minor units of `currency` as text, with that currency's code and digits. */
  readonly money: (minor: number, currency: string) => string;
}

/**
 * Current grade, limit and its use, the terms to offer on new contracts, and the policy warnings.
 * The limit, utilisation and over-limit warning are in the customer's credit currency; what is
 * open in other currencies is listed one line per currency, never added to them.
 */
export function CreditPanel({ latest, position, currency: fallbackCurrency, s, money }: CreditPanelProps) {
  const styles = useCustomersStyles();
  const terms = latest ? suggestedTerms(latest.score) : undefined;
  const currency = position?.currency ?? fallbackCurrency;
  const own = (minor: number) => money(minor, currency);
  const figure = (label: string, value: string, testId: string) => (
    <div className={styles.figure} data-testid={testId}>
      <Text size={200} className={styles.muted}>{label}</Text>
      <Text weight="semibold" className={styles.amount} data-testid={`${testId}-value`}>{value}</Text>
    </div>
  );
  const util = position?.utilisation;
  const byCurrency = position?.byCurrency ?? [];
  const others = byCurrency.filter((e) => e.currency !== currency);
  const beyond = byCurrency.filter((e) => e.overdueBeyondPolicy > 0).map((e) => money(e.overdueBeyondPolicy, e.currency));
  return (
    <div className={styles.section} data-testid="credit-panel">
      <Text weight="semibold">{s.credit}</Text>
      {position?.overLimit && (
        <MessageBar intent="error" data-testid="over-limit"><MessageBarBody>
          {format(s.overLimit, { outstanding: own(position.outstanding), limit: own(position.limit ?? 0) })}
        </MessageBarBody></MessageBar>
      )}
      {position?.overdueAlert && (
        <MessageBar intent="warning" data-testid="overdue-alert"><MessageBarBody>
          {format(s.overdueAlert, { amount: beyond.join(s.listSeparator), days: position.thresholdDays })}
        </MessageBarBody></MessageBar>
      )}
      <div className={styles.figures}>
        {figure(s.grade, latest?.grade ?? s.notAssessed, "credit-grade")}
        {figure(s.score, latest ? String(latest.score) : "—", "credit-score")}
        {figure(s.limit, position?.limit === undefined ? s.noLimit : own(position.limit), "credit-limit")}
        {figure(s.outstanding, own(position?.outstanding ?? 0), "credit-outstanding")}
        {figure(s.overdue, own(position?.overdue ?? 0), "credit-overdue")}
        {figure(s.utilisation, util === undefined ? "—" : Number.isFinite(util) ? `${percentText(util)}%` : "∞", "credit-utilisation")}
      </div>
      {others.length > 0 && (
        <>
          <Table size="extra-small" data-testid="credit-by-currency" aria-label={s.byCurrency}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.colCurrency}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.outstanding}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.overdue}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {byCurrency.map((e) => (
                <TableRow key={e.currency} data-testid="credit-currency-row" data-currency={e.currency}>
                  <TableCell>{e.currency === currency ? format(s.creditCurrencyTag, { currency: e.currency }) : e.currency}</TableCell>
                  <TableCell className={styles.num}>{money(e.outstanding, e.currency)}</TableCell>
                  <TableCell className={styles.num}>{money(e.overdue, e.currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text size={200} className={styles.muted} data-testid="credit-currency-note">
            {format(s.currencyNote, { currency, others: others.map((e) => e.currency).join(s.listSeparator) })}
          </Text>
        </>
      )}
      {terms && (
        <Text data-testid="suggested-terms">
          {format(s.labelled, {
            label: s.suggested,
            value: `${s.prepayment} ${percentText(terms.prepaymentShare)}% · ${s.cycle} ${format(s.cycleDays, { n: terms.cycleDays })} · ${s.limitFactor} ×${terms.limitFactor}`,
          })}
        </Text>
      )}
      <Text size={200} className={styles.muted}>{format(s.policyNote, { days: position?.thresholdDays ?? "" })}</Text>
    </div>
  );
}
