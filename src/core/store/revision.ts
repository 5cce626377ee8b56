import type { Table } from "dexie";
import { ArInputError, inputError } from "../errors";
import type { Versioned } from "./types";

/**
 * Optimistic concurrency: an edit carries the `rev` it read; the write happens only if the stored
 * record still has that rev, so two panes never silently overwrite each other.
 */
export class StaleEditError extends ArInputError {
  constructor(what: string, expected: number, actual: number) {
    super("staleEdit", { what, expected, actual }, "value");
    this.name = "StaleEditError";
  }
}

export function isStaleEdit(e: unknown): e is StaleEditError {
  return e instanceof StaleEditError;
}

/** The audit timestamp of a write (a moment, not a calendar day, so a Date is right here). */
export function timestamp(): string {
  return new Date().toISOString();
}

/** A new record's bookkeeping fields. */
export function fresh<T extends object>(draft: T): T & { rev: number; updatedAt: string } {
  return { ...draft, rev: 1, updatedAt: timestamp() };
}

/**
 * Read a record for an update inside the caller's transaction: missing → recordNotFound (#N/A),
 * different rev → StaleEditError. A record with no code, number or name of its own (an
 * installment, a receipt, a contact) is named by `labelOf` when given — the message is shown in
 * either language, so the label is built from the record's data, never from English words.
 */
export async function readForUpdate<T extends Versioned>(
  table: Table<T, number>,
  id: number,
  expectedRev: number,
  labelOf?: (stored: T) => Promise<string>,
): Promise<T> {
  const stored = await table.get(id);
  if (!stored) return inputError("recordNotFound", { what: table.name, got: id }, "na");
  if (stored.rev !== expectedRev) {
    throw new StaleEditError(labelOf ? await labelOf(stored) : recordLabel(table.name, id, stored), expectedRev, stored.rev);
  }
  return stored;
}

/** Must exist (no rev check): the target of a reference. */
export async function mustExist<T>(table: Table<T, number>, id: number): Promise<T> {
  const stored = await table.get(id);
  if (!stored) return inputError("recordNotFound", { what: table.name, got: id }, "na");
  return stored;
}

/** The stored record after an edit: next rev, new timestamp. */
export function bumped<T extends Versioned>(stored: T, changes: Partial<T>): T {
  return { ...stored, ...changes, id: stored.id, rev: stored.rev + 1, updatedAt: timestamp() };
}

/** How a person knows the record: its code, number or name; the table and id only as a last resort. */
function recordLabel(table: string, id: number, record: object): string {
  const r = record as { code?: unknown; number?: unknown; name?: unknown };
  const label = r.code ?? r.number ?? r.name;
  return typeof label === "string" && label !== "" ? label : `${table} #${id}`;
}
