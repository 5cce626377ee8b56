import { type ComponentType, lazy, type LazyExoticComponent } from "react";
import type { StringKey } from "../i18n/en-US";

/**
 * The pane's pages in navigation order. Each page lives in its own folder
 * (`pages/<Page>/<Page>Page.tsx`, default export) and is loaded only when first shown, so a new
 * or grown page never slows the first paint. Replacing a page means editing its folder only.
 */
export type PageKey = "today" | "contracts" | "customers" | "reminders" | "dashboard" | "data" | "settings";

export interface PageDefinition {
  readonly key: PageKey;
  readonly labelKey: StringKey;
  readonly component: LazyExoticComponent<ComponentType>;
  /** The page shows the ledger: opening the pane on it starts reading the ledger with the page's code. */
  readonly readsLedger: boolean;
}

export const PAGES: readonly PageDefinition[] = [
  { key: "today", labelKey: "nav.today", component: lazy(() => import("../pages/Today/TodayPage")), readsLedger: true },
  { key: "contracts", labelKey: "nav.contracts", component: lazy(() => import("../pages/Contracts/ContractsPage")), readsLedger: true },
  { key: "customers", labelKey: "nav.customers", component: lazy(() => import("../pages/Customers/CustomersPage")), readsLedger: true },
  { key: "reminders", labelKey: "nav.reminders", component: lazy(() => import("../pages/Reminders/RemindersPage")), readsLedger: true },
  { key: "dashboard", labelKey: "nav.dashboard", component: lazy(() => import("../pages/Dashboard/DashboardPage")), readsLedger: true },
  { key: "data", labelKey: "nav.data", component: lazy(() => import("../pages/Data/DataPage")), readsLedger: false },
  { key: "settings", labelKey: "nav.settings", component: lazy(() => import("../pages/Settings/SettingsPage")), readsLedger: false },
];

export const DEFAULT_PAGE: PageKey = "today";

export function isPageKey(key: string): key is PageKey {
  return PAGES.some((p) => p.key === key);
}
