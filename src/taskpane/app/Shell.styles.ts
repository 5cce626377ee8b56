import { makeStyles, tokens } from "@fluentui/react-components";

export const useShellStyles = makeStyles({
  shell: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  header: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  subtitle: { color: tokens.colorNeutralForeground3 },
  nav: { flexWrap: "wrap" },
  content: { paddingTop: tokens.spacingVerticalS },
});
