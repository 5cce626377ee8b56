import { backupToJson, exportBackup, restoreBackup } from "../../../src/core/backup/backup";
import { isArInputError } from "../../../src/core/errors";
import { validateCustomer, validateTarget } from "../../../src/core/ledger/validateRecords";
import { updateCustomer } from "../../../src/core/store/customers";
import { LedgerDb } from "../../../src/core/store/db";
import { seedLedger } from "../backup/sampleLedger";

/** The error a check raises, in English and in Chinese, or undefined when it passes. */
function refusal(check: () => unknown): { code: string; en: string; zh: string } | undefined {
  try {
    check();
    return undefined;
  } catch (e) {
    if (!isArInputError(e)) throw e;
    return { code: e.code, en: e.messageIn("en"), zh: e.messageIn("zh") };
  }
}

const customer = (more: { email?: string; phone?: string }) => ({ code: "C-1", name: "Acme", ...more });

describe("a customer's e-mail and phone are checked in core (validateCustomer)", () => {
  it.each(["not-an-email", "name@", "@example.com", "name@example", "na me@example.com", "name@exa mple.com", "a@b.com; not-an-email"])(
    "refuses the e-mail %j, saying so in English and Chinese",
    (email) => {
      const r = refusal(() => validateCustomer(customer({ email })));
      expect(r?.code).toBe("notAnEmail");
      expect(r?.en).toContain(`"${email}"`);
      expect(r?.en).toContain("e-mail");
      expect(r?.zh).toContain("邮箱");
    },
  );

  it.each(["ar@acme.com", "li.ming+ar@acme.com.cn", "  ar@acme.com  ", "ar@acme.com; li@acme.com", "ar@acme.com, li@acme.com", "ar@acme.com；li@acme.com"])(
    "keeps the e-mail %j (several may be separated by ; or ,)",
    (email) => {
      expect(validateCustomer(customer({ email })).email).toBe(email.trim());
    },
  );

  it.each(["abc", "1234", "12-34", "138 0013 8000 abc", "tel: 12345", "12345 ext.", "#12345"])(
    "refuses the phone %j, saying so in English and Chinese",
    (phone) => {
      const r = refusal(() => validateCustomer(customer({ phone })));
      expect(r?.code).toBe("notAPhone");
      expect(r?.en).toContain(`"${phone}"`);
      expect(r?.en).toContain("5 digits");
      expect(r?.zh).toContain("5 位数字");
    },
  );

  it.each([
    "13800138000", "+86 138 0013 8000", "(010) 6552-1234", "010-65521234 ext. 12", "010-65521234 转 12",
    "0755.8888.1234", "010-6552 1234 / 1235", "+1 (555) 010-9999 x12", "12345",
  ])("keeps the phone %j", (phone) => {
    expect(validateCustomer(customer({ phone })).phone).toBe(phone);
  });

  it("leaves both optional: blank is none", () => {
    const d = validateCustomer(customer({ email: "  ", phone: "" }));
    expect([d.email, d.phone]).toEqual([undefined, undefined]);
  });

  it("keeps an e-mail or phone stored before the check when an edit leaves it as it was, and checks a changed one", () => {
    const stored = { email: "not-an-email", phone: "abc" };
    const edited = validateCustomer({ ...customer(stored), name: "Acme Ltd" }, stored);
    expect([edited.email, edited.phone, edited.name]).toEqual(["not-an-email", "abc", "Acme Ltd"]);
    expect(refusal(() => validateCustomer(customer({ ...stored, email: "still-not-one" }), stored))?.code).toBe("notAnEmail");
    expect(refusal(() => validateCustomer(customer({ ...stored, phone: "xyz" }), stored))?.code).toBe("notAPhone");
  });
});

describe("a collection target of 0 is refused in core (validateTarget), as on the Dashboard form", () => {
  it("refuses 0, in English and Chinese, and keeps a positive target", () => {
    const r = refusal(() => validateTarget({ owner: "Li", period: "2026-03", targetMinor: 0, currency: "CNY" }));
    expect(r?.code).toBe("mustBePositive");
    expect(r?.en).toBe("target must be greater than zero, got 0.");
    expect(r?.zh).toBe("target 应大于零，实际为 0。");
    expect(validateTarget({ owner: "Li", period: "2026-03", targetMinor: 1, currency: "CNY" }).targetMinor).toBe(1);
  });
});

describe("a backup taken before these checks restores as stored", () => {
  let n = 0;
  it("restores a customer with a bad e-mail and phone and a target of 0, unchanged", async () => {
    const source = new LedgerDb(`customer-contact-${++n}`);
    await seedLedger(source);
    const backup = await exportBackup(source, new Date("2026-11-27T01:00:00Z"));
    const [first, ...others] = backup.tables.customers;
    const [target, ...targets] = backup.tables.targets;
    const old = {
      ...backup,
      tables: {
        ...backup.tables,
        customers: [{ ...first, email: "not-an-email", phone: "abc" }, ...others],
        targets: [{ ...target, targetMinor: 0 }, ...targets],
      },
    };
    const db = new LedgerDb(`customer-contact-${++n}`);
    await restoreBackup(db, backupToJson(old));
    expect(await db.customers.get(first.id!)).toMatchObject({ email: "not-an-email", phone: "abc" });
    expect((await db.targets.get(target.id!))?.targetMinor).toBe(0);
    // Editing another field of that customer keeps the old values as they are; a new bad e-mail is refused.
    const stored = (await db.customers.get(first.id!))!;
    const rev = await updateCustomer(db, stored.id!, stored.rev, { contact: "Ms Wu" });
    expect(await db.customers.get(stored.id!)).toMatchObject({ contact: "Ms Wu", email: "not-an-email", phone: "abc" });
    const refused = await updateCustomer(db, stored.id!, rev, { email: "still-not-one" }).catch((e: unknown) => e);
    expect(isArInputError(refused) && refused.code).toBe("notAnEmail");
  });
});
