import { serialFromIso } from "../dates";
import { sheetText } from "../sheetText";
import { SAMPLE_EXAMPLES } from "./examples";

/**
 * The "getting started" sheet as a list of writes (pure data): title, a small block of sample
 * receivables, then one row per AR function with its explanation, its formula as text and the
 * live formula. Each example reserves as many rows as its result spills, so no spill collides.
 */
export interface SheetWrite {
  row: number; // 0-based
  col: number; // 0-based
  values?: (string | number)[][];
  formulas?: string[][];
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
}

export interface SampleSheet {
  sheetName: string;
  writes: SheetWrite[];
  /** Where each live formula sits, for tests and for jumping to it. */
  formulaCells: { fn: string; row: number; col: number }[];
  columnWidths: number[]; // points, for columns A..D
}

const TEXT = {
  en: {
    sheetName: "Huikuan getting started",
    title: "Huikuan: every AR function on sample data",
    intro: "Change the sample data or the as-of date and every result updates. Replace $H$6 with TODAY() to age at today.",
    data: ["Customer", "Due date", "Open amount", "Invoice date"],
    customers: ["East China Build", "East China Build", "Northern Power", "Northern Power", "Southern Logistics", "Southern Logistics"],
    asOf: "As of",
    heads: ["Function", "What it does", "Formula", "Result"],
  },
  zh: {
    sheetName: "回款入门示例",
    title: "回款：示例数据上的全部 AR 函数",
    intro: "修改示例数据或统计日，所有结果随之更新。将 $H$6 换成 TODAY() 即按今天计算账龄。",
    data: ["客户", "到期日", "未回款金额", "开票日期"],
    customers: ["华东建设", "华东建设", "北方电力", "北方电力", "南方物流", "南方物流"],
    asOf: "统计日",
    heads: ["函数", "说明", "公式", "结果"],
  },
} as const;

const DUE = ["2026-03-31", "2026-05-31", "2026-06-20", "2026-07-31", "2026-01-15", "2026-06-30"];
const OPEN = [300000, 150000, 80000, 220000, 50000, 120000];
const INVOICED = ["2026-03-01", "2026-05-01", "2026-05-21", "2026-07-01", "2025-12-16", "2026-05-31"];
export const SAMPLE_AS_OF = "2026-06-30";

/** Row (0-based) of the data header: data rows are 6..11 in A1 terms, as examples.ts expects. */
const DATA_HEADER_ROW = 4;
const EXAMPLES_HEADER_ROW = 13;

export function sampleSheet(lang: "en" | "zh"): SampleSheet {
  const t = TEXT[lang];
  const serial = (iso: string): number => serialFromIso(iso)!;
  const writes: SheetWrite[] = [
    { row: 0, col: 0, values: [[sheetText(t.title)]], bold: true },
    { row: 1, col: 0, values: [[sheetText(t.intro)]] },
    { row: DATA_HEADER_ROW, col: 0, values: [t.data.map(sheetText)], bold: true, fill: "#DDEBF7" },
    { row: DATA_HEADER_ROW + 1, col: 0, values: t.customers.map((c) => [sheetText(c)]) },
    { row: DATA_HEADER_ROW + 1, col: 1, values: DUE.map((d) => [serial(d)]), numberFormat: "yyyy-mm-dd" },
    { row: DATA_HEADER_ROW + 1, col: 2, values: OPEN.map((a) => [a]), numberFormat: "#,##0.00" },
    { row: DATA_HEADER_ROW + 1, col: 3, values: INVOICED.map((d) => [serial(d)]), numberFormat: "yyyy-mm-dd" },
    { row: DATA_HEADER_ROW + 1, col: 6, values: [[sheetText(t.asOf)]], bold: true },
    { row: DATA_HEADER_ROW + 1, col: 7, values: [[serial(SAMPLE_AS_OF)]], numberFormat: "yyyy-mm-dd" },
    { row: EXAMPLES_HEADER_ROW, col: 0, values: [t.heads.map(sheetText)], bold: true, fill: "#DDEBF7" },
  ];
  const formulaCells: SampleSheet["formulaCells"] = [];
  let row = EXAMPLES_HEADER_ROW + 1;
  for (const ex of SAMPLE_EXAMPLES) {
    // The formula is shown as text (quote prefix) next to the live one.
    writes.push({ row, col: 0, values: [[ex.fn, sheetText(lang === "zh" ? ex.zh : ex.en), sheetText(ex.formula)]] });
    writes.push({ row, col: 3, formulas: [[ex.formula]] });
    formulaCells.push({ fn: ex.fn, row, col: 3 });
    row += ex.spillRows + 1; // a blank row between examples
  }
  return { sheetName: t.sheetName, writes, formulaCells, columnWidths: [110, 420, 330, 90] };
}
