import { Field, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import { FACTORS, type Factor } from "../../../core/credit/scorecard";
import { useSettings } from "../../app/SettingsContext";
import { useUnsavedEdits } from "../../forms/unsavedGuard";
import { problemText } from "../../forms/problems";
import { format } from "../../i18n/language";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { SaveControls } from "./SaveControls";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";
import { useSaveStatus } from "./useSaveStatus";
import { checkWeights, sameWeights, type WeightsText, weightsToText } from "./weightsText";

/**
 * The five scorecard weights in percent, checked as typed by core's weightsFromList (none
 * negative, together 100%). The running total shows while typing; what was typed stays until
 * saved or discarded.
 */
export function ScorecardWeightsField() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const styles = useSettingsStyles();
  const { settings, save } = useSettings();
  const [draft, setDraft] = useState<WeightsText | undefined>();
  const saving = useSaveStatus(s, lang);
  const text = draft ?? weightsToText(settings.scorecardWeights);
  const check = checkWeights(text);
  const label = (f: Factor) => s[`factor.${f}`];
  const labels = Object.fromEntries(FACTORS.map((f) => [f, label(f)]));
  const dirty = draft !== undefined && !(check.weights && sameWeights(check.weights, settings.scorecardWeights));
  // Typed and not saved: another page asks first (forms/unsavedGuard).
  useUnsavedEdits(dirty, s.unsavedWeights);
  const onSave = () => {
    const weights = check.weights;
    if (weights) void saving.run(() => save("scorecardWeights", weights), () => setDraft(undefined));
  };

  return (
    <section className={styles.rows} aria-label={s.weightsLabel} data-testid="weights-field">
      <Text weight="semibold">{s.weightsLabel}</Text>
      <Text size={200} className={styles.preview}>{s.weightsHint}</Text>
      <div className={styles.weights}>
        {FACTORS.map((f) => {
          const message = problemText(check.problems[f], s, lang, labels);
          return (
            <Field key={f} label={label(f)} orientation="horizontal" validationState={message ? "error" : "none"} validationMessage={message}>
              <Input
                name={f}
                inputMode="decimal"
                value={text[f]}
                contentAfter="%"
                onChange={(_, d) => {
                  setDraft({ ...text, [f]: d.value });
                  saving.clear();
                }}
              />
            </Field>
          );
        })}
      </div>
      {check.totalPercent !== undefined && (
        <Text className={check.notHundred ? styles.error : styles.preview} data-testid="weights-total">
          {check.notHundred ? format(s.weightsNotHundred, { total: check.totalPercent }) : format(s.weightsTotal, { total: check.totalPercent })}
        </Text>
      )}
      <div className={styles.row}>
        <SaveControls s={s} dirty={dirty} canSave={!!check.weights} onSave={onSave} onDiscard={() => { setDraft(undefined); saving.clear(); }} status={saving.status} testId="weights-status" />
      </div>
    </section>
  );
}
