import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, maxWidth: "480px" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  input: { flexGrow: 1 },
  preview: { color: tokens.colorNeutralForeground3 },
});
