import { Link, Subtitle2, Text } from "@fluentui/react-components";
import { usePageStrings } from "../../i18n/pageStrings";
import { AgingBoundsField } from "./AgingBoundsField";
import { CurrencyField } from "./CurrencyField";
import { DunningPolicyField } from "./DunningPolicyField";
import { LanguageField } from "./LanguageField";
import { RankingRatesField } from "./RankingRatesField";
import { ScorecardWeightsField } from "./ScorecardWeightsField";
import { useSettingsStyles } from "./Settings.styles";
import { strings } from "./strings";

/** Every setting of the pane; backup and restore live on the Data page, linked from here. */
export default function SettingsPage() {
  const s = usePageStrings(strings);
  const styles = useSettingsStyles();
  return (
    <section className={styles.page} aria-label={s.title}>
      <Subtitle2 as="h2">{s.title}</Subtitle2>
      <AgingBoundsField />
      <DunningPolicyField />
      <ScorecardWeightsField />
      <CurrencyField />
      <RankingRatesField />
      <LanguageField />
      <section className={styles.rows} aria-label={s.backupLabel}>
        <Text weight="semibold">{s.backupLabel}</Text>
        <Text size={200}>{s.backupText} <Link href="#/data">{s.backupLink}</Link></Text>
      </section>
    </section>
  );
}
