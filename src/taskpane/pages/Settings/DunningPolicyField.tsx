import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useSettings } from "../../app/SettingsContext";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { problemText } from "../../forms/problems";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { checkPolicyRows, type PolicyRow, rowsFromPolicy, samePolicy, STAGE_KEYS } from "./policyRows";
import { SaveControls } from "./SaveControls";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";
import { useSaveStatus } from "./useSaveStatus";

/**
 * The dunning policy as rows of "from day" and stage, checked as typed by core's validatePolicy.
 * Stages stay the language-neutral keys AR.DUNNINGLEVEL returns; only their names are translated.
 * Save and discard appear once something was changed; what was typed stays until saved or discarded.
 */
export function DunningPolicyField() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useSettingsStyles();
  const { settings, save } = useSettings();
  const [draft, setDraft] = useState<PolicyRow[] | undefined>(); // undefined: not edited, show the stored policy
  const saving = useSaveStatus(s, lang);
  const rows = draft ?? rowsFromPolicy(settings.dunningPolicy);
  const check = checkPolicyRows(rows);
  const labels = { fromDays: s.fromDays, policy: s.policyArg };
  const dirty = draft !== undefined && !(check.policy && samePolicy(check.policy, settings.dunningPolicy));
  // Typed and not saved: another page asks first (forms/unsavedGuard).
  useUnsavedEdits(dirty, s.unsavedPolicy);
  const stageName = (k: string) => (s as Record<string, string>)[`stage.${k}`] ?? k;

  const edit = (next: PolicyRow[]) => {
    setDraft(next);
    saving.clear();
  };
  const setRow = (i: number, patch: Partial<PolicyRow>) => edit(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const addRow = () => {
    const last = rows[rows.length - 1];
    const after = check.policy ? check.policy[check.policy.length - 1].fromDays + 30 : "";
    edit([...rows, { fromDays: String(after), stage: last?.stage ?? STAGE_KEYS[0] }]);
  };
  const onSave = () => {
    const policy = check.policy;
    if (policy) void saving.run(() => save("dunningPolicy", policy), () => setDraft(undefined));
  };
  const policyMessage = problemText(check.policyProblem, s, lang, labels);

  return (
    <section className={styles.rows} aria-label={s.policyLabel} data-testid="policy-field">
      <Text weight="semibold">{s.policyLabel}</Text>
      <Text size={200} className={styles.preview}>{s.policyHint}</Text>
      <div className={styles.rows}>
        {rows.map((r, i) => {
          const message = problemText(check.rowProblems[i], s, lang, labels);
          return (
            <div className={styles.row} key={i} data-testid="policy-row">
              <Field className={styles.days} validationState={message ? "error" : "none"} validationMessage={message}>
                <Input className={styles.daysInput} aria-label={format(s.fromDaysRow, { n: i + 1 })} value={r.fromDays} onChange={(_, d) => setRow(i, { fromDays: d.value })} inputMode="numeric" />
              </Field>
              <Select aria-label={format(s.stageRow, { n: i + 1 })} className={styles.input} value={r.stage} onChange={(_, d) => setRow(i, { stage: d.value })}>
                {[...new Set([...STAGE_KEYS, r.stage])].map((k) => <option key={k} value={k}>{stageName(k)}</option>)}
              </Select>
              <Button appearance="subtle" icon={<DismissRegular />} aria-label={format(s.removeRow, { n: i + 1 })} disabled={rows.length === 1} onClick={() => edit(rows.filter((_, j) => j !== i))} />
            </div>
          );
        })}
        {policyMessage && <Text className={styles.error} data-testid="policy-message">{policyMessage}</Text>}
        <div className={styles.row}>
          <Button size="small" onClick={addRow}>{s.addStage}</Button>
          <SaveControls s={s} dirty={dirty} canSave={!!check.policy} onSave={onSave} onDiscard={() => { setDraft(undefined); saving.clear(); }} status={saving.status} testId="policy-status" />
        </div>
      </div>
    </section>
  );
}
