import { makeStyles, tokens } from "@fluentui/react-components";

export const useDashboardStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS },
  figure: {
    display: "flex", flexDirection: "column", padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  value: { fontVariantNumeric: "tabular-nums" },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  currencyBar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  currencyPicker: { minWidth: "96px" },
});
