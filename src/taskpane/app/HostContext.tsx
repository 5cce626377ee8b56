import { createContext, useContext } from "react";
import { type HostInfo, NO_HOST } from "../excel/host";

export const HostContext = createContext<HostInfo>(NO_HOST);

/** Whether Excel is available: pages disable workbook actions when `excel` is false. */
export function useHost(): HostInfo {
  return useContext(HostContext);
}
