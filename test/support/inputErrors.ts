import fc from "fast-check";
import { ArInputError } from "../../src/core/errors";

/** The typed input error a core call raises; fails the test when it returns a value instead. */
export function inputErrorOf(run: () => unknown): ArInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof ArInputError) return e;
    throw e;
  }
  throw new Error("expected an input error, got a value");
}

/** A number from min to max in steps of 0.0001, spread evenly (fc.double crowds its values near zero). */
export const decimal = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1e4), max: Math.round(max * 1e4) }).map((v) => v / 1e4);
