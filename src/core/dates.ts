/**
 * Whole days as Excel serial numbers, 1900 date system (ECMA-376 Part 1, §18.17.4.1):
 * serial 1 = 1900-01-01, 60 = the fictitious 1900-02-29 Lotus kept, 61 = 1900-03-01.
 * No Date objects and no time zones: a day is an integer.
 */
export type Day = number;

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export const MIN_DAY: Day = 1; // 1900-01-01
export const MAX_DAY: Day = 2958465; // 9999-12-31

// Days from 0000-03-01 to 1970-01-01 style civil arithmetic (Howard Hinnant's algorithm).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const EPOCH = daysFromCivil(1899, 12, 30); // serial 0 for dates from 1900-03-01 on

export function isLeapYear(year: number): boolean {
  // Excel counts 1900 as a leap year; serial 60 is its 29 February.
  return year === 1900 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The serial of a calendar date; the caller checks validity with isValidYmd. */
export function serialFromYmd(year: number, month: number, day: number): Day {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const serial = daysFromCivil(year, month, day) - EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

export function ymdFromSerial(serial: Day): Ymd {
  if (serial === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays((serial < 60 ? serial + 1 : serial) + EPOCH);
}

export function isoFromSerial(serial: Day): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;

/** The serial of ISO text `YYYY-MM-DD`, or undefined when the text is not a real date. */
export function serialFromIso(text: string): Day | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : undefined;
}

const ISO_DATE_TIME = /^\s*(\d{4}-\d{1,2}-\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*$/;

/**
 * The day of ISO date-and-time text without a time zone (`2026-11-27 10:30`,
 * `2026-11-27T10:30:00.000`), the time of day dropped; undefined when it is not a real date and
 * time. Text with a zone (`Z`, `+08:00`) is not read: its day depends on where it is read.
 */
export function serialFromIsoDateTime(text: string): Day | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return undefined;
  return serialFromIso(m[1]);
}

/** Excel's EDATE: the same day `months` later, clamped to the end of a shorter month. */
export function edate(serial: Day, months: number): Day {
  const { year, month, day } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return serialFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Excel's EOMONTH: the last day of the month `months` after the serial's month. */
export function eomonth(serial: Day, months: number): Day {
  const { year, month } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return serialFromYmd(y, m, daysInMonth(y, m));
}

/** ISO weekday of a serial: 1 = Monday … 7 = Sunday (serial 1, 1900-01-01, counts as Sunday in Excel). */
export function isoWeekday(serial: Day): number {
  // Excel's WEEKDAY(serial, 2) — consistent with its fictitious leap day.
  return ((serial + 5) % 7) + 1;
}
