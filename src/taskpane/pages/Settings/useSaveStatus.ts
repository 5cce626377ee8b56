import { useState } from "react";
import { errorMessage } from "../../forms/fieldError";
import { format, type Lang } from "../../i18n/language";
import type { SettingKey } from "../../../core/store/settings";
import type { SettingsStrings } from "./strings";

/** Each setting by the label its editor shows, so a refusal names it in the user's language. */
export function settingLabels(s: SettingsStrings): Record<SettingKey, string> {
  return {
    agingBounds: s.boundsLabel, language: s.languageLabel, dunningPolicy: s.policyLabel,
    scorecardWeights: s.weightsLabel, defaultCurrency: s.currencyLabel, rankingRates: s.ratesLabel,
  };
}

export type SaveStatus = { kind: "idle" } | { kind: "saved" } | { kind: "failed"; message: string };

/**
 * What happened to the last save of an editor: saved, or failed with the reason. Typing again
 * clears it (`clear`), so a stale "Saved." never sits under a changed value.
 */
export function useSaveStatus(s: SettingsStrings, lang: Lang) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  async function run(save: () => Promise<void>, onSaved: () => void): Promise<void> {
    try {
      await save();
      onSaved();
      setStatus({ kind: "saved" });
    } catch (e) {
      setStatus({ kind: "failed", message: format(s.saveFailed, { message: errorMessage(e, lang, settingLabels(s)) }) });
    }
  }
  return { status, run, clear: () => setStatus({ kind: "idle" }) };
}
