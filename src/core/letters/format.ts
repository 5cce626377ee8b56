import { ymdFromSerial, isoFromSerial, type Day } from "../dates";
import type { LetterLang } from "./types";

/** A date as ISO text in English, as 2026年11月27日 in Chinese business letters. */
export function formatLetterDate(day: Day, lang: LetterLang): string {
  if (lang === "en") return isoFromSerial(day);
  const { year, month, day: dom } = ymdFromSerial(day);
  return `${year}年${month}月${dom}日`;
}

/** Columns on screen: CJK and full-width characters take two cells, so tables still line up. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}
