import { Subtitle2 } from "@fluentui/react-components";
import { usePageStrings } from "../../i18n/pageStrings";
import { AgingBoundsField } from "./AgingBoundsField";
import { LanguageField } from "./LanguageField";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";

/** Dunning policy, scorecard weights, currency and backup join this page as their features land. */
export default function SettingsPage() {
  const s = usePageStrings(strings);
  const styles = useSettingsStyles();
  return (
    <section className={styles.page} aria-label={s.title}>
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <AgingBoundsField />
      <LanguageField />
    </section>
  );
}
