/**
 * The key by which a typed contract code (and a customer's code or name) is matched against the
 * ledger's: the text folded from its full-width forms (NFKC: "ＨＴ－００１" → "HT-001", "（集团）" →
 * "(集团)", an ideographic space → a space), without surrounding spaces, in lower case. Two codes
 * with the same key are the same code as a person reads them: "HT-2026-001", "ht-2026-001 " and
 * "ＨＴ－２０２６－００１" all name one contract. Spaces inside the text are kept ("HT 1" ≠ "HT1").
 *
 * Only for matching: a record keeps the code as it was written.
 */
export function codeKey(code: string): string {
  // Folded again after lower-casing, which can leave a sequence NFKC would compose: the key is a key of itself.
  return code.normalize("NFKC").toLowerCase().normalize("NFKC").trim();
}
