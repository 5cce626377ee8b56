/**
 * The shell's English strings. zh-CN.ts has exactly the same keys (the compiler checks it).
 * `{name}` placeholders are filled by `t(key, { name })`.
 *
 * A page's own strings live beside it in `pages/<Page>/strings.ts` as `{ en: {...}, zh: {...} }`
 * made with `definePageStrings` and are read with `usePageStrings(strings)`; only text shared by
 * the whole pane belongs here.
 */
export const enUS = {
  "app.title": "Huikuan",
  "app.subtitle": "Receivables collection",
  "nav.label": "Pages",
  "nav.today": "Today",
  "nav.contracts": "Contracts",
  "nav.customers": "Customers",
  "nav.reminders": "Reminders",
  "nav.dashboard": "Dashboard",
  "nav.data": "Data",
  "nav.settings": "Settings",
  "host.noExcel.title": "Excel not available.",
  "host.noExcel.body": "The ledger works here, but workbook actions (import from a sheet, reports into a sheet) need Excel.",
  "settings.reset": "The setting “{name}” was invalid and has been reset to its default.",
  "setting.agingBounds": "Aging buckets",
  "setting.language": "Language",
  "setting.dunningPolicy": "Dunning policy",
  "setting.scorecardWeights": "Scorecard weights",
  "setting.defaultCurrency": "Default currency",
  "setting.rankingRates": "Exchange rates for ranking",
  "page.placeholder": "This page is on its way.",
  "common.loading": "Loading…",
  "common.dismiss": "Dismiss",
  "common.error": "Something went wrong: {message}",
} as const;

export type StringKey = keyof typeof enUS;
export type Dictionary = Readonly<Record<StringKey, string>>;
