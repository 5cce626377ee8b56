import fc from "fast-check";
import { mergeStaleEdit } from "../../src/taskpane/forms/mergeStaleEdit";

describe("merging a stale edit with what was saved elsewhere", () => {
  const base = { title: "Campus phase 1", owner: "Wang Fang", terms: "30%@0d; 70%@30d" };

  test("takes the other change where nothing was typed and keeps what was typed elsewhere", () => {
    const mine = { ...base, owner: "Li Lei" };
    const theirs = { ...base, title: "Campus phase 1, revised" };
    expect(mergeStaleEdit(base, mine, theirs)).toEqual({ values: { title: "Campus phase 1, revised", owner: "Li Lei", terms: base.terms }, conflicts: {} });
  });

  test("a field changed in both places, differently, keeps what was typed and reports the other value", () => {
    const mine = { ...base, title: "Mine" };
    const theirs = { ...base, title: "Theirs" };
    expect(mergeStaleEdit(base, mine, theirs)).toEqual({ values: mine, conflicts: { title: "Theirs" } });
  });

  test("the same change made in both places is no conflict", () => {
    const both = { ...base, title: "Same" };
    expect(mergeStaleEdit(base, both, both)).toEqual({ values: both, conflicts: {} });
  });

  const text = fc.constantFrom("a", "b", "c");
  const version = fc.record({ x: text, y: text, z: text });

  test("with nothing typed, the form becomes the other version, with no conflict", () => {
    fc.assert(fc.property(version, version, (base, theirs) => expect(mergeStaleEdit(base, base, theirs)).toEqual({ values: theirs, conflicts: {} })));
  });

  test("with nothing changed elsewhere, what was typed stays, with no conflict", () => {
    fc.assert(fc.property(version, version, (base, mine) => expect(mergeStaleEdit(base, mine, base)).toEqual({ values: mine, conflicts: {} })));
  });

  test("whatever was typed is never lost, and a conflict is only ever reported on a typed field, with the other version's value", () => {
    fc.assert(
      fc.property(version, version, version, (base, mine, theirs) => {
        const { values, conflicts } = mergeStaleEdit(base, mine, theirs);
        for (const f of ["x", "y", "z"] as const) {
          if (mine[f] !== base[f]) expect(values[f]).toBe(mine[f]);
          if (f in conflicts) expect([mine[f] !== base[f], conflicts[f]]).toEqual([true, theirs[f]]);
        }
        // Merging again against the same other version reports nothing new to take in.
        expect(mergeStaleEdit(theirs, values, theirs).values).toEqual(values);
      }),
    );
  });
});
