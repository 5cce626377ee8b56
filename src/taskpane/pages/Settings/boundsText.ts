import { validateBounds } from "../../../core/aging";
import { isArInputError } from "../../../core/errors";
import { MAX_AGING_BOUNDS } from "../../../core/store/settings";
import { format, type Lang } from "../../i18n/language";
import type { strings } from "./strings";

type SettingsStrings = (typeof strings)["en"];

export type BoundsParse =
  | { readonly ok: true; readonly bounds: readonly number[] }
  | { readonly ok: false; message(s: SettingsStrings, lang: Lang): string };

/** The core rule AR.AGING applies to its bounds; its message names the field in the user's words. */
function orderProblem(bounds: readonly number[], arg: string, lang: Lang): string | undefined {
  try {
    validateBounds(bounds, arg);
    return undefined;
  } catch (e) {
    if (isArInputError(e)) return e.messageIn(lang);
    throw e;
  }
}

/** Bounds as typed: whole numbers separated by commas (either width), 、, semicolons or spaces. */
export function parseBoundsText(text: string): BoundsParse {
  const tokens = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (tokens.length === 0) return { ok: false, message: (s) => s.boundsEmpty };
  const bad = tokens.find((t) => !/^[+-]?\d+$/.test(t));
  if (bad !== undefined) return { ok: false, message: (s) => format(s.boundsNotWhole, { token: bad }) };
  if (tokens.length > MAX_AGING_BOUNDS) return { ok: false, message: (s) => format(s.boundsTooMany, { max: MAX_AGING_BOUNDS }) };
  const bounds = tokens.map(Number);
  if (orderProblem(bounds, "bounds", "en") !== undefined) {
    return { ok: false, message: (s, lang) => orderProblem(bounds, s.boundsArg, lang) ?? "" };
  }
  return { ok: true, bounds };
}

export const boundsToText = (bounds: readonly number[]): string => bounds.join(", ");
