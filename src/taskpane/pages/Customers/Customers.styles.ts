import { makeStyles } from "@fluentui/react-components";
import { listScroller, recordPageRules } from "../../styles/recordPage.styles";

export const useCustomersStyles = makeStyles({
  ...recordPageRules,
  scroller: listScroller(260),
});
