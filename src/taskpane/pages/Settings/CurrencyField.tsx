import { Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { useSettings } from "../../app/SettingsContext";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { problemText } from "../../forms/problems";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { currencyDigits } from "../../../core/currencies";
import { checkCurrency, type CurrencyText, currencyToText, isoDigitsMessage, PRESET_CODES } from "./currencyChoice";
import { SaveControls } from "./SaveControls";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";
import { useSaveStatus } from "./useSaveStatus";

const OTHER = "";

/**
 * The default currency: a common code (its ISO digits filled in) or any other three-letter code,
 * with its minor-unit digits; checked as typed, kept as typed until saved or discarded.
 */
export function CurrencyField() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useSettingsStyles();
  const { settings, save } = useSettings();
  const [draft, setDraft] = useState<(CurrencyText & { other: boolean }) | undefined>();
  const saving = useSaveStatus(s, lang);
  const stored = settings.defaultCurrency;
  const text = draft ?? { ...currencyToText(stored), other: !PRESET_CODES.includes(stored.code) };
  const check = checkCurrency(text);
  const dirty = draft !== undefined && !(check.currency && check.currency.code === stored.code && check.currency.digits === stored.digits);
  // Typed and not saved: another page asks first (forms/unsavedGuard).
  useUnsavedEdits(dirty, s.unsavedCurrency);
  const digitsMessage = problemText(check.digitsProblem, s, lang, { digits: s.digits }) ?? isoDigitsMessage(check, s);
  const edit = (next: CurrencyText & { other: boolean }) => {
    setDraft(next);
    saving.clear();
  };
  const onSave = () => {
    const currency = check.currency;
    if (currency) void saving.run(() => save("defaultCurrency", currency), () => setDraft(undefined));
  };

  return (
    <section className={styles.rows} aria-label={s.currencyLabel} data-testid="currency-field">
      <Text weight="semibold">{s.currencyLabel}</Text>
      <Text size={200} className={styles.preview}>{s.currencyHint}</Text>
      <div className={styles.row}>
        <Select
          aria-label={s.currencyLabel}
          name="currencyPreset"
          className={styles.input}
          value={text.other ? OTHER : text.code}
          onChange={(_, d) => edit(d.value === OTHER ? { ...text, other: true } : { code: d.value, digits: String(currencyDigits(d.value)), other: false })}
        >
          {PRESET_CODES.map((c) => <option key={c} value={c}>{c}</option>)}
          <option value={OTHER}>{s.currencyOther}</option>
        </Select>
        {text.other && (
          <Field validationState={check.codeBad ? "error" : "none"} validationMessage={check.codeBad ? s.currencyCodeBad : undefined}>
            <Input aria-label={s.currencyCode} name="currencyCode" value={text.code} onChange={(_, d) => edit({ ...text, code: d.value })} />
          </Field>
        )}
      </div>
      <Field label={s.digits} hint={s.digitsHint} validationState={digitsMessage ? "error" : "none"} validationMessage={digitsMessage}>
        <Input name="currencyDigits" inputMode="numeric" value={text.digits} onChange={(_, d) => edit({ ...text, digits: d.value })} />
      </Field>
      <div className={styles.row}>
        <SaveControls s={s} dirty={dirty} canSave={!!check.currency} onSave={onSave} onDiscard={() => { setDraft(undefined); saving.clear(); }} status={saving.status} testId="currency-status" />
      </div>
    </section>
  );
}
