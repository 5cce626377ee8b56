import { makeStyles, tokens } from "@fluentui/react-components";

export const useDashboardStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // A card is never wider than the pane, and its figure wraps inside it: an amount such as
  // CNY 10,000,004,085,678.90 is one unbreakable word that would otherwise spill into the next card.
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(130px, 100%), 1fr))", gap: tokens.spacingHorizontalS },
  figure: {
    display: "flex", flexDirection: "column", padding: tokens.spacingHorizontalS, minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  value: { fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere", minWidth: 0 },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  currencyBar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  currencyPicker: { minWidth: "96px" },
});
