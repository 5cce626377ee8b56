import { backupToJson, exportBackup, restoreBackup } from "../../src/core/backup/backup";
import { assessmentFromInputs, listAssessments, saveAssessment } from "../../src/core/store/assessments";
import { updateCustomer } from "../../src/core/store/customers";
import { saveSetting } from "../../src/core/store/settings";
import { standardLimitOf } from "../../src/taskpane/pages/Customers/assessmentForm";
import { codeOf, freshDb, seedCustomer } from "./fixtures";

/**
 * An assessment keeps the currency its limit was set in: changing the customer's credit currency
 * afterwards (the customer form) must not rewrite the history — CNY 500,000.00 assessed stays
 * CNY 500,000.00, not USD 500,000.00.
 */
const perfect = { avgDaysLate: 0, overdueShare: 0, utilisation: 0, relationshipYears: 10, financialStrength: 100 };

describe("an assessment keeps the currency of its limit", () => {
  it("is saved with the customer's credit currency, and keeps it when the customer's currency changes", async () => {
    const db = freshDb();
    const id = await seedCustomer(db); // created in the default currency, CNY
    await saveAssessment(db, assessmentFromInputs(id, perfect, 500_000_00, "Chen", "2026-03-01"));
    const customer = (await db.customers.get(id))!;
    expect(customer.currency).toBe("CNY");
    await updateCustomer(db, id, customer.rev, { currency: "USD" });
    const [a] = await listAssessments(db, id);
    expect([a.limitMinor, a.currency]).toEqual([500_000_00, "CNY"]);

    // The next assessment is in USD, the customer's currency by then; the first still says CNY.
    await saveAssessment(db, assessmentFromInputs(id, perfect, 80_000_00, "Chen", "2026-06-01"));
    expect((await listAssessments(db, id)).map((x) => [x.date, x.currency])).toEqual([["2026-06-01", "USD"], ["2026-03-01", "CNY"]]);
  });

  it("a customer without a currency of its own has its assessments saved in the default currency", async () => {
    const db = freshDb();
    await saveSetting(db, "defaultCurrency", { code: "EUR", digits: 2 });
    const id = await db.customers.add({ code: "OLD", name: "Old Co", rev: 1, updatedAt: "2026-01-01T00:00:00.000Z" });
    await saveAssessment(db, assessmentFromInputs(id, perfect, 100_00, "Chen", "2026-03-01"));
    expect((await listAssessments(db, id))[0].currency).toBe("EUR");
  });

  it("a limit typed in one currency is refused once the customer's is another (changed in another pane)", async () => {
    const db = freshDb();
    const id = await seedCustomer(db);
    const customer = (await db.customers.get(id))!;
    await updateCustomer(db, id, customer.rev, { currency: "USD" });
    const typedInCny = { ...assessmentFromInputs(id, perfect, 500_000_00, "Chen", "2026-03-01"), currency: "CNY" };
    expect(await codeOf(saveAssessment(db, typedInCny))).toBe("otherCurrency");
    expect(await listAssessments(db, id)).toEqual([]);
    expect((await db.customers.get(id))!.creditLimitMinor).toBeUndefined();
  });

  it("a backup keeps each assessment's currency", async () => {
    const db = freshDb();
    const id = await seedCustomer(db);
    await saveAssessment(db, assessmentFromInputs(id, perfect, 500_000_00, "Chen", "2026-03-01"));
    const target = freshDb();
    await restoreBackup(target, backupToJson(await exportBackup(db)));
    expect((await target.assessments.toArray()).map((a) => a.currency)).toEqual(["CNY"]);
  });

  it("the standard limit a new assessment starts from ignores assessments made in another currency", async () => {
    const db = freshDb();
    const id = await seedCustomer(db);
    await saveAssessment(db, assessmentFromInputs(id, perfect, 500_000_00, "Chen", "2026-03-01")); // grade A, factor 1
    const customer = (await db.customers.get(id))!;
    await updateCustomer(db, id, customer.rev, { currency: "USD" });
    const history = await listAssessments(db, id);
    // In CNY it is 500,000.00; in USD nothing is known yet (not the CNY figure read as USD).
    expect(standardLimitOf(history, 500_000_00, "CNY")).toBe(500_000_00);
    expect(standardLimitOf(history, 500_000_00, "USD")).toBeUndefined();
    // An assessment stored before currencies were kept has none: read in today's currency, as before.
    const legacy = history.map(({ currency: _c, ...a }) => a);
    expect(standardLimitOf(legacy, 500_000_00, "USD")).toBe(500_000_00);
  });
});
