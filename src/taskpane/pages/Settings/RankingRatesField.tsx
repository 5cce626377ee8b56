import { Field, Input, Text } from "@fluentui/react-components";
import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { rankingBase } from "../../../core/ledger/rankingRates";
import { getLedger } from "../../app/ledger";
import { useSettings } from "../../app/SettingsContext";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { format } from "../../i18n/language";
import { problemText } from "../../forms/problems";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { checkRates, rateCurrencies, type RatesText, ratesToText, sameRates } from "./ratesText";
import { SaveControls } from "./SaveControls";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";
import { useSaveStatus } from "./useSaveStatus";

/**
 * Exchange rates the Today queue ranks with: one per currency of the ledger's contracts other than
 * the base (the rates' own base once any is set, else the default currency). Blank is no rate.
 * Kept as typed until saved or discarded.
 */
export function RankingRatesField() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useSettingsStyles();
  const { settings, save } = useSettings();
  const contractCurrencies = useLiveQuery(async () => (await getLedger().contracts.toArray()).map((c) => c.currency), []);
  const [draft, setDraft] = useState<RatesText | undefined>();
  const saving = useSaveStatus(s, lang);
  const stored = settings.rankingRates;
  const base = rankingBase(stored, settings.defaultCurrency);
  const codes = rateCurrencies(contractCurrencies ?? [], stored, base);
  const text = { ...ratesToText(stored, codes), ...draft };
  const check = checkRates(text);
  const dirty = draft !== undefined && !(check.rates && sameRates(check.rates, stored.rates));
  // Typed and not saved: another page asks first (forms/unsavedGuard).
  useUnsavedEdits(dirty, s.unsavedRates);
  const onSave = () => {
    const rates = check.rates;
    if (rates) void saving.run(() => save("rankingRates", { base, rates }), () => setDraft(undefined));
  };

  return (
    <section className={styles.rows} aria-label={s.ratesLabel} data-testid="rates-field">
      <Text weight="semibold">{s.ratesLabel}</Text>
      <Text size={200} className={styles.preview}>{format(s.ratesHint, { base })}</Text>
      {contractCurrencies !== undefined && codes.length === 0 && <Text size={200} data-testid="rates-none">{format(s.ratesNone, { base })}</Text>}
      {codes.map((code) => {
        const message = problemText(check.problems[code], s, lang, { [code]: code });
        return (
          <Field key={code} label={format(s.rateRow, { code, base })} validationState={message ? "error" : "none"} validationMessage={message}>
            <Input
              name={`rate-${code}`}
              inputMode="decimal"
              value={text[code] ?? ""}
              onChange={(_, d) => {
                setDraft({ ...text, [code]: d.value });
                saving.clear();
              }}
            />
          </Field>
        );
      })}
      <div className={styles.row}>
        <SaveControls s={s} dirty={dirty} canSave={!!check.rates} onSave={onSave} onDiscard={() => { setDraft(undefined); saving.clear(); }} status={saving.status} testId="rates-status" />
      </div>
    </section>
  );
}
