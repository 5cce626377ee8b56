import { useEffect, useMemo, useState } from "react";
import {
  Button, Field, Input, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from "@fluentui/react-components";
import { type Day, isoFromSerial } from "../../../core/dates";
import { isoDate, numberBetween, optionalIsoDate, text } from "../../../core/ledger/fieldChecks";
import { addMilestone, updateMilestone } from "../../../core/store/milestones";
import { isStaleEdit } from "../../../core/store/revision";
import type { Milestone } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { errorMessage } from "../../forms/fieldError";
import { parseNumberText } from "../../forms/numberText";
import { dateInputProps } from "../../forms/dateInput";
import { notAfterToday } from "../../forms/notAfterToday";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits, useUnsavedEditsGuard } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { core, type Problem, type Problems, problemText } from "../../forms/problems";
import { useContractsStyles, useDetailCells } from "./Contracts.styles";
import type { SectionProps } from "./sectionProps";
import { argLabels, type ContractsStrings } from "./strings";

/**
 * Milestones planned vs actual with slippage in days (core/ledger/slippage); progress is recorded
 * per row. In a narrow pane each row stacks: name and completion; planned date and slippage;
 * actual date and the progress button.
 */
export function MilestonesSection(props: SectionProps) {
  const { view, s } = props;
  const { styles, cell, amount } = useDetailCells();
  const [editing, setEditing] = useState<number | undefined>();
  const open = view.contract.status !== "closed";
  const current = view.milestones.find((m) => m.milestone.id === editing)?.milestone;
  // Opening another row's progress replaces the one open: while it holds typed changes, ask first.
  const [progressDirty, setProgressDirty] = useState(false);
  const { confirmDiscard } = useUnsavedEditsGuard();
  const edit = (id: number | undefined) => (progressDirty && id !== editing ? confirmDiscard(() => setEditing(id)) : setEditing(id));
  return (
    <div className={styles.section} data-testid="milestones-section">
      <Text weight="semibold">{s.milestones}</Text>
      {view.milestones.length === 0 ? <Text size={200} className={styles.muted}>{s.noMilestones}</Text> : (
        <div className={styles.stackBox}>
          <Table size="extra-small" className={styles.table}>
            <TableHeader className={styles.head}>
              <TableRow>
                <TableHeaderCell>{s.milestoneName}</TableHeaderCell>
                <TableHeaderCell>{s.plannedDate}</TableHeaderCell>
                <TableHeaderCell>{s.actualDate}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>%</TableHeaderCell>
                <TableHeaderCell>{s.slippage}</TableHeaderCell>
                {open && <TableHeaderCell />}
              </TableRow>
            </TableHeader>
            <TableBody className={styles.body}>
              {view.milestones.map(({ milestone: m, slip }) => (
                <TableRow key={m.id} data-testid="milestone-row" data-name={m.name} className={styles.milestoneRow}>
                  <TableCell {...cell("name")}>{m.name}</TableCell>
                  <TableCell {...cell("planned", styles.labelled)} data-label={s.plannedDate}>{m.plannedDate}</TableCell>
                  <TableCell {...cell("actual", styles.labelled)} data-label={s.actualDate}>{m.actualDate ?? s.none}</TableCell>
                  <TableCell {...amount("percent", styles.percent)}>{slip.state === "done" ? 100 : m.percentComplete}</TableCell>
                  <TableCell {...cell("slip", styles.end)} data-testid="milestone-slippage">{s[`ms.${slip.state}`]} · {format(s.slipDays, { n: slip.slippageDays })}</TableCell>
                  {open && <TableCell {...cell("edit", styles.end)}><Button size="small" onClick={() => edit(m.id)}>{s.recordProgress}</Button></TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {open && current && (
        <ProgressForm key={current.id} milestone={current} code={view.contract.code} s={s} today={props.today} onDone={() => setEditing(undefined)} onDirty={setProgressDirty} />
      )}
      {open && <AddMilestoneForm {...props} />}
    </div>
  );
}

function ProgressForm({ milestone, code, s, today, onDone, onDirty }: {
  milestone: Milestone;
  /** The actual date is when the milestone was reached: today at the latest. */
  today: Day;
  /** The contract's code, naming the form when it holds unsaved edits. */
  code: string;
  s: ContractsStrings;
  onDone: () => void;
  /** Whether the form holds typed changes (false again once it closes). */
  onDirty: (dirty: boolean) => void;
}) {
  const { lang } = useStrings();
  const styles = useContractsStyles();
  const form = useFormState({ actualDate: milestone.actualDate ?? "", percent: String(milestone.percentComplete) });
  // Typed and not saved: Cancel, leaving the contract or the page ask first (forms/unsavedGuard).
  const confirmDiscard = useUnsavedEdits(form.dirty, format(s.unsavedProgress, { name: milestone.name, code }));
  useEffect(() => {
    onDirty(form.dirty);
    return () => onDirty(false);
  }, [form.dirty, onDirty]);
  const [failure, setFailure] = useState<string | undefined>();
  const labels = argLabels(s);
  const check = useMemo(() => {
    const problems: Problems<"actualDate" | "percent"> = {};
    const date = core(() => optionalIsoDate(form.values.actualDate, "actualDate"));
    if (date) problems.actualDate = date;
    const future = date ? undefined : notAfterToday(form.values.actualDate, today, s.actualAfterToday);
    const n = parseNumberText(form.values.percent);
    const percent: Problem | undefined = n === undefined ? { key: "error.notANumber" } : core(() => numberBetween(n, "percentComplete", 0, 100));
    if (percent) problems.percent = percent;
    return { problems, future, percent: n };
  }, [form.values, today, s.actualAfterToday]);
  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (Object.keys(check.problems).length > 0 || check.future) return;
    try {
      await updateMilestone(getLedger(), milestone.id!, milestone.rev, { actualDate: form.values.actualDate.trim() || null, percentComplete: check.percent });
      onDone();
    } catch (e) {
      // A stale edit: the table above already shows the milestone as it now is; the form keeps what was typed.
      setFailure(format(isStaleEdit(e) ? s.staleReloaded : s.saveFailed, { message: errorMessage(e, lang, labels) }));
    }
  }
  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="progress-form">
      <Text size={200}>{format(s.progressFor, { name: milestone.name })}</Text>
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <div className={styles.pair}>
        <Field label={s.actualDate} {...form.fieldState("actualDate", problemText(check.problems.actualDate, s, lang, labels) ?? check.future)}>
          <Input name="actualDate" {...dateInputProps(form.values.actualDate, (d) => form.set("actualDate", d))} max={isoFromSerial(today)} />
        </Field>
        <Field label={s.percent} {...form.fieldState("percent", problemText(check.problems.percent, s, lang, labels))}>
          <Input name="percent" inputMode="decimal" value={form.values.percent} onChange={(_, d) => form.set("percent", d.value)} />
        </Field>
      </div>
      <div className={styles.line}>
        <Button appearance="primary" type="submit">{s.save}</Button>
        <Button onClick={() => (form.dirty ? confirmDiscard(onDone) : onDone())}>{s.cancel}</Button>
      </div>
    </form>
  );
}

function AddMilestoneForm({ view, s }: SectionProps) {
  const { lang } = useStrings();
  const styles = useContractsStyles();
  const form = useFormState({ name: "", plannedDate: "" });
  // A milestone typed and not added: leaving the contract or the page asks first (forms/unsavedGuard).
  useUnsavedEdits(form.dirty, format(s.unsavedMilestone, { code: view.contract.code }));
  const [failure, setFailure] = useState<string | undefined>();
  const labels = argLabels(s);
  const problems: Problems<"name" | "plannedDate"> = {};
  const name = core(() => text(form.values.name, "name"));
  if (name) problems.name = name;
  // A planned date in the past is allowed: plans are often entered late.
  const date = core(() => isoDate(form.values.plannedDate, "plannedDate"));
  if (date) problems.plannedDate = date;
  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (Object.keys(problems).length > 0) return;
    try {
      await addMilestone(getLedger(), { contractId: view.contract.id!, name: form.values.name.trim(), plannedDate: form.values.plannedDate, percentComplete: 0 });
      form.reset({ name: "", plannedDate: "" });
    } catch (e) {
      setFailure(format(s.saveFailed, { message: errorMessage(e, lang, labels) }));
    }
  }
  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="milestone-form">
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <div className={styles.pair}>
        <Field label={s.milestoneName} {...form.fieldState("name", problemText(problems.name, s, lang, labels))}>
          <Input name="milestoneName" value={form.values.name} onChange={(_, d) => form.set("name", d.value)} />
        </Field>
        <Field label={s.plannedDate} {...form.fieldState("plannedDate", problemText(problems.plannedDate, s, lang, labels))}>
          <Input name="plannedDate" {...dateInputProps(form.values.plannedDate, (d) => form.set("plannedDate", d))} />
        </Field>
      </div>
      <div><Button type="submit">{s.addMilestone}</Button></div>
    </form>
  );
}
