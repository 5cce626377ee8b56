import type { LanguagePreference } from "../../core/store/settings";

/** The languages the pane is written in. */
export type UiLanguage = "zh-CN" | "en-US";
/** Short form used by page string tables and core error messages. */
export type Lang = "en" | "zh";

export const langOf = (language: UiLanguage): Lang => (language === "zh-CN" ? "zh" : "en");

/** Any Chinese locale (zh, zh-CN, zh-Hans, zh-TW …) reads the Chinese text; everything else English. */
export function uiLanguageFor(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/**
 * The language the pane shows: the user's choice in Settings, else Office's display language,
 * else (outside Office) the browser's.
 */
export function resolveLanguage(preference: LanguagePreference, officeLanguage?: string, browserLanguage?: string): UiLanguage {
  if (preference !== "auto") return preference;
  return uiLanguageFor(officeLanguage ?? browserLanguage);
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
