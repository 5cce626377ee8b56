import type { Channel, Reminder } from "../../../core/store/types";

export interface LogFilter {
  owner: string; // "" = all
  channel: Channel | "";
  contractId: number | ""; // "" = all
  from: string; // ISO, "" = open
  to: string;
}

export const NO_FILTER: LogFilter = { owner: "", channel: "", contractId: "", from: "", to: "" };

/** Contacts matching the filter, newest first (same day: latest logged first). */
export function filterLog(reminders: readonly Reminder[], f: LogFilter): Reminder[] {
  return reminders
    .filter((r) =>
      (f.owner === "" || r.owner === f.owner) &&
      (f.channel === "" || r.channel === f.channel) &&
      (f.contractId === "" || r.contractId === f.contractId) &&
      (f.from === "" || r.date >= f.from) &&
      (f.to === "" || r.date <= f.to))
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : (b.id ?? 0) - (a.id ?? 0)));
}

export function distinctOwners(reminders: readonly Reminder[]): string[] {
  return [...new Set(reminders.map((r) => r.owner))].sort();
}
