import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { receivableFigures } from "../../../core/ledger/contractFields";
import { CloseContract } from "./CloseContract";
import { closeRecordText } from "./contractClose";
import { contractSummaryLine } from "./contractView";
import { useContractsStyles } from "./Contracts.styles";
import { InvoicesSection } from "./InvoicesSection";
import { MilestonesSection } from "./MilestonesSection";
import { PenaltySection } from "./PenaltySection";
import { PlanVersions } from "./PlanVersions";
import { ReceiptsSection } from "./ReceiptsSection";
import { ReopenContract, type ReopenOutcome } from "./ReopenContract";
import type { SectionProps } from "./sectionProps";

/** The last close or reopen and how it went, shown under the header. */
interface ActionNotice extends ReopenOutcome {
  readonly action: "close" | "reopen";
}

/**
 * One contract: its figures, terms, penalty clause and what it accrued, plan versions, milestones,
 * invoices and receipts; an open contract can be edited or closed, a closed one reopened. A closed
 * contract says when it was closed and what was written off; its outstanding, overdue and next due
 * are nothing, as in AR.CONTRACT.
 */
export function ContractDetail(props: SectionProps & { onEdit: () => void; onBack: () => void }) {
  const { view, s, money, onEdit, onBack } = props;
  const styles = useContractsStyles();
  const { contract: c, summary } = view;
  // What is receivable: on a closed contract nothing, what was open having been written off.
  const receivable = receivableFigures(summary);
  const [notice, setNotice] = useState<ActionNotice | undefined>();
  const noticeFor = (action: ActionNotice["action"]) => (o: ReopenOutcome | undefined) => setNotice(o && { ...o, action });
  // "Reopened" is not left standing once the contract is closed again, nor "Closed" once reopened.
  const superseded = notice?.ok === true && (notice.action === "reopen") === (c.status === "closed");
  // Close is clicked at the foot of the page and the notice is at its head: bring it into view.
  const noticeRef = useRef<HTMLDivElement>(null);
  const noticeShown = notice !== undefined && !superseded;
  useEffect(() => {
    if (noticeShown) noticeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice, noticeShown]);
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
        <ReopenContract {...props} onOutcome={noticeFor("reopen")} />
      </div>
      {notice && noticeShown && (
        <MessageBar ref={noticeRef} intent={notice.ok ? "success" : "error"} data-testid={`${notice.action}-${notice.ok ? "result" : "failure"}`}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{contractSummaryLine(c, s)}</Text>
      {c.status === "closed" && <Text data-testid="contract-close-record">{closeRecordText(c, receivable.writtenOff, s, money)}</Text>}
      <Text size={200} data-testid="contract-terms">{s.terms}: {c.terms || s.none}</Text>
      <div className={styles.figures}>
        {figure(s.figAmount, money(summary.amount), "fig-amount")}
        {figure(s.figInvoiced, money(summary.invoiced), "fig-invoiced")}
        {figure(s.figReceived, money(summary.received), "fig-received")}
        {figure(s.figOutstanding, money(receivable.outstanding), "fig-outstanding")}
        {figure(s.figOverdue, money(receivable.overdue), "fig-overdue")}
        {summary.onAccount > 0 && figure(s.figOnAccount, money(summary.onAccount), "fig-onaccount")}
        {figure(s.figNextDue, receivable.nextDue === undefined ? s.none : `${isoFromSerial(receivable.nextDue)} ${money(receivable.nextAmount)}`, "fig-nextdue")}
      </div>
      <PenaltySection {...props} />
      <PlanVersions {...props} />
      <MilestonesSection {...props} />
      <InvoicesSection {...props} />
      <ReceiptsSection {...props} />
      <CloseContract {...props} onOutcome={noticeFor("close")} />
    </section>
  );
}
