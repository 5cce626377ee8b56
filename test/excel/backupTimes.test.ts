import { backupFileName } from "../../src/core/backup/backup";
import type { LedgerBackup } from "../../src/core/backup/format";
import { backupDownloadName, localDateTime } from "../../src/taskpane/pages/Data/BackupSection";

/**
 * A backup records when it was taken as a UTC timestamp. What the analyst reads — the file name and
 * the date in "replace the ledger with the backup from …" — is in their own time: a backup taken at
 * 07:30 in Beijing on 27 November is not "from 2026-11-26 23:30".
 */
const BEIJING = "Asia/Shanghai"; // the analyst's clock, eight hours ahead of UTC
const backup = (exportedAt: string): LedgerBackup => ({ format: "huikuan-backup", schemaVersion: 3, exportedAt, tables: {} as LedgerBackup["tables"] });

describe("backup times as the analyst's clock reads them", () => {
  test("the confirmation shows the local date and time the backup was taken", () => {
    expect(localDateTime("2026-11-26T23:30:00.000Z", BEIJING)).toBe("2026-11-27 07:30");
    expect(localDateTime("2026-12-31T16:05:09.000Z", BEIJING)).toBe("2027-01-01 00:05");
  });

  test("the downloaded file is named by the local day, not the UTC one", () => {
    expect(backupDownloadName(backup("2026-11-26T23:30:00.000Z"), BEIJING)).toBe("huikuan-backup-2026-11-27.json");
    // Core, which keeps no time zone, names it by the day it is given (the UTC day by default).
    expect(backupFileName(backup("2026-11-26T23:30:00.000Z"))).toBe("huikuan-backup-2026-11-26.json");
    expect(backupFileName(backup("2026-11-26T23:30:00.000Z"), "2026-11-27")).toBe("huikuan-backup-2026-11-27.json");
  });

  test("in UTC the local time is the timestamp's own", () => {
    expect(localDateTime("2026-11-26T23:30:00.000Z", "UTC")).toBe("2026-11-26 23:30");
  });

  test("an unreadable timestamp is shown as it is", () => {
    expect(localDateTime("not a time", BEIJING)).toBe("not a time");
  });
});
