import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type Dictionary, enUS, type StringKey } from "./en-US";
import { format, type Lang, langOf, type UiLanguage } from "./language";
import { zhCN } from "./zh-CN";

const DICTIONARIES: Record<UiLanguage, Dictionary> = { "en-US": enUS, "zh-CN": zhCN };

export interface Strings {
  readonly language: UiLanguage;
  readonly lang: Lang;
  /** A shell string in the current language. */
  t(key: StringKey, params?: Readonly<Record<string, string | number>>): string;
}

function stringsFor(language: UiLanguage): Strings {
  const dictionary = DICTIONARIES[language];
  return { language, lang: langOf(language), t: (key, params) => format(dictionary[key], params) };
}

const StringsContext = createContext<Strings>(stringsFor("en-US"));

export function StringsProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => stringsFor(language), [language]);
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}

/** The current language and its shell strings. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
