import { useState } from "react";
import {
  Button, Field, Input, MessageBar, MessageBarBody, Select,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from "@fluentui/react-components";
import { isoFromSerial } from "../../../core/dates";
import { isoDate, text } from "../../../core/ledger/fieldChecks";
import { deleteInvoice, recordInvoice } from "../../../core/store/invoices";
import type { Invoice } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { ConfirmDialog } from "../../forms/ConfirmDialog";
import { errorMessage } from "../../forms/fieldError";
import { dateInputProps } from "../../forms/dateInput";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { amountProblem, core, type Problems, problemText } from "../../forms/problems";
import { useDetailCells } from "./Contracts.styles";
import { invoiceDeleteFailure, invoiceNaming } from "./invoiceDelete";
import type { SectionProps } from "./sectionProps";
import { argLabels } from "./strings";

type Field = "number" | "date" | "amount" | "tax" | "installmentId";

/**
 * A contract's invoices, recording one (number, date, amount with tax, installment) and deleting
 * one entered by mistake after a confirmation naming it. Closed contracts offer neither.
 */
export function InvoicesSection({ view, s, money, digits, today }: SectionProps) {
  const { lang } = useStrings();
  const { styles, cell, amount: amountCell } = useDetailCells();
  const empty = { number: "", date: isoFromSerial(today), amount: "", tax: "", installmentId: "" };
  const form = useFormState<Field>(empty);
  // An invoice typed and not recorded: leaving the contract or the page asks first (forms/unsavedGuard).
  useUnsavedEdits(form.dirty, format(s.unsavedInvoice, { code: view.contract.code }));
  const [failure, setFailure] = useState<string | undefined>();
  // The invoice whose deletion is being confirmed, as it was read when its button was clicked.
  const [confirming, setConfirming] = useState<Invoice | undefined>();
  const [deleting, setDeleting] = useState(false);
  const [deleteOutcome, setDeleteOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const open = view.contract.status !== "closed";
  // Core names the fields "amount" and "date" (the contract's amount and a receipt's date, in
  // argLabels): here they are the invoice's.
  const labels = { ...argLabels(s), amount: s.invoiceAmount, date: s.invoiceDate };
  const v = form.values;
  const problems: Problems<Field> = {};
  const num = core(() => text(v.number, "number"));
  if (num) problems.number = num;
  const date = core(() => isoDate(v.date, "date"));
  if (date) problems.date = date;
  const amount = amountProblem(v.amount, digits, "amount", false, view.contract.currency);
  if (amount.problem) problems.amount = amount.problem;
  // Tax is optional (blank: none), may be 0, and is in the contract's currency like the amount.
  const tax = v.tax.trim() === "" ? { minor: 0 } : amountProblem(v.tax, digits, "tax", true, view.contract.currency);
  if (tax.problem) problems.tax = tax.problem;
  const taxMinor = tax.minor;
  // An invoice keeps pointing at its installment after a renegotiation: older versions name theirs.
  const installmentLabel = new Map(view.versions.flatMap((v) => v.rows.map((r) => [r.inst.id!, v.plan.active === 1 ? `#${r.inst.seq}` : `v${v.plan.version} #${r.inst.seq}`] as const)));

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    setDeleteOutcome(undefined);
    if (Object.keys(problems).length > 0) return;
    try {
      await recordInvoice(getLedger(), {
        number: v.number.trim(), contractId: view.contract.id!, date: v.date, amountMinor: amount.minor!, taxMinor: taxMinor!,
        installmentId: v.installmentId ? Number(v.installmentId) : undefined,
      });
      form.reset(empty);
    } catch (e) {
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, labels) }));
    }
  }

  async function remove(invoice: Invoice) {
    setDeleting(true);
    setDeleteOutcome(undefined);
    try {
      await deleteInvoice(getLedger(), invoice.id!, invoice.rev);
      setDeleteOutcome({ ok: true, text: format(s.invoiceDeleted, invoiceNaming(invoice, money)) });
    } catch (e) {
      setDeleteOutcome({ ok: false, text: invoiceDeleteFailure(e, invoice, s, lang, money) });
    } finally {
      setDeleting(false);
      setConfirming(undefined);
    }
  }

  return (
    <div className={styles.section} data-testid="invoices-section">
      <Text weight="semibold">{s.invoices}</Text>
      {deleteOutcome && (
        <MessageBar intent={deleteOutcome.ok ? "success" : "error"} data-testid={deleteOutcome.ok ? "invoice-deleted" : "invoice-delete-failure"}>
          <MessageBarBody>{deleteOutcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {view.invoices.length === 0 ? <Text size={200} className={styles.muted}>{s.noInvoices}</Text> : (
        <div className={styles.stackBox}>
          <Table size="extra-small" className={styles.table}>
            <TableHeader className={styles.head}>
              <TableRow>
                <TableHeaderCell>{s.invoiceNumber}</TableHeaderCell>
                <TableHeaderCell>{s.invoiceDate}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.invoiceAmount}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.tax}</TableHeaderCell>
                <TableHeaderCell>{s.installment}</TableHeaderCell>
                {open && <TableHeaderCell />}
              </TableRow>
            </TableHeader>
            <TableBody className={styles.body}>
              {view.invoices.map((i) => (
                <TableRow key={i.id} data-testid="invoice-row" data-number={i.number} className={styles.invoiceRow}>
                  <TableCell {...cell("number")}>{i.number}</TableCell>
                  <TableCell {...cell("date")}>{i.date}</TableCell>
                  <TableCell {...amountCell("amount")}>{money(i.amountMinor)}</TableCell>
                  <TableCell {...amountCell("tax", styles.labelled)} data-label={s.tax}>{money(i.taxMinor)}</TableCell>
                  <TableCell {...cell("installment", styles.labelled)} data-label={s.installment}>
                    {(i.installmentId !== undefined && installmentLabel.get(i.installmentId)) || s.none}
                  </TableCell>
                  {open && (
                    <TableCell {...cell("delete", styles.end)}>
                      <Button size="small" disabled={deleting} aria-label={format(s.deleteInvoiceLabel, invoiceNaming(i, money))}
                        onClick={() => { setDeleteOutcome(undefined); setConfirming(i); }}>
                        {s.deleteInvoice}
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
        open={confirming !== undefined} testId="invoice-delete-dialog" busy={deleting}
        title={s.deleteInvoiceTitle} text={confirming && format(s.deleteInvoiceConfirm, invoiceNaming(confirming, money))}
        confirmLabel={s.deleteInvoiceDo} cancelLabel={s.cancel}
        onCancel={() => setConfirming(undefined)} onConfirm={() => confirming && void remove(confirming)}
      />
      {open && (
        <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="invoice-form">
          {failure && <MessageBar intent="error" data-testid="invoice-failure"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
          <div className={styles.pair}>
            <Field label={s.invoiceNumber} required {...form.fieldState("number", problemText(problems.number, s, lang, labels))}>
              <Input name="invoiceNumber" value={v.number} onChange={(_, d) => form.set("number", d.value)} />
            </Field>
            <Field label={s.invoiceDate} required {...form.fieldState("date", problemText(problems.date, s, lang, labels))}>
              <Input name="invoiceDate" {...dateInputProps(v.date, (d) => form.set("date", d))} />
            </Field>
          </div>
          <div className={styles.pair}>
            <Field label={s.invoiceAmount} required {...form.fieldState("amount", problemText(problems.amount, s, lang, labels))}>
              <Input name="invoiceAmount" inputMode="decimal" value={v.amount} onChange={(_, d) => form.set("amount", d.value)} />
            </Field>
            <Field label={s.tax} {...form.fieldState("tax", problemText(problems.tax, s, lang, labels))}>
              <Input name="invoiceTax" inputMode="decimal" value={v.tax} onChange={(_, d) => form.set("tax", d.value)} />
            </Field>
            <Field label={s.installment}>
              <Select name="invoiceInstallment" value={v.installmentId} onChange={(_, d) => form.set("installmentId", d.value)}>
                <option value="">{s.noInstallment}</option>
                {(view.active?.rows ?? []).map((r) => <option key={r.inst.id} value={String(r.inst.id)}>#{r.inst.seq} {r.inst.dueDate} {money(r.inst.amountMinor)}</option>)}
              </Select>
            </Field>
          </div>
          <div><Button type="submit">{s.addInvoice}</Button></div>
        </form>
      )}
    </div>
  );
}
