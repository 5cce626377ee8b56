import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { LANGUAGE_PREFERENCES, type LanguagePreference } from "../../../core/store/settings";
import { useSettings } from "../../app/SettingsContext";
import { usePageStrings } from "../../i18n/pageStrings";
import { useStrings } from "../../i18n/StringsContext";
import { LANGUAGE_NAMES, strings } from "./strings";
import { useSaveStatus } from "./useSaveStatus";

/** Saved as soon as it is chosen: the whole pane switches language at once. A failed save says why. */
export function LanguageField() {
  const s = usePageStrings(strings);
  const { lang } = useStrings();
  const { settings, save } = useSettings();
  const saving = useSaveStatus(s, lang);
  const failed = saving.status.kind === "failed" ? saving.status.message : undefined;
  return (
    <Field label={s.languageLabel} validationState={failed ? "error" : "none"} validationMessage={failed}>
      <RadioGroup
        value={settings.language}
        data-testid="language-choice"
        onChange={(_, data) => {
          const choice = LANGUAGE_PREFERENCES.find((l) => l === data.value);
          if (choice) void saving.run(() => save("language", choice as LanguagePreference), saving.clear);
        }}
      >
        {LANGUAGE_PREFERENCES.map((l) => (
          <Radio key={l} value={l} label={l === "auto" ? s.languageAuto : LANGUAGE_NAMES[l]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
