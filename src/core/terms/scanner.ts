import { inputError } from "../errors";

/** Expected-token names in messages stay language-neutral: they sit inside en and zh text alike. */
export const DIGITS = "0-9";
export const END = "<end>";

/**
 * A tiny cursor over terms text shared by the three terms grammars (tranches, due-date terms,
 * discount terms). Matching ignores case and spaces between tokens; full-width characters typed
 * with a Chinese input method (％ ； ， ＠ ／ ＋ and full-width digits and letters) read as their ASCII
 * forms, one character for one, so reported positions still point at what the user typed.
 */
export class TermsScanner {
  /** What the user typed (half-width), for error messages. */
  private readonly shown: string;
  /** The same with ASCII letters upper-cased: same length, so positions agree. */
  private readonly text: string;
  private index = 0;

  constructor(
    raw: string,
    private readonly arg: string,
  ) {
    this.shown = toHalfWidth(raw);
    this.text = this.shown.replace(/[a-z]/g, (c) => c.toUpperCase());
  }

  /** 1-based position of the next token, as the error messages report it. */
  get position(): number {
    this.skipSpaces();
    return this.index + 1;
  }

  atEnd(): boolean {
    this.skipSpaces();
    return this.index >= this.text.length;
  }

  /** Consume `token` (after optional spaces) when it comes next; letters must not run on into a word. */
  accept(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.index)) return false;
    const after = this.text.charAt(this.index + token.length);
    if (/[A-Z]$/.test(token) && /[A-Z]/.test(after)) return false;
    this.index += token.length;
    return true;
  }

  /** The first of `tokens` that comes next (longest listed first by the caller), or undefined. */
  acceptOneOf(tokens: readonly string[]): string | undefined {
    return tokens.find((t) => this.accept(t));
  }

  expect(token: string, expected = `"${token}"`): void {
    if (!this.accept(token)) this.fail(expected);
  }

  /** A decimal number such as 30, 33.5 or .5; no sign, no exponent. */
  number(expected = DIGITS): number {
    this.skipSpaces();
    const m = /^(\d+(\.\d*)?|\.\d+)/.exec(this.text.slice(this.index));
    if (!m) return this.fail(expected);
    this.index += m[0].length;
    return Number(m[0]);
  }

  /** A whole number of days or months. */
  integer(expected = DIGITS): number {
    this.skipSpaces();
    const m = /^\d+/.exec(this.text.slice(this.index));
    if (!m || this.text.charAt(this.index + m[0].length) === ".") return this.fail(expected);
    this.index += m[0].length;
    return Number(m[0]);
  }

  expectEnd(expected: string): void {
    if (!this.atEnd()) this.fail(expected);
  }

  /** Raise badTerms naming what was found at the cursor and what the grammar expected there. */
  fail(expected: string): never {
    this.skipSpaces();
    const rest = this.shown.slice(this.index);
    const got = rest === "" ? END : JSON.stringify(rest.length > 12 ? rest.slice(0, 12) + "…" : rest);
    return inputError("badTerms", { arg: this.arg, got, pos: this.index + 1, expected });
  }

  private skipSpaces(): void {
    while (this.index < this.text.length && /\s/.test(this.text.charAt(this.index))) this.index++;
  }
}

/** Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
