import { fromMinor } from "../../../../core/money";

/** Charts plot currency units; the figures stay exact in minor units until this last step. */
export function plotValue(minor: number, digits: number): number {
  return fromMinor(minor, digits);
}
