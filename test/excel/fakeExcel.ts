/* eslint-disable @typescript-eslint/no-explicit-any -- a fake of Office's object model stands in for typed proxies; the code under test keeps its Excel.* types */
import { OfficeMockObject } from "./officeMock";
import { a1Range } from "../../src/taskpane/excel/a1";

/**
 * A small Excel object model for the bridge's tests. The `Excel` global and every Range are
 * office-addin-mock OfficeMockObjects (so a property read without load + sync fails, as in Office);
 * collections, tables, charts and custom XML parts are plain fakes recording what was done.
 * Writes to a range land in the sheet's cell grid at the next context.sync(), as in Office.
 */
export interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
}

export interface FakeTable { name: string; address: string; hasHeaders: boolean; style?: string; sheet: FakeSheet }
export interface FakeChart { type: string; source: string; seriesBy: string; title: { text?: string }; position?: string }

type RangeMock = OfficeMockObject & Record<string, any>;

interface TrackedRange { sheet: FakeSheet; row: number; col: number; rows: number; cols: number; mock: RangeMock; seen: Map<string, unknown> }

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  frozenRows = 0;
  activated = false;
  autofitCalls: string[] = [];
  columnWidths = new Map<number, number>();
  /** Merged areas (合并单元格) as [row, col, rows, cols], 0-based; Range.getMergedAreasOrNullObject reports those it touches. */
  readonly merges: [number, number, number, number][] = [];
  /** Defined names scoped to this sheet (Worksheet.names). */
  readonly names: string[] = [];

  constructor(readonly name: string, private readonly book: FakeWorkbook) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? {};
  }

  setCell(row: number, col: number, patch: FakeCell): void {
    this.cells.set(`${row},${col}`, { ...this.cell(row, col), ...patch });
  }

  /** Values of a block, "" for empty cells, as range.values would read them. */
  block(row: number, col: number, rows: number, cols: number): unknown[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.cell(row + r, col + c).value ?? ""));
  }

  /** Number formats of a block, "General" for unformatted cells, as range.numberFormat would read them. */
  formats(row: number, col: number, rows: number, cols: number): string[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.cell(row + r, col + c).numberFormat ?? "General"));
  }

  api(): any {
    return {
      name: this.name,
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => this.book.range(this, row, col, rows, cols),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const t: FakeTable = { name: `Table${this.book.allTables().length + 1}`, address, hasHeaders, sheet: this };
          this.tables.push(t);
          this.book.log.push(`tables.add ${address}`);
          return t;
        },
      },
      charts: {
        add: (type: string, source: RangeMock, seriesBy: string) => {
          const chart: FakeChart & { setPosition(start: string): void } = {
            type, source: String(source.__address), seriesBy, title: {},
            setPosition(start: string) { this.position = start; },
          };
          this.charts.push(chart);
          return chart;
        },
      },
      freezePanes: { freezeRows: (n: number) => { this.frozenRows = n; } },
      activate: () => { this.activated = true; },
    };
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly xmlParts: { id: string; xml: string; namespace: string }[] = [];
  /** Workbook-scoped defined names (Workbook.names). */
  readonly definedNames: string[] = [];
  readonly log: string[] = [];
  /** Number of cells written in each sync, to check that big tables are chunked. */
  readonly cellsPerSync: number[] = [];
  syncs = 0;
  selection?: { sheet: FakeSheet; row: number; col: number; rows: number; cols: number; region?: [number, number, number, number] };
  private ranges: TrackedRange[] = [];
  private partSeq = 0;
  private pendingCells = 0;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, this);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  /** A Range as an OfficeMockObject; address, size and values need load + sync before reading. */
  range(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): RangeMock {
    const address = `${sheet.name}!${a1Range(row, col, rows, cols)}`;
    const numberFormat = sheet.formats(row, col, rows, cols);
    const mock = new OfficeMockObject({
      address, rowCount: rows, columnCount: cols, values: sheet.block(row, col, rows, cols), numberFormat,
      format: { font: {}, fill: {}, autofitColumns: () => { sheet.autofitCalls.push(address); } },
      getRow: (i: number) => this.range(sheet, row + i, col, 1, cols),
      getResizedRange: (deltaRows: number, deltaColumns: number) => this.range(sheet, row, col, rows + deltaRows, cols + deltaColumns),
      getSurroundingRegion: () => {
        const [r, c, h, w] = this.selection?.region ?? [row, col, rows, cols];
        return this.range(sheet, r, c, h, w);
      },
      getMergedAreasOrNullObject: () => this.mergedAreas(sheet, row, col, rows, cols),
      getEntireColumn: () => {
        const column = new OfficeMockObject({ format: {} }) as RangeMock;
        this.ranges.push({ sheet, row: -1, col, rows: 0, cols: 1, mock: column, seen: new Map() });
        return column;
      },
    }) as RangeMock;
    mock.__address = a1Range(row, col, rows, cols);
    // The formats as read are not a write: only a grid assigned to range.numberFormat lands in the cells.
    this.ranges.push({ sheet, row, col, rows, cols, mock, seen: new Map<string, unknown>([["numberFormat", numberFormat]]) });
    return mock;
  }

  /** Calls of Range.getMergedAreasOrNullObject (ExcelApi 1.13), by range address. */
  readonly mergedAreaCalls: string[] = [];

  /**
   * Range.getMergedAreasOrNullObject: a RangeAreas of the sheet's merged areas touching the range,
   * whole (as Excel reports them), its `address` "Sheet!A1:A3, Sheet!C4:C6"; a null object when
   * there are none. `isNullObject` is readable after a sync, `address` after load + sync, as in Office.
   */
  mergedAreas(sheet: FakeSheet, row: number, col: number, rows: number, cols: number): any {
    this.mergedAreaCalls.push(a1Range(row, col, rows, cols));
    const touching = sheet.merges.filter(([r, c, h, w]) => r < row + rows && r + h > row && c < col + cols && c + w > col);
    const name = /[\s,'!]/.test(sheet.name) ? `'${sheet.name.replace(/'/g, "''")}'` : sheet.name;
    const askedAt = this.syncs;
    let loaded = false;
    const synced = (what: string): void => {
      if (this.syncs === askedAt) throw new Error(`RangeAreas.${what} read before context.sync()`);
    };
    const areas = {
      load(what: string | string[]) {
        if ((Array.isArray(what) ? what : [what]).includes("address")) loaded = true;
        return areas;
      },
      get isNullObject(): boolean {
        synced("isNullObject");
        return touching.length === 0;
      },
      get address(): string {
        synced("address");
        if (!loaded) throw new Error("RangeAreas.address read without load");
        if (touching.length === 0) throw new Error("RangeAreas.address read on a null object");
        return touching.map(([r, c, h, w]) => `${name}!${a1Range(r, c, h, w)}`).join(", ");
      },
    };
    return areas;
  }

  private flush(): void {
    for (const t of this.ranges) {
      const { mock, sheet } = t;
      if (t.row === -1) {
        if (typeof mock.format?.columnWidth === "number") sheet.columnWidths.set(t.col, mock.format.columnWidth);
        continue;
      }
      const written = (key: string, v: unknown): boolean => Array.isArray(v) && t.seen.get(key) !== v && (t.seen.set(key, v), true);
      if (written("numberFormat", mock.numberFormat)) this.each(t, mock.numberFormat, (r, c, v) => sheet.setCell(r, c, { numberFormat: String(v) }));
      if (written("values", mock.values)) {
        this.each(t, mock.values, (r, c, v) => sheet.setCell(r, c, { value: v, formula: undefined }));
        this.pendingCells += t.rows * t.cols;
      }
      if (written("formulas", mock.formulas)) {
        this.each(t, mock.formulas, (r, c, v) => sheet.setCell(r, c, typeof v === "string" && v.startsWith("=") ? { formula: v, value: undefined } : { value: v }));
        this.pendingCells += t.rows * t.cols;
      }
      const font = mock.format?.font;
      const fill = mock.format?.fill;
      for (let r = 0; r < t.rows; r++) {
        for (let c = 0; c < t.cols; c++) {
          if (font?.bold === true) sheet.setCell(t.row + r, t.col + c, { bold: true });
          if (typeof fill?.color === "string") sheet.setCell(t.row + r, t.col + c, { fill: fill.color });
        }
      }
    }
  }

  private each(t: TrackedRange, grid: unknown[][], put: (r: number, c: number, v: unknown) => void): void {
    if (grid.length !== t.rows || grid.some((line) => line.length !== t.cols)) {
      throw new Error(`The number of rows or columns in the input array doesn't match the size of the range ${t.mock.__address}`);
    }
    grid.forEach((line, r) => line.forEach((v, c) => put(t.row + r, t.col + c, v)));
  }

  context(): any {
    let generation = 0;
    const afterSync = <T>(read: () => T): { readonly value: T } => {
      const asked = generation;
      return { get value() { if (generation === asked) throw new Error("ClientResult read before context.sync()"); return read(); } };
    };
    const collection = <T>(items: () => T[]) => {
      let loadedAt = -1;
      return {
        load() { loadedAt = generation; return this; },
        get items(): T[] { if (loadedAt < 0 || generation === loadedAt) throw new Error("items read before load + sync"); return items(); },
      };
    };
    return {
      workbook: {
        worksheets: Object.assign(collection(() => this.sheets.map((s) => ({ name: s.name, names: collection(() => s.names.map((name) => ({ name }))) }))), {
          add: (name: string) => {
            if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet ${name} exists`);
            this.log.push(`worksheets.add ${name}`);
            return this.addSheet(name).api();
          },
          getItem: (name: string) => this.sheet(name).api(),
        }),
        tables: Object.assign(collection(() => this.allTables().map((t) => ({ name: t.name }))), {
          getItem: (name: string) => {
            const t = this.allTables().find((x) => x.name === name);
            if (!t) throw new Error(`no table ${name}`);
            const m = /!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.address)!;
            const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
            return { getRange: () => this.range(t.sheet, Number(m[2]) - 1, col(m[1]), Number(m[4]) - Number(m[2]) + 1, col(m[3]) - col(m[1]) + 1) };
          },
        }),
        names: collection(() => this.definedNames.map((name) => ({ name }))),
        getSelectedRange: () => {
          const s = this.selection!;
          return this.range(s.sheet, s.row, s.col, s.rows, s.cols);
        },
        customXmlParts: {
          add: (xml: string) => {
            const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
            this.xmlParts.push({ id: `{part-${++this.partSeq}}`, xml, namespace });
          },
          getByNamespace: (ns: string) =>
            collection(() => this.xmlParts.filter((p) => p.namespace === ns).map((p) => ({
              id: p.id,
              getXml: () => afterSync(() => p.xml),
              delete: () => { const i = this.xmlParts.indexOf(p); if (i >= 0) this.xmlParts.splice(i, 1); },
            }))),
        },
      },
      sync: async () => {
        this.flush();
        for (const t of this.ranges) await t.mock.sync();
        this.cellsPerSync.push(this.pendingCells);
        this.pendingCells = 0;
        this.syncs++;
        generation++;
      },
    };
  }

  /** Install as the `Excel` global: an OfficeMockObject whose run() hands over this workbook's context. */
  install(): void {
    const context = this.context();
    (globalThis as any).Excel = new OfficeMockObject({ run: async (batch: (c: unknown) => Promise<unknown>) => batch(context) });
  }
}

/**
 * Install an `Office` global whose requirements report ExcelApi up to `excelApi` ("1.13"), or no
 * ExcelApi at all (undefined: an older Excel); returns a function putting back what was there.
 */
export function installOfficeRequirements(excelApi: string | undefined): () => void {
  const g = globalThis as any;
  const had = "Office" in g;
  const before = g.Office;
  const newer = (min: string): boolean => {
    if (excelApi === undefined) return false;
    const [a, b] = excelApi.split(".").map(Number);
    const [x, y] = min.split(".").map(Number);
    return a > x || (a === x && b >= y);
  };
  g.Office = { context: { requirements: { isSetSupported: (name: string, min = "1.1") => name === "ExcelApi" && newer(min) } } };
  return () => {
    if (had) g.Office = before;
    else delete g.Office;
  };
}
