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

  test("for any three versions: typed fields are kept, untouched fields follow the other change, conflicts are exactly the double changes", () => {
    const text = fc.constantFrom("a", "b", "c");
    const version = fc.record({ x: text, y: text, z: text });
    fc.assert(
      fc.property(version, version, version, (b, m, t) => {
        const { values, conflicts } = mergeStaleEdit(b, m, t);
        for (const f of ["x", "y", "z"] as const) {
          expect(values[f]).toBe(m[f] !== b[f] ? m[f] : t[f]);
          expect(conflicts[f]).toBe(m[f] !== b[f] && t[f] !== b[f] && t[f] !== m[f] ? t[f] : undefined);
        }
      }),
    );
  });
});
