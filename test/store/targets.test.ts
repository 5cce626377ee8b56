import { StaleEditError } from "../../src/core/store/revision";
import { deleteTarget, listTargets, setTarget } from "../../src/core/store/targets";
import { codeOf, freshDb } from "./fixtures";

describe("deleting a collection target", () => {
  it("removes only that target, from the revision read; the owner and period can then be set afresh", async () => {
    const db = freshDb();
    const li = await setTarget(db, { owner: "Li", period: "2026-11", targetMinor: 500_00, currency: "CNY" });
    await setTarget(db, { owner: "Zhang", period: "2026-11", targetMinor: 700_00, currency: "CNY" });
    await deleteTarget(db, li.id, li.rev);
    expect((await listTargets(db, "2026-11")).map((t) => t.owner)).toEqual(["Zhang"]);
    // Nothing stored for Li any more: a new target needs no rev and starts at rev 1.
    expect((await setTarget(db, { owner: "Li", period: "2026-11", targetMinor: 900_00 })).rev).toBe(1);
  });

  it("refuses a stale revision and keeps the target", async () => {
    const db = freshDb();
    const first = await setTarget(db, { owner: "Li", period: "2026-Q4", targetMinor: 100_00 });
    await setTarget(db, { owner: "Li", period: "2026-Q4", targetMinor: 200_00 }, first.rev);
    await expect(deleteTarget(db, first.id, first.rev)).rejects.toBeInstanceOf(StaleEditError);
    expect((await listTargets(db)).map((t) => t.targetMinor)).toEqual([200_00]);
  });

  it("says the target is not there when it was already deleted", async () => {
    const db = freshDb();
    const t = await setTarget(db, { owner: "Li", period: "2026-12", targetMinor: 100_00 });
    await deleteTarget(db, t.id, t.rev);
    expect(await codeOf(deleteTarget(db, t.id, t.rev))).toBe("recordNotFound");
  });
});

describe("a target's period", () => {
  it("is stored in one spelling, so 2026-q4 and 2026-Q4 are the same target", async () => {
    const db = freshDb();
    await setTarget(db, { owner: "Li", period: "2026-q4", targetMinor: 100 });
    await setTarget(db, { owner: "Li", period: "2026-Q4", targetMinor: 200 }, (await db.targets.toArray())[0].rev);
    expect((await db.targets.toArray()).map((t) => [t.period, t.targetMinor])).toEqual([["2026-Q4", 200]]);
  });
});
