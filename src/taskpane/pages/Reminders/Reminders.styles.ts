import { makeStyles, tokens } from "@fluentui/react-components";

export const useRemindersStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  scroller: { maxHeight: "45vh", overflowY: "auto" },
  entry: {
    position: "absolute", left: 0, right: 0, boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "baseline" },
  muted: { color: tokens.colorNeutralForeground3 },
  draftControls: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  body: { fontFamily: tokens.fontFamilyMonospace, minHeight: "260px" },
});
