import { Badge, Button, Text } from "@fluentui/react-components";
import { formatMoney } from "../../../core/moneyFormat";
import { isoFromSerial } from "../../../core/dates";
import { format } from "../../i18n/language";
import type { ChaseRow } from "./chaseRow";
import type { TodayStrings } from "./strings";
import { useTodayStyles } from "./Today.styles";

export interface ChaseCardProps {
  row: ChaseRow;
  s: TodayStrings;
  digits: number;
  onLog: (row: ChaseRow) => void;
}

function lateBadge(row: ChaseRow, s: TodayStrings) {
  if (row.daysPastDue > 0) return <Badge appearance="filled" color={row.daysPastDue > 30 ? "danger" : "warning"}>{format(s.daysLate, { n: row.daysPastDue })}</Badge>;
  if (row.daysPastDue === 0) return <Badge appearance="tint" color="informative">{s.dueToday}</Badge>;
  return <Badge appearance="tint" color="informative">{format(s.dueIn, { n: -row.daysPastDue })}</Badge>;
}

/** One installment to chase: what, how late, who owns it, the last contact and any promise. */
export function ChaseCard({ row, s, digits, onLog }: ChaseCardProps) {
  const styles = useTodayStyles();
  const money = (minor: number) => formatMoney(minor, row.currency, digits);
  return (
    <div data-testid="chase-row" data-contract={row.contractCode} data-installment={row.installmentId} data-broken={row.brokenPromise ? "true" : "false"}>
      <div className={styles.line}>
        <Text weight="semibold" className={styles.grow} title={row.contractTitle}>
          {row.contractCode} · {row.customerName}
        </Text>
        <Text className={styles.amount} data-testid="chase-open">{money(row.openMinor)}</Text>
      </div>
      <div className={styles.line}>
        <Text size={200} className={styles.muted}>{s.colDue} {isoFromSerial(row.dueDate)} #{row.seq}</Text>
        {lateBadge(row, s)}
        <Badge appearance="outline" data-testid="chase-stage">{s[`stage.${row.stage}` as keyof TodayStrings] ?? row.stage}</Badge>
        {row.brokenPromise && <Badge appearance="filled" color="danger" data-testid="broken-promise">{s.brokenPromise}</Badge>}
      </div>
      <div className={styles.line}>
        {/* Wraps rather than cutting: a long owner name or contact is read whole at 320px. */}
        <Text size={200} className={styles.wrap}>
          {format(s.labelled, { label: s.colOwner, value: row.owner })} · {format(s.labelled, {
            label: s.colLastContact,
            value: row.lastContact ? format(s.contactOn, { date: row.lastContact.date, channel: s[`channel.${row.lastContact.channel}`] }) : s.never,
          })}
        </Text>
        <Text size={200} className={styles.muted}>{s.colRisk} {Math.round(row.risk)}</Text>
        {/* Short on screen; named with the contract and installment, so a screen reader tells the rows apart. */}
        <Button size="small" appearance="primary" aria-label={format(s.logReminderFor, { contract: row.contractCode, seq: row.seq })} onClick={() => onLog(row)}>
          {s.logReminder}
        </Button>
      </div>
      {/* The promise on a line of its own, wrapped, never cut: its amount and date are what the call is about. */}
      {row.promise && (
        <Text size={200} block className={styles.wrap} data-testid="chase-promise">
          {format(s.labelled, {
            label: s.colPromise,
            value: format(s.promised, { date: row.promise.date, amount: row.promise.amountMinor === undefined ? "—" : money(row.promise.amountMinor) }),
          })}
        </Text>
      )}
    </div>
  );
}
