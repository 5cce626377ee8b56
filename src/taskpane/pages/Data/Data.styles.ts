import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL, maxWidth: "560px" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  mapping: { display: "grid", gridTemplateColumns: "minmax(120px, 1fr) 2fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  refusals: { maxHeight: "240px", overflowY: "auto", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hiddenInput: { display: "none" },
});
