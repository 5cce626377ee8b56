import type { Table } from "dexie";
import { inputError } from "../errors";
import { codeKey } from "../ledger/codeKey";

/**
 * Refuse a code another record of `table` already uses — exactly, or as a person reads it: in
 * another case, with surrounding spaces or in full-width forms (codeKey: "ht-1" beside "HT-1").
 * Such twins would make AR.CONTRACT and the import unable to tell which is meant. The record's
 * own code (`ownId`) does not count, so a contract can be renamed to another spelling of its code.
 * Reads only the index's keys when the exact code is free.
 */
export async function requireFreeCode(table: Table<{ id?: number; code: string }, number>, code: string, ownId?: number): Promise<void> {
  const exact = await table.where("code").equals(code).first();
  if (exact && exact.id !== ownId) inputError("duplicateCode", { arg: "code", got: code });
  const key = codeKey(code);
  const alike = ((await table.orderBy("code").keys()) as unknown[]).filter((k) => typeof k === "string" && k !== code && codeKey(k) === key) as string[];
  if (alike.length === 0) return;
  const others = await table.where("code").anyOf(alike).filter((r) => r.id !== ownId).first();
  if (others) inputError("duplicateCode", { arg: "code", got: `${code} (${others.code})` });
}
