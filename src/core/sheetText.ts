/**
 * Writing ledger text into cells so that it stays text. Excel parses a string written through
 * the Excel JavaScript API `range.values` as if it were typed: "=SUM(A1)", "+1", "-x", "@x" become formulas,
 * "00123" a number, "2026-01-31" a date, "TRUE" a boolean, "#N/A" an error. A leading apostrophe is
 * Excel's quote prefix: it makes the cell hold exactly the text after it, the apostrophe itself is
 * not part of the value (the Excel JavaScript API reads it back without it; see OfficeDev/office-js#6687, where
 * users enter '=… to keep formula-looking text), and it works whatever the number format.
 * We prefix only text that Excel would otherwise reinterpret, so ordinary names are written as is.
 */

/** First characters that make Excel (or a CSV consumer) start a formula: = + - @, and their full-width forms, tab and line breaks. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n]/;

/**
 * Text Excel would turn into a number, date, time, percentage, currency, boolean or error. A leading
 * percent sign, and the full-width digits, parenthesis, point, dollar and percent sign (Excel on a
 * Chinese or Japanese system may read "１２３" as 123), are quoted to be safe: the prefix is not part of the value.
 */
const VALUE_LIKE = /^\s*(?:[(\d.$¥￥€£%\uFF08\uFF10-\uFF19\uFF0E\uFF04\uFF05]|true\s*$|false\s*$|#)/i;

/** English month names as Excel's date parser reads them: three letters ("Sept" too) or in full. */
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*";

/**
 * Text starting with a letter that Excel still reads as a date: a month name followed by a day or a
 * year and nothing but date and time parts ("Jan-24", "Sep 2025", "Dec 5", "March 15, 2026",
 * "Nov 5 2026 9:30 PM"), after an optional weekday. "May Wong", "Mar" or "Mar 15 Holdings" stay text.
 * Day-first forms ("15-Mar", "1-Jan") start with a digit and are caught by VALUE_LIKE.
 */
const MONTH_DATE = new RegExp(`^\\s*(?:${WEEKDAY}\\.?,?\\s+)?${MONTH}\\.?[\\s\\-/,]*\\d[\\d\\s\\-/,.:]*(?:[ap]\\.?m?\\.?)?\\s*$`, "i");

/** Whether text written as a cell value needs the quote prefix to stay the same text. */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_START.test(text) || VALUE_LIKE.test(text) || MONTH_DATE.test(text) || text.startsWith("'");
}

/** The value to write for ledger text: the text itself, or the text behind Excel's quote prefix. */
export function sheetText(text: string | null | undefined): string {
  if (text === null || text === undefined || text === "") return "";
  return needsQuotePrefix(text) ? `'${text}` : text;
}

/** What a cell written with `sheetText(text)` holds: the quote prefix is not part of the value. */
export function cellValueOfWrittenText(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}
