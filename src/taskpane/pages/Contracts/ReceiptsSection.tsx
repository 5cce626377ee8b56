import { useState } from "react";
import {
  Button, Field, Input, MessageBar, MessageBarBody, Select,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { RECEIPT_METHODS } from "../../../core/ledger/drafts";
import { isoDate } from "../../../core/ledger/fieldChecks";
import { deleteReceipt, recordReceipt } from "../../../core/store/receipts";
import type { Receipt, ReceiptMethod } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { ConfirmDialog } from "../../forms/ConfirmDialog";
import { errorMessage } from "../../forms/fieldError";
import { dateInputProps } from "../../forms/dateInput";
import { notAfterToday } from "../../forms/notAfterToday";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { amountProblem, core, type Problems, problemText } from "../../forms/problems";
import { useDetailCells } from "./Contracts.styles";
import { receiptDeleteFailure, receiptNaming } from "./receiptDelete";
import type { SectionProps } from "./sectionProps";
import { argLabels, type ContractsStrings } from "./strings";

type Field = "date" | "amount" | "method" | "reference";

/** "installment #1 CNY 300.00, installment #2 CNY 50.00; CNY 10.00 kept on account" */
function allocationText(parts: readonly { seq: number; amountMinor: number }[], onAccount: number, s: ContractsStrings, money: (m: number) => string): string {
  const texts = parts.map((p) => format(s.allocationPart, { seq: p.seq, amount: money(p.amountMinor) }));
  if (onAccount > 0) texts.push(format(s.onAccount, { amount: money(onAccount) }));
  return texts.length > 0 ? texts.join(", ") : s.nothingApplied;
}

/**
 * Receipts with how each was applied; a new receipt is allocated oldest first by the store, in one
 * transaction. A mistaken receipt is deleted after a confirmation naming it: the store re-applies
 * the contract's other receipts oldest first, and the plan's open amounts follow from the ledger.
 */
export function ReceiptsSection({ view, s, money, digits, today }: SectionProps) {
  const { lang } = useStrings();
  const { styles, cell, amount: amountCell } = useDetailCells();
  const empty: Record<Field, string> = { date: isoFromSerial(today), amount: "", method: "transfer", reference: "" };
  const form = useFormState<Field>(empty);
  // A receipt typed and not recorded: leaving the contract or the page asks first (forms/unsavedGuard).
  useUnsavedEdits(form.dirty, format(s.unsavedReceipt, { code: view.contract.code }));
  const [failure, setFailure] = useState<string | undefined>();
  const [result, setResult] = useState<string | undefined>();
  // The receipt whose deletion is being confirmed, as it was read when its button was clicked.
  const [confirming, setConfirming] = useState<Receipt | undefined>();
  const [deleting, setDeleting] = useState(false);
  const [deleteOutcome, setDeleteOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const open = view.contract.status !== "closed";
  // Core names the amount "amount" (the contract's, in argLabels): here it is the amount received.
  const labels = { ...argLabels(s), amount: s.receiptAmount };
  const v = form.values;
  const problems: Problems<Field> = {};
  const date = core(() => isoDate(v.date, "date"));
  if (date) problems.date = date;
  // Money not yet received cannot be recorded as received: a date after today is refused, naming
  // today. A date before the contract's sign date is allowed (a deposit taken before signing).
  const future = date ? undefined : notAfterToday(v.date, today, s.receiptAfterToday);
  const amount = amountProblem(v.amount, digits, "amount", false, view.contract.currency);
  if (amount.problem) problems.amount = amount.problem;

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    setResult(undefined);
    setDeleteOutcome(undefined);
    if (Object.keys(problems).length > 0 || future) return;
    try {
      const recorded = await recordReceipt(getLedger(), {
        contractId: view.contract.id!, date: v.date, amountMinor: amount.minor!, method: v.method as ReceiptMethod, reference: v.reference.trim() || undefined,
      });
      const seqOf = new Map((view.active?.rows ?? []).map((r) => [r.inst.id!, r.inst.seq]));
      const parts = recorded.allocations.map((a) => ({ seq: seqOf.get(a.installmentId) ?? 0, amountMinor: a.amountMinor }));
      setResult(format(s.allocationResult, { amount: money(amount.minor!), parts: allocationText(parts, recorded.onAccountMinor, s, money) }));
      form.reset({ ...empty, method: v.method });
    } catch (e) {
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, labels) }));
    }
  }

  async function remove(receipt: Receipt) {
    setDeleting(true);
    setDeleteOutcome(undefined);
    setResult(undefined);
    try {
      await deleteReceipt(getLedger(), receipt.id!, receipt.rev);
      setDeleteOutcome({ ok: true, text: format(s.receiptDeleted, receiptNaming(receipt, s, money)) });
    } catch (e) {
      setDeleteOutcome({ ok: false, text: receiptDeleteFailure(e, receipt, s, lang, money) });
    } finally {
      setDeleting(false);
      setConfirming(undefined);
    }
  }

  return (
    <div className={styles.section} data-testid="receipts-section">
      <Text weight="semibold">{s.receipts}</Text>
      {result && <MessageBar intent="success" data-testid="allocation-result"><MessageBarBody>{result}</MessageBarBody></MessageBar>}
      {deleteOutcome && (
        <MessageBar intent={deleteOutcome.ok ? "success" : "error"} data-testid={deleteOutcome.ok ? "receipt-deleted" : "receipt-delete-failure"}>
          <MessageBarBody>{deleteOutcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {view.receipts.length === 0 ? <Text size={200} className={styles.muted}>{s.noReceipts}</Text> : (
        <div className={styles.stackBox}>
          <Table size="extra-small" className={styles.table}>
            <TableHeader className={styles.head}>
              <TableRow>
                <TableHeaderCell>{s.receiptDate}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.receiptAmount}</TableHeaderCell>
                <TableHeaderCell>{s.method}</TableHeaderCell>
                <TableHeaderCell>{s.appliedTo}</TableHeaderCell>
                {open && <TableHeaderCell />}
              </TableRow>
            </TableHeader>
            <TableBody className={styles.body}>
              {view.receipts.map((r) => (
                <TableRow key={r.receipt.id} data-testid="receipt-row" data-date={r.receipt.date} className={styles.receiptRow}>
                  <TableCell {...cell("date")}>{r.receipt.date}</TableCell>
                  <TableCell {...amountCell("amount")}>{money(r.receipt.amountMinor)}</TableCell>
                  <TableCell {...cell("method")}>{s[`method.${r.receipt.method}`]}{r.receipt.reference ? ` · ${r.receipt.reference}` : ""}</TableCell>
                  <TableCell {...cell("applied", styles.labelled)} data-label={s.appliedTo}>{allocationText(r.parts, r.onAccountMinor, s, money)}</TableCell>
                  {open && (
                    <TableCell {...cell("delete", styles.end)}>
                      <Button size="small" disabled={deleting} aria-label={format(s.deleteReceiptLabel, receiptNaming(r.receipt, s, money))}
                        onClick={() => { setDeleteOutcome(undefined); setConfirming(r.receipt); }}>
                        {s.deleteReceipt}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {/* Kept open if another pane closes the contract meanwhile: confirming then says why nothing was deleted. */}
      <ConfirmDialog
        open={confirming !== undefined} testId="receipt-delete-dialog" busy={deleting}
        title={s.deleteReceiptTitle} text={confirming && format(s.deleteReceiptConfirm, receiptNaming(confirming, s, money))}
        confirmLabel={s.deleteReceiptDo} cancelLabel={s.cancel}
        onCancel={() => setConfirming(undefined)} onConfirm={() => confirming && void remove(confirming)}
      />
      {open && (
        <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="receipt-form">
          {failure && <MessageBar intent="error" data-testid="receipt-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
          <div className={styles.pair}>
            <Field label={s.receiptDate} required {...form.fieldState("date", problemText(problems.date, s, lang, labels) ?? future)}>
              <Input name="receiptDate" {...dateInputProps(v.date, (d) => form.set("date", d))} max={isoFromSerial(today)} />
            </Field>
            <Field label={s.receiptAmount} required {...form.fieldState("amount", problemText(problems.amount, s, lang, labels))}>
              <Input name="receiptAmount" inputMode="decimal" value={v.amount} onChange={(_, d) => form.set("amount", d.value)} />
            </Field>
          </div>
          <div className={styles.pair}>
            <Field label={s.method}>
              <Select name="receiptMethod" value={v.method} onChange={(_, d) => form.set("method", d.value)}>
                {RECEIPT_METHODS.map((m) => <option key={m} value={m}>{s[`method.${m}`]}</option>)}
              </Select>
            </Field>
            <Field label={s.reference}>
              <Input name="receiptReference" value={v.reference} onChange={(_, d) => form.set("reference", d.value)} />
            </Field>
          </div>
          <div><Button type="submit">{s.addReceipt}</Button></div>
        </form>
      )}
    </div>
  );
}
