import { useState } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { closeContract } from "../../../core/store/contracts";
import { getLedger } from "../../app/ledger";
import { errorMessage } from "../../forms/fieldError";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useContractsStyles } from "./Contracts.styles";
import { InvoicesSection } from "./InvoicesSection";
import { MilestonesSection } from "./MilestonesSection";
import { PenaltySection } from "./PenaltySection";
import { PlanVersions } from "./PlanVersions";
import { ReceiptsSection } from "./ReceiptsSection";
import { ReopenContract, type ReopenOutcome } from "./ReopenContract";
import type { SectionProps } from "./sectionProps";
import { argLabels } from "./strings";

/**
 * One contract: its figures, terms, penalty clause and what it accrued, plan versions, milestones,
 * invoices and receipts; an open contract can be edited or closed, a closed one reopened.
 */
export function ContractDetail(props: SectionProps & { onEdit: () => void; onBack: () => void }) {
  const { view, s, money, onEdit, onBack } = props;
  const styles = useContractsStyles();
  const { contract: c, summary } = view;
  const [reopenOutcome, setReopenOutcome] = useState<ReopenOutcome | undefined>();
  const figure = (label: string, value: string, testId: string) => (
    <div className={styles.figure} data-testid={testId}>
      <Text size={200} className={styles.muted}>{label}</Text>
      <Text weight="semibold" className={styles.amount} data-testid={`${testId}-value`}>{value}</Text>
    </div>
  );
  return (
    <section className={styles.page} aria-label={c.code} data-testid="contract-detail" data-code={c.code}>
      <div className={styles.line}>
        <Button size="small" appearance="subtle" onClick={onBack}>{s.back}</Button>
        <Subtitle2 as="h3" className={styles.grow}>{c.code} · {view.customer?.name ?? ""}</Subtitle2>
        {c.status !== "closed" && <Button size="small" onClick={onEdit}>{s.edit}</Button>}
        <ReopenContract {...props} onOutcome={setReopenOutcome} />
      </div>
      {/* "Reopened" is not left standing once the contract is closed again. */}
      {reopenOutcome && !(reopenOutcome.ok && c.status === "closed") && (
        <MessageBar intent={reopenOutcome.ok ? "success" : "error"} data-testid={reopenOutcome.ok ? "reopen-result" : "reopen-failure"}>
          <MessageBarBody>{reopenOutcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{c.title} · {s.owner}: {c.owner} · {s[`status.${c.status}`]} · {s.signDate} {c.signDate}</Text>
      <Text size={200} data-testid="contract-terms">{s.terms}: {c.terms || s.none}</Text>
      <div className={styles.figures}>
        {figure(s.figAmount, money(summary.amount), "fig-amount")}
        {figure(s.figInvoiced, money(summary.invoiced), "fig-invoiced")}
        {figure(s.figReceived, money(summary.received), "fig-received")}
        {figure(s.figOutstanding, money(summary.outstanding), "fig-outstanding")}
        {figure(s.figOverdue, money(summary.overdue), "fig-overdue")}
        {summary.onAccount > 0 && figure(s.figOnAccount, money(summary.onAccount), "fig-onaccount")}
        {figure(s.figNextDue, summary.nextDue === undefined ? s.none : `${isoFromSerial(summary.nextDue)} ${money(summary.nextAmount)}`, "fig-nextdue")}
      </div>
      <PenaltySection {...props} />
      <PlanVersions {...props} />
      <MilestonesSection {...props} />
      <InvoicesSection {...props} />
      <ReceiptsSection {...props} />
      {c.status !== "closed" && <CloseContract {...props} />}
    </section>
  );
}

function CloseContract({ view, s }: SectionProps) {
  const { lang } = useStrings();
  const styles = useContractsStyles();
  const [writeOff, setWriteOff] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  async function close() {
    setFailure(undefined);
    try {
      await closeContract(getLedger(), view.contract.id!, view.contract.rev, { writeOff });
    } catch (e) {
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, argLabels(s)) }));
    }
  }
  return (
    <div className={styles.section}>
      {failure && <MessageBar intent="error" data-testid="close-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <div className={styles.line}>
        <Checkbox label={s.writeOff} checked={writeOff} onChange={(_, d) => setWriteOff(!!d.checked)} />
        <Button onClick={() => void close()}>{s.closeContract}</Button>
      </div>
    </div>
  );
}
