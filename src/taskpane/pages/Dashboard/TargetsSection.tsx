import { useEffect, useId, useMemo, useState } from "react";
import {
  Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Subtitle2, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { COMMON_CURRENCIES } from "../../../core/currencies";
import { formatMoney } from "../../../core/moneyFormat";
import { isStaleEdit } from "../../../core/store/revision";
import { deleteTarget, setTarget } from "../../../core/store/targets";
import type { CollectionTarget } from "../../../core/store/types";
import { getLedger } from "../../app/ledger";
import { useSettings } from "../../app/SettingsContext";
import { errorMessage } from "../../forms/fieldError";
import { problemText } from "../../forms/problems";
import { useFormState } from "../../forms/useFormState";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { digitsFor } from "../../ledger/currencyDigits";
import { Amount } from "./Amount";
import { strings, targetArgLabels } from "./strings";
import {
  checkTargetForm, emptyTargetForm, findTarget, ownerAsInLedger, ownerSuggestions, type TargetField, targetFormFrom, targetsNewestFirst,
} from "./targetForm";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, "> *": { flex: 1, minWidth: 0 } },
  line: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
});

export interface TargetsSectionProps {
  readonly targets: readonly CollectionTarget[];
  readonly contracts: readonly { owner: string }[];
  /** The Dashboard's period ("YYYY-MM"): a new target's default. */
  readonly period: string;
  /** The Dashboard's selected currency: a new target's default. */
  readonly currency: string;
  /** The currency a target stored without one is read in (DashboardView.targetsCurrency). */
  readonly fallbackCurrency: string;
}

type Status = { intent: "success" | "error"; text: string; testId: string };

/**
 * Collection targets: every stored target (newest period first) and a form to add or change one.
 * One target per owner, period and currency: saving one that exists changes it, from the
 * rev the form was opened on (a change made elsewhere since is taken in, keeping what was typed).
 * The Dashboard's snapshot watches the ledger, so the chart follows the write by itself.
 */
