import { useStrings } from "./StringsContext";

/**
 * A page's own strings, kept in its folder (`pages/<Page>/strings.ts`):
 *
 *   export const strings = definePageStrings({
 *     en: { title: "Contracts", count: "{n} contracts" },
 *     zh: { title: "合同", count: "共 {n} 份合同" },
 *   });
 *   const s = usePageStrings(strings);   // s.title, format(s.count, { n })
 *
 * The Chinese table must have exactly the English keys (the compiler checks it).
 */
export function definePageStrings<K extends string>(tables: { en: Record<K, string>; zh: Record<K, string> }) {
  return tables;
}

export function usePageStrings<K extends string>(tables: { en: Record<K, string>; zh: Record<K, string> }): Record<K, string> {
  return tables[useStrings().lang];
}
