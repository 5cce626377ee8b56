import { altmanZ, parseZModel, type ZInputs } from "../../../src/core/credit/zscore";
import { inputErrorOf } from "../../support/inputErrors";

// Total assets 1,000, total liabilities 600: X1 = 200/1000 = 0.2, X2 = 300/1000 = 0.3,
// X3 = 150/1000 = 0.15, X5 = 1,500/1000 = 1.5.
const firm: ZInputs = {
  workingCapital: 200,
  retainedEarnings: 300,
  ebit: 150,
  equityValue: 900,
  sales: 1500,
  totalAssets: 1000,
  totalLiabilities: 600,
};
const bookEquity = { ...firm, equityValue: 400 }; // X4 = 400 / 600 = 2/3

describe("Altman Z-score", () => {
  test('"Z" (1968): 1.2·0.2 + 1.4·0.3 + 3.3·0.15 + 0.6·(900/600) + 1.0·1.5 = 3.555', () => {
    // 0.24 + 0.42 + 0.495 + 0.9 + 1.5
    expect(altmanZ(firm, "Z")).toBeCloseTo(3.555, 12);
  });

  test("\"Z'\" (1983, book equity): 0.717·0.2 + 0.847·0.3 + 3.107·0.15 + 0.420·(2/3) + 0.998·1.5 = 2.64055", () => {
    // 0.1434 + 0.2541 + 0.46605 + 0.28 + 1.497
    expect(altmanZ(bookEquity, "Z'")).toBeCloseTo(2.64055, 12);
  });

  test("\"Z''\" (1995): 6.56·0.2 + 3.26·0.3 + 6.72·0.15 + 1.05·(2/3) = 3.998, sales ignored", () => {
    // 1.312 + 0.978 + 1.008 + 0.7
    expect(altmanZ(bookEquity, "Z''")).toBeCloseTo(3.998, 12);
    expect(altmanZ({ ...bookEquity, sales: 0 }, "Z''")).toBeCloseTo(3.998, 12);
  });

  test('"EMS" adds the emerging-market constant 3.25 to Z\'\': 7.248', () => {
    expect(altmanZ(bookEquity, "EMS")).toBeCloseTo(7.248, 12);
  });

  test("the 1968 model is the default", () => {
    expect(altmanZ(firm)).toBe(altmanZ(firm, "Z"));
  });

  test("total assets of zero or less are #NUM!; total liabilities of zero are #DIV/0!", () => {
    expect(inputErrorOf(() => altmanZ({ ...firm, totalAssets: 0 })).kind).toBe("num");
    expect(inputErrorOf(() => altmanZ({ ...firm, totalAssets: -5 })).params.arg).toBe("totalAssets");
    const e = inputErrorOf(() => altmanZ({ ...firm, totalLiabilities: 0 }));
    expect([e.kind, e.params.arg]).toEqual(["div0", "totalLiabilities"]);
  });

  test("negative market value of equity is #NUM! for Z; negative book equity is allowed for Z' and Z''", () => {
    expect(inputErrorOf(() => altmanZ({ ...firm, equityValue: -1 }, "Z")).params.arg).toBe("equityValue");
    // Z'' with book equity −600: X4 = −1 → 1.312 + 0.978 + 1.008 − 1.05 = 2.248
    expect(altmanZ({ ...firm, equityValue: -600 }, "Z''")).toBeCloseTo(2.248, 12);
  });

  test("model names: case-insensitive, typographic primes and a double quote read as Z''", () => {
    expect(parseZModel("z")).toBe("Z");
    expect(parseZModel("Z’")).toBe("Z'");
    expect(parseZModel('Z"')).toBe("Z''");
    expect(parseZModel("z″")).toBe("Z''");
    expect(parseZModel(" ems ")).toBe("EMS");
  });

  test("model names typed with a Chinese input method: curly quotes (‘ ’ “ ”) and full-width ＇ ＂ read as primes", () => {
    // In Chinese mode the ' key types ‘ and ’ by turns and the " key “ and ”; full-width mode types ＇ and ＂.
    expect(parseZModel("Z‘")).toBe("Z'");
    expect(parseZModel("Z‘’")).toBe("Z''");
    expect(parseZModel("Z’’")).toBe("Z''");
    expect(parseZModel("Z“")).toBe("Z''");
    expect(parseZModel("Z”")).toBe("Z''");
    expect(parseZModel("Z＇")).toBe("Z'");
    expect(parseZModel("Z＇＇")).toBe("Z''");
    expect(parseZModel("Z＂")).toBe("Z''");
    expect(parseZModel("ＥＭＳ")).toBe("EMS");
  });

  test("an unknown model is #VALUE! listing the valid ones", () => {
    const e = inputErrorOf(() => parseZModel("Ohlson"));
    expect([e.code, e.kind]).toEqual(["unknownOption", "value"]);
    expect(e.message).toContain("Z, Z', Z'', EMS");
  });
});
