import { useState } from "react";
import { Button, Select, Text } from "@fluentui/react-components";
import type { InstallmentState } from "../../../core/ledger/installmentState";
import { ledgerRowState } from "../../../core/ledger/ledgerTable";
import type { ContractStatus, InstallmentTrigger, Milestone } from "../../../core/store/types";
import { useUnsavedEditsGuard } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { useContractsStyles } from "./Contracts.styles";
import { PlanTable } from "./PlanTable";
import { RenegotiateForm } from "./RenegotiateForm";
import { StepEditor } from "./StepEditor";
import type { SectionProps } from "./sectionProps";
import type { ContractsStrings } from "./strings";

/** An installment's state as the plan shows it; on a closed contract what was open was written off (ledgerRowState). */
export function stateText(st: InstallmentState, s: ContractsStrings, contractStatus: ContractStatus = "active"): string {
  const row = ledgerRowState(st, contractStatus);
  return row.status === "overdue" ? format(s["inst.overdue"], { n: st.daysPastDue }) : s[`inst.${row.status}`];
}

/** "30 days after Go-live" for a milestone step; nothing for a dated one. */
function triggerText(t: InstallmentTrigger, milestones: readonly Milestone[], s: ContractsStrings): string {
  if (t.kind !== "milestone") return "";
  return format(s.triggerMilestone, { days: t.offsetDays, name: milestones.find((m) => m.id === t.milestoneId)?.name ?? "?" });
}

/**
 * The active plan with where each installment stands; older versions stay viewable as history
 * (what they received before the renegotiation), their rows marked as replaced rather than aged.
 */
export function PlanVersions(props: SectionProps) {
  const { view, s, money } = props;
  const styles = useContractsStyles();
  const [chosen, setChosen] = useState<number | undefined>(); // plan id; undefined: the active one
  const [renegotiating, setRenegotiating] = useState(false);
  const [editingStep, setEditingStep] = useState<number | undefined>(); // installment id
  const shown = view.versions.find((v) => v.plan.id === chosen) ?? view.active ?? view.versions[0];
  const editing = view.active?.rows.find((r) => r.inst.id === editingStep)?.inst;
  // Editing another step replaces the one open: while it holds typed changes, ask first.
  const [stepDirty, setStepDirty] = useState(false);
  const { confirmDiscard } = useUnsavedEditsGuard();
  const editStep = (id: number) => (stepDirty && id !== editingStep ? confirmDiscard(() => setEditingStep(id)) : setEditingStep(id));
  const label = (v: (typeof view.versions)[number]) => format(v.plan.active === 1 ? s.activeVersion : s.version, { n: v.plan.version });
  return (
    <div className={styles.section} data-testid="plan-section">
      <div className={styles.line}>
        <Text weight="semibold" className={styles.grow}>{s.plan}</Text>
        <Select
          size="small"
          aria-label={s.plan}
          data-testid="version-select"
          value={shown ? String(shown.plan.id) : ""}
          onChange={(_, d) => setChosen(Number(d.value))}
        >
          {view.versions.map((v) => <option key={v.plan.id} value={String(v.plan.id)}>{label(v)}</option>)}
        </Select>
        {view.contract.status !== "closed" && view.active && !renegotiating && (
          <Button size="small" onClick={() => setRenegotiating(true)}>{s.renegotiate}</Button>
        )}
      </div>
      {shown?.plan.reason && <Text size={200} className={styles.muted}>{format(s.versionReason, { reason: shown.plan.reason })}</Text>}
      {shown && (
        <PlanTable
          rows={shown.rows.map(({ inst, state }) => ({
            key: inst.id!, seq: inst.seq, dueDate: inst.dueDate, amountMinor: inst.amountMinor, received: state.received,
            // A replaced version's rows are history (what they received); nothing is open on them.
            open: shown.plan.active === 1 ? ledgerRowState(state, view.contract.status).open : undefined,
            state: shown.plan.active === 1 ? stateText(state, s, view.contract.status) : s["inst.superseded"],
            owner: [inst.owner ?? view.contract.owner, triggerText(inst.trigger, view.milestones.map((m) => m.milestone), s)].filter(Boolean).join(" · "),
          }))}
          s={s}
          money={money}
          testId="plan-table"
          onEdit={shown.plan.active === 1 && view.contract.status !== "closed" ? (key) => editStep(Number(key)) : undefined}
        />
      )}
      {editing && (
        <StepEditor key={editing.id} inst={editing} code={view.contract.code} milestones={view.milestones.map((m) => m.milestone)} s={s}
          onDone={() => setEditingStep(undefined)} onDirty={setStepDirty} />
      )}
      {renegotiating && view.active && (
        <RenegotiateForm {...props} active={view.active} onDone={(planId) => { setChosen(planId); setRenegotiating(false); }} onCancel={() => setRenegotiating(false)} />
      )}
    </div>
  );
}
