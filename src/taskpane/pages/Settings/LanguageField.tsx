import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { LANGUAGE_PREFERENCES, type LanguagePreference } from "../../../core/store/settings";
import { useSettings } from "../../app/SettingsContext";
import { usePageStrings } from "../../i18n/pageStrings";
import { LANGUAGE_NAMES, strings } from "./strings";

/** Saved as soon as it is chosen: the whole pane switches language at once. */
export function LanguageField() {
  const s = usePageStrings(strings);
  const { settings, save } = useSettings();
  return (
    <Field label={s.languageLabel}>
      <RadioGroup
        value={settings.language}
        onChange={(_, data) => {
          const choice = LANGUAGE_PREFERENCES.find((l) => l === data.value);
          if (choice) void save("language", choice as LanguagePreference).catch((e: unknown) => console.error("Language not saved", e));
        }}
      >
        {LANGUAGE_PREFERENCES.map((l) => (
          <Radio key={l} value={l} label={l === "auto" ? s.languageAuto : LANGUAGE_NAMES[l]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
