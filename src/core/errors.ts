import { type ErrorCode, renderErrorMessage } from "./i18n/errorMessages";

/** Which Excel error a bad input maps to: #VALUE! (wrong kind or shape), #NUM! (out of range),
 * #N/A (nothing found), #DIV/0! (a ratio over zero). */
export type ErrorKind = "value" | "num" | "na" | "div0";

export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * A typed input error: a code and its parameters, rendered in the user's language at the edge.
 * Core raises it instead of returning a plausible-looking wrong number.
 */
export class ArInputError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly kind: ErrorKind;

  constructor(code: ErrorCode, params: ErrorParams = {}, kind: ErrorKind = "value") {
    super(renderErrorMessage(code, params, "en"));
    this.name = "ArInputError";
    this.code = code;
    this.params = params;
    this.kind = kind;
  }

  /** The message in the given language ("en" or "zh"). */
  messageIn(lang: "en" | "zh"): string {
    return renderErrorMessage(this.code, this.params, lang);
  }
}

export function inputError(code: ErrorCode, params: ErrorParams = {}, kind: ErrorKind = "value"): never {
  throw new ArInputError(code, params, kind);
}

export function isArInputError(e: unknown): e is ArInputError {
  return e instanceof ArInputError;
}
