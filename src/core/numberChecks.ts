import { inputError } from "./errors";

/**
 * Range checks shared by the metric, provision and credit functions. Each returns the value it
 * checked so a call reads as a declaration: `const days = positive(d, "days")`. A value outside
 * its range is #NUM! (Excel's error for a number a function cannot use).
 */

export function nonNegative(value: number, arg: string, row?: number): number {
  if (value < 0) inputError("mustNotBeNegative", withRow({ arg, got: value }, row), "num");
  return value;
}

export function positive(value: number, arg: string): number {
  if (!(value > 0)) inputError("mustBePositive", { arg, got: value }, "num");
  return value;
}

export function between(value: number, arg: string, min: number, max: number, row?: number): number {
  if (value < min || value > max) inputError("mustBeBetween", withRow({ arg, min, max, got: value }, row), "num");
  return value;
}

/** A ratio's denominator: zero is #DIV/0!, as Excel says for any ratio over zero. */
export function nonZero(value: number, arg: string): number {
  if (value === 0) inputError("divideByZero", { arg }, "div0");
  return value;
}

/** Round half away from zero to `decimals` places, after dropping binary noise (0.1 + 0.2). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Number((Math.abs(value) * scale).toPrecision(15)))) / scale;
  return rounded === 0 ? 0 : rounded;
}

function withRow(params: Record<string, string | number>, row?: number): Record<string, string | number> {
  return row === undefined ? params : { ...params, row };
}
