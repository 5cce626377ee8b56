/**
 * The ledger snapshot kept inside the workbook as custom XML parts, so it travels with the file.
 * The backup JSON is stored base64-encoded (UTF-8), which needs no XML escaping and survives any
 * text in the ledger; a large ledger is split over several parts of one namespace, each naming
 * its snapshot id, position and count, so an interrupted save is never mistaken for a whole one.
 */
export const SNAPSHOT_NAMESPACE = "urn:huikuan:ledger-snapshot:1";
export const DEFAULT_PART_CHARS = 1_000_000;

export interface SnapshotPart {
  id: string;
  index: number; // 1-based
  count: number;
  savedAt: string;
  data: string; // base64 slice
}

const BYTES_PER_CALL = 0x8000;

export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += BYTES_PER_CALL) binary += String.fromCharCode(...bytes.subarray(i, i + BYTES_PER_CALL));
  return btoa(binary);
}

export function base64ToUtf8(b64: string): string {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** The XML of each part for one snapshot of `json`. */
export function snapshotPartsXml(json: string, id: string, savedAt: string, partChars = DEFAULT_PART_CHARS): string[] {
  const b64 = utf8ToBase64(json);
  const count = Math.max(1, Math.ceil(b64.length / partChars));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const data = b64.slice(i * partChars, (i + 1) * partChars);
    parts.push(`<?xml version="1.0" encoding="UTF-8"?><snapshot xmlns="${SNAPSHOT_NAMESPACE}" id="${id}" part="${i + 1}" of="${count}" savedAt="${savedAt}">${data}</snapshot>`);
  }
  return parts;
}

/** One part's fields, or undefined for XML that is not a snapshot part. */
export function parseSnapshotPart(xml: string): SnapshotPart | undefined {
  const m = /<snapshot\s+([^>]*)>([A-Za-z0-9+/=\s]*)<\/snapshot>/.exec(xml);
  if (!m || !m[1].includes(SNAPSHOT_NAMESPACE)) return undefined;
  const attr = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
  const id = attr("id");
  const index = Number(attr("part"));
  const count = Number(attr("of"));
  const savedAt = attr("savedAt");
  if (!id || !savedAt || !Number.isInteger(index) || !Number.isInteger(count) || index < 1 || index > count) return undefined;
  return { id, index, count, savedAt, data: m[2].replace(/\s+/g, "") };
}

export interface AssembledSnapshot {
  id: string;
  savedAt: string;
  json: string;
}

/** The newest snapshot whose parts are all present, decoded; undefined when there is none. */
export function assembleSnapshot(xmls: readonly string[]): AssembledSnapshot | undefined {
  const byId = new Map<string, SnapshotPart[]>();
  for (const xml of xmls) {
    const part = parseSnapshotPart(xml);
    if (!part) continue;
    const list = byId.get(part.id) ?? [];
    list.push(part);
    byId.set(part.id, list);
  }
  const complete = [...byId.values()]
    .filter((parts) => parts.length === parts[0].count && new Set(parts.map((p) => p.index)).size === parts[0].count)
    .sort((a, b) => (a[0].savedAt < b[0].savedAt ? 1 : -1));
  const newest = complete[0];
  if (!newest) return undefined;
  newest.sort((a, b) => a.index - b.index);
  return { id: newest[0].id, savedAt: newest[0].savedAt, json: base64ToUtf8(newest.map((p) => p.data).join("")) };
}
