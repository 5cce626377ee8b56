import { createRoot } from "react-dom/client";
import type { HostInfo } from "../excel/host";
import { App } from "./App";

export function mountApp(root: HTMLElement, host: HostInfo): void {
  createRoot(root).render(<App host={host} />);
}
