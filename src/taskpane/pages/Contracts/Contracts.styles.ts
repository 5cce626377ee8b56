import { makeStyles, tokens } from "@fluentui/react-components";
import { listScroller, recordPageRules } from "../../styles/recordPage.styles";

export const useContractsStyles = makeStyles({
  ...recordPageRules,
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  scroller: listScroller(300),
});
