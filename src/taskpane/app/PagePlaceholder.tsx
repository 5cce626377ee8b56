import { Subtitle2, Text } from "@fluentui/react-components";
import type { StringKey } from "../i18n/en-US";
import { useStrings } from "../i18n/StringsContext";

/** Stands in for a page until its feature lands. */
export function PagePlaceholder({ titleKey }: { titleKey: StringKey }) {
  const { t } = useStrings();
  return (
    <section aria-label={t(titleKey)}>
      <Subtitle2 as="h2" block>{t(titleKey)}</Subtitle2>
      <Text>{t("page.placeholder")}</Text>
    </section>
  );
}
