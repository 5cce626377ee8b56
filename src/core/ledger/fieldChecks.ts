import { type Day, MAX_DAY, MIN_DAY, serialFromIso } from "../dates";
import { inputError } from "../errors";
import { fromMinor, type Minor } from "../money";

/**
 * Field checks for records about to be written. Each returns the normalised value so a validator
 * reads as a list of declarations. Messages show money in currency units, as the user typed it.
 */

export function text(value: unknown, arg: string): string {
  if (typeof value !== "string" || value.trim() === "") return inputError("required", { arg });
  return value.trim();
}

export function optionalText(value: unknown, arg: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") return inputError("notText", { arg, got: String(value) });
  return value.trim() || undefined;
}

/** A valid ISO date, normalised to `YYYY-MM-DD` (2026-3-5 → 2026-03-05). */
export function isoDate(value: unknown, arg: string): string {
  if (value === undefined || value === null || value === "") return inputError("required", { arg });
  const day = typeof value === "string" ? serialFromIso(value) : undefined;
  if (day === undefined) return inputError("notADate", { arg, got: JSON.stringify(value) });
  return normalise(value as string, day);
}

export function optionalIsoDate(value: unknown, arg: string): string | undefined {
  return value === undefined || value === null || value === "" ? undefined : isoDate(value, arg);
}

function normalise(value: string, day: Day): string {
  if (day < MIN_DAY || day > MAX_DAY) inputError("dateOutOfRange", { arg: value });
  const [y, m, d] = value.trim().split("-");
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

function minor(value: unknown, arg: string): Minor {
  if (typeof value !== "number" || !Number.isFinite(value)) return inputError("notANumber", { arg, got: String(value) });
  if (!Number.isSafeInteger(value)) return inputError("notAnInteger", { arg, got: value });
  return value;
}

export function positiveMinor(value: unknown, arg: string): Minor {
  const m = minor(value, arg);
  if (m <= 0) inputError("mustBePositive", { arg, got: fromMinor(m) }, "num");
  return m;
}

export function nonNegativeMinor(value: unknown, arg: string): Minor {
  const m = minor(value, arg);
  if (m < 0) inputError("mustNotBeNegative", { arg, got: fromMinor(m) }, "num");
  return m;
}

export function numberBetween(value: unknown, arg: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return inputError("notANumber", { arg, got: String(value) });
  if (value < min || value > max) inputError("mustBeBetween", { arg, min, max, got: value }, "num");
  return value;
}

export function wholeBetween(value: unknown, arg: string, min: number, max: number): number {
  const n = numberBetween(value, arg, min, max);
  if (!Number.isInteger(n)) inputError("notAnInteger", { arg, got: n });
  return n;
}

export function oneOf<T extends string>(value: unknown, arg: string, valid: readonly T[]): T {
  if (typeof value === "string" && (valid as readonly string[]).includes(value)) return value as T;
  return inputError("unknownOption", { arg, got: JSON.stringify(value), valid: valid.join(", ") });
}

/** A reference to another record (an auto-increment key). */
export function recordId(value: unknown, arg: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) return inputError("required", { arg });
  return value;
}
