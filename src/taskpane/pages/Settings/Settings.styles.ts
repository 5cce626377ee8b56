import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, maxWidth: "480px" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  rows: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  input: { flexGrow: 1 },
  days: { width: "96px", flexShrink: 0 },
  daysInput: { width: "100%", minWidth: 0 },
  preview: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  weights: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, maxWidth: "320px" },
});
