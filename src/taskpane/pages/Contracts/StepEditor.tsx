import { useEffect, useMemo, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { optionalText, wholeBetween } from "../../../core/ledger/fieldChecks";
import { updateInstallment } from "../../../core/store/plans";
import { isStaleEdit } from "../../../core/store/revision";
import type { Installment, InstallmentTrigger, Milestone } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { errorMessage } from "../../forms/fieldError";
import { numberProblem, core, type Problems, problemText } from "../../forms/problems";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useStrings } from "../../i18n/StringsContext";
import { useContractsStyles } from "./Contracts.styles";
import { argLabels, type ContractsStrings } from "./strings";

type Field = "owner" | "trigger" | "offsetDays";

/**
 * Who chases one installment of the active plan (回款责任人 per step) and what makes it due: its
 * date, or a milestone plus some days (the store re-dates it from the milestone and re-applies the
 * receipts). Amounts and dates themselves change only by renegotiating.
 */
export function StepEditor({ inst, code, milestones, s, onDone, onDirty }: {
  inst: Installment;
  /** The contract's code, naming the form when it holds unsaved edits. */
  code: string;
  milestones: readonly Milestone[];
  s: ContractsStrings;
  onDone: () => void;
  /** Whether the form holds typed changes (false again once it closes). */
  onDirty?: (dirty: boolean) => void;
}) {
  const { lang } = useStrings();
  const styles = useContractsStyles();
  const form = useFormState<Field>({
    owner: inst.owner ?? "",
    trigger: inst.trigger.kind === "milestone" ? String(inst.trigger.milestoneId) : "",
    offsetDays: inst.trigger.kind === "milestone" ? String(inst.trigger.offsetDays) : "0",
  });
  const [failure, setFailure] = useState<string | undefined>();
  // Typed and not saved: Cancel, leaving the contract or the page ask first (forms/unsavedGuard).
  const confirmDiscard = useUnsavedEdits(form.dirty, format(s.unsavedStep, { seq: inst.seq, code }));
  useEffect(() => {
    onDirty?.(form.dirty);
    return () => onDirty?.(false);
  }, [form.dirty, onDirty]);
  const labels = argLabels(s);
  const v = form.values;
  const check = useMemo(() => {
    const problems: Problems<Field> = {};
    const owner = core(() => optionalText(v.owner, "owner"));
    if (owner) problems.owner = owner;
    const offset = v.trigger ? numberProblem(v.offsetDays, "offsetDays", (n) => wholeBetween(n, "offsetDays", 0, 3650)) : {};
    if (offset.problem) problems.offsetDays = offset.problem;
    const trigger: InstallmentTrigger = v.trigger ? { kind: "milestone", milestoneId: Number(v.trigger), offsetDays: offset.value ?? 0 } : { kind: "date" };
    return { problems, trigger };
  }, [v]);

  async function save() {
    form.setSubmitted(true);
    setFailure(undefined);
    if (Object.keys(check.problems).length > 0) return;
    try {
      await updateInstallment(getLedger(), inst.id!, inst.rev, { owner: v.owner.trim() || null, trigger: check.trigger });
      onDone();
    } catch (e) {
      setFailure(format(isStaleEdit(e) ? s.staleReloaded : s.saveFailed, { message: errorMessage(e, lang, labels) }));
    }
  }

  return (
    <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="step-form">
      <Text size={200}>{format(s.stepFor, { seq: inst.seq })}</Text>
      {failure && <MessageBar intent="error"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <Field label={s.stepOwner} {...form.fieldState("owner", problemText(check.problems.owner, s, lang, labels))}>
        <Input name="stepOwner" value={v.owner} onChange={(_, d) => form.set("owner", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label={s.trigger}>
          <Select name="stepTrigger" value={v.trigger} onChange={(_, d) => form.set("trigger", d.value)}>
            <option value="">{s.triggerDate}</option>
            {milestones.map((m) => <option key={m.id} value={String(m.id)}>{format(s.triggerOn, { name: m.name })}</option>)}
          </Select>
        </Field>
        {v.trigger && (
          <Field label={s.offsetDays} {...form.fieldState("offsetDays", problemText(check.problems.offsetDays, s, lang, labels))}>
            <Input name="stepOffset" inputMode="numeric" value={v.offsetDays} onChange={(_, d) => form.set("offsetDays", d.value)} />
          </Field>
        )}
      </div>
      <div className={styles.line}>
        <Button appearance="primary" type="submit">{s.save}</Button>
        <Button onClick={() => (form.dirty ? confirmDiscard(onDone) : onDone())}>{s.cancel}</Button>
      </div>
    </form>
  );
}