export function TargetsSection({ targets, contracts, period, currency, fallbackCurrency }: TargetsSectionProps) {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useStyles();
  const { settings } = useSettings();
  const ownersListId = useId();
  const form = useFormState<TargetField>(emptyTargetForm(period, currency));
  const { values, set } = form;
  /** The stored target the form was opened on (Edit), with its rev. */
  const [opened, setOpened] = useState<CollectionTarget | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [saving, setSaving] = useState(false);
  // A target typed and not saved: another page, or opening another target here, asks first (forms/unsavedGuard).
  const confirmDiscard = useUnsavedEdits(form.dirty, s.unsavedTarget);

  // A blank form follows the Dashboard's currency; anything typed is kept.
  const blank = !opened && values.owner === "" && values.amount === "";
  useEffect(() => {
    if (blank) form.reset(emptyTargetForm(period, currency));
  }, [currency, period]); // only when the Dashboard's currency or period changes, not on each keystroke

  const digitsOf = (code: string) => digitsFor(code, settings.defaultCurrency);
  const currencyOf = (t: CollectionTarget) => (t.currency?.trim() ? t.currency : fallbackCurrency);
  const moneyOf = (t: CollectionTarget) => formatMoney(t.targetMinor, currencyOf(t), digitsOf(currencyOf(t)));
  const digits = digitsOf(values.currency);
  const check = useMemo(() => checkTargetForm(values, digits), [values, digits]);
  const labels = targetArgLabels(s);
  const fieldState = (f: TargetField) => form.fieldState(f, problemText(check.problems[f], s, lang, labels), lang);
  const hasProblems = Object.keys(check.problems).length > 0;
  const existing = findTarget(targets, values.owner, values.period, values.currency);
  const rows = useMemo(() => targetsNewestFirst(targets), [targets]);
  const owners = useMemo(() => ownerSuggestions(contracts), [contracts]);
  const currencies = [...new Set([currency, ...COMMON_CURRENCIES, values.currency])];

  function edit(t: CollectionTarget) {
    setOpened(t);
    setStatus(undefined);
    form.reset(targetFormFrom(t, digitsOf(currencyOf(t)), fallbackCurrency));
  }

  function clear() {
    setOpened(undefined);
    setStatus(undefined);
    form.reset(emptyTargetForm(period, currency));
  }

  async function save() {
    form.setSubmitted(true);
    setStatus(undefined);
    if (!check.draft) return;
    // The owner as the ledger spells it: "zhang min" typed is the contracts' Zhang Min.
    const draft = { ...check.draft, owner: ownerAsInLedger(check.draft.owner, contracts) };
    setSaving(true);
    const db = getLedger();
    // Changing the target the form was opened on (its owner, period or currency too): by its id, from
    // the rev it was read at; else the one stored now for this owner (in any case), period and
    // currency, if any, by its id too — so "zhang min" changes Zhang Min's target, not a second one.
    const target = opened ?? existing;
    const expected = target !== undefined ? { id: target.id!, rev: target.rev } : undefined;
    // The period as stored (an older "2026-q4" stays that record), else as typed, upper-cased.
    const storedPeriod = opened === undefined ? existing?.period ?? draft.period : draft.period;
    try {
      await setTarget(db, { ...draft, period: storedPeriod }, expected);
      setStatus({ intent: "success", testId: "target-saved", text: format(s.targetSaved, { owner: draft.owner, period: draft.period, amount: formatMoney(draft.targetMinor, draft.currency!, digits) }) });
      setOpened(undefined);
      form.reset({ ...emptyTargetForm(values.period.trim(), values.currency) });
    } catch (e) {
      const message = errorMessage(e, lang, labels);
      const fresh = !isStaleEdit(e)
        ? undefined
        : target !== undefined
          ? await db.targets.get(target.id!)
          : await db.targets.where("[owner+period+currency]").equals([draft.owner, storedPeriod, draft.currency!]).first();
      if (fresh) {
        form.rebase(targetFormFrom(fresh, digitsOf(currencyOf(fresh)), fallbackCurrency));
        setOpened(fresh);
        setStatus({ intent: "error", testId: "target-failure", text: s.staleMerged });
      } else {
        setStatus({ intent: "error", testId: "target-failure", text: format(s.saveFailed, { message }) });
      }
    } finally {
      setSaving(false);
    }
  }

  async function remove(t: CollectionTarget) {
    setStatus(undefined);
    try {
      await deleteTarget(getLedger(), t.id!, t.rev);
      if (opened?.id === t.id) setOpened(undefined);
      setStatus({ intent: "success", testId: "target-saved", text: format(s.targetDeleted, { owner: t.owner, period: t.period, currency: currencyOf(t) }) });
    } catch (e) {
      setStatus({ intent: "error", testId: "target-failure", text: format(s.deleteFailed, { message: errorMessage(e, lang, labels) }) });
    }
  }

  return (
    <section className={styles.card} aria-label={s.targetsEditor} data-testid="targets-editor">
      <Subtitle2 as="h3">{s.targetsEditor}</Subtitle2>
      <Text size={200} className={styles.muted}>{s.targetsEditorHint}</Text>
      {rows.length === 0 ? <Text className={styles.muted} data-testid="targets-none">{s.noTargetsYet}</Text> : (
        <Table size="small" data-testid="targets-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.colOwner}</TableHeaderCell>
              <TableHeaderCell>{s.colPeriod}</TableHeaderCell>
              <TableHeaderCell>{s.colTarget}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((t) => (
              <TableRow key={t.id} data-testid="target-row">
                <TableCell>{t.owner}</TableCell>
                <TableCell>{t.period}</TableCell>
                <TableCell className={styles.num}><Amount value={moneyOf(t)} /></TableCell>
                <TableCell>
                  <div className={styles.line}>
                    <Button size="small" appearance="subtle" onClick={() => (form.dirty ? confirmDiscard(() => edit(t)) : edit(t))} aria-label={`${s.editTarget} ${t.owner} ${t.period} ${currencyOf(t)}`}>{s.editTarget}</Button>
                    <Button size="small" appearance="subtle" onClick={() => void remove(t)} aria-label={`${s.deleteTarget} ${t.owner} ${t.period} ${currencyOf(t)}`}>{s.deleteTarget}</Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <form ref={form.formRef} className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="target-form">
        {status && <MessageBar intent={status.intent} data-testid={status.testId}><MessageBarBody>{status.text}</MessageBarBody></MessageBar>}
        {form.submitted && hasProblems && <MessageBar intent="warning"><MessageBarBody>{s.fixErrors}</MessageBarBody></MessageBar>}
        <div className={styles.row}>
          <Field label={s.targetOwner} required {...fieldState("owner")}>
            <Input name="owner" list={ownersListId} autoComplete="off" value={values.owner} onChange={(_, d) => set("owner", d.value)} />
          </Field>
          <datalist id={ownersListId}>{owners.map((o) => <option key={o} value={o} />)}</datalist>
          <Field label={s.targetPeriod} required hint={s.targetPeriodHint} {...fieldState("period")}>
            <Input name="period" value={values.period} onChange={(_, d) => set("period", d.value)} />
          </Field>
        </div>
        <div className={styles.row}>
          <Field label={s.targetAmount} required {...fieldState("amount")}>
            <Input name="amount" inputMode="decimal" value={values.amount} onChange={(_, d) => set("amount", d.value)} />
          </Field>
          <Field label={s.targetCurrency} {...fieldState("currency")}>
            {/* A Dropdown, not a native select: its options exist only while it is open, so they never stand beside the Dashboard's own currency picker's. */}
            <Dropdown
              data-testid="target-currency"
              value={values.currency}
              selectedOptions={[values.currency]}
              onOptionSelect={(_, d) => { if (d.optionValue) set("currency", d.optionValue); }}
            >
              {currencies.map((c) => <Option key={c} value={c}>{c}</Option>)}
            </Dropdown>
          </Field>
        </div>
        {existing && (
          <Text size={200} className={styles.muted} data-testid="target-exists">
            {format(s.targetExists, { owner: existing.owner, period: existing.period, amount: moneyOf(existing) })}
          </Text>
        )}
        <div className={styles.line}>
          <Button appearance="primary" type="submit" disabled={saving}>{saving ? s.saving : s.saveTarget}</Button>
          <Button appearance="secondary" onClick={clear} disabled={saving}>{s.clearTarget}</Button>
        </div>
      </form>
    </section>
  );
}
