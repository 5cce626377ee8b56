import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import {
  attr, child, extensionPoint, findAll, MANIFEST_PATH, only, parseManifest, resources, ROOT, text, type XmlNode, zhOverride,
} from "./manifestXml";
import { DEV_ORIGIN } from "../../scripts/manifest-origin.cjs";

const HAN = /[\u4e00-\u9fff]/;

let root: XmlNode;
let res: Map<string, XmlNode>;
const urlOf = (resid: string | undefined) => attr(res.get(resid!)!, "DefaultValue");
const sourceResid = (node: XmlNode) => attr(only(node, "SourceLocation"), "resid");

beforeAll(async () => {
  root = await parseManifest();
  res = resources(root);
});

test("office-addin-manifest reads it as an Excel task pane add-in with an id, name and locale", () => {
  // In a child Node: office-addin-manifest loads ESM-only dependencies that jest's require cannot.
  const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => console.log(JSON.stringify(i)))";
  const info = JSON.parse(execFileSync(process.execPath, ["-e", script, MANIFEST_PATH], { cwd: ROOT, encoding: "utf8" }));
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(info.officeAppType).toBe("TaskPaneApp");
  expect(info.hosts).toEqual(["Workbook"]);
  expect(info.defaultLocale).toBe("en-US");
  expect(info.displayName).toBeTruthy();
});

describe("shared runtime wiring", () => {
  test("one long-lived runtime, and the same resid for the function file, functions page and task pane", () => {
    const runtimes = findAll(root, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], "lifetime")).toBe("long");
    const resid = attr(runtimes[0], "resid");
    expect(resid).toBeTruthy();
    expect(attr(only(root, "FunctionFile"), "resid")).toBe(resid);
    expect(sourceResid(only(extensionPoint(root, "CustomFunctions"), "Page"))).toBe(resid);
    const action = only(root, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    expect(sourceResid(action)).toBe(resid);
  });

  test("the runtime page is taskpane.html, the same page the add-in opens by default", () => {
    const resid = attr(findAll(root, "Runtime")[0], "resid");
    expect(urlOf(resid)).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(attr(only(only(root, "DefaultSettings"), "SourceLocation"), "DefaultValue")).toBe(urlOf(resid));
  });

  test("SharedRuntime 1.1 is required", () => {
    const sets = findAll(only(root, "Requirements"), "Set");
    expect(sets.map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toContainEqual(["SharedRuntime", "1.1"]);
  });

  test("custom functions use the AR namespace, the page's script and the generated metadata", () => {
    const cf = extensionPoint(root, "CustomFunctions");
    const namespace = res.get(attr(only(cf, "Namespace"), "resid")!)!;
    expect(attr(namespace, "DefaultValue")).toBe("AR");
    expect(zhOverride(namespace)).toBeUndefined(); // formulas must read the same in every language
    // webpack names its one entry taskpane.js (stable name, see webpack.config.js)
    expect(urlOf(sourceResid(only(cf, "Script")))).toBe(`${DEV_ORIGIN}taskpane.js`);
    const metadata = res.get(sourceResid(only(cf, "Metadata"))!)!;
    expect(attr(metadata, "DefaultValue")).toBe(`${DEV_ORIGIN}functions.json`);
    expect(zhOverride(metadata)).toBe(`${DEV_ORIGIN}functions.zh-CN.json`);
  });

  test("the ribbon button on the Home tab opens the task pane", () => {
    const surface = extensionPoint(root, "PrimaryCommandSurface");
    expect(attr(only(surface, "OfficeTab"), "id")).toBe("TabHome");
    const control = only(surface, "Control");
    expect(attr(control, "xsi:type")).toBe("Button");
    expect(text(only(control, "TaskpaneId"))).toBeTruthy();
  });
});

describe("resources", () => {
  test("every resid the manifest refers to is defined", () => {
    const used = new Set<string>();
    const visit = (node: XmlNode) => {
      const resid = attr(node, "resid");
      if (resid) used.add(resid);
      for (const [k, v] of Object.entries(node)) if (k !== "$" && k !== "_" && Array.isArray(v)) (v as XmlNode[]).forEach(visit);
    };
    visit(root);
    expect([...used].filter((id) => !res.has(id))).toEqual([]);
  });

  test("name, description and every label have a Simplified Chinese override", () => {
    for (const el of [child(root, "DisplayName"), child(root, "Description")]) expect(zhOverride(el)).toMatch(HAN);
    const labels = [...findAll(only(root, "bt:ShortStrings"), "bt:String"), ...findAll(only(root, "bt:LongStrings"), "bt:String")];
    const translatable = labels.filter((s) => attr(s, "id") !== attr(only(extensionPoint(root, "CustomFunctions"), "Namespace"), "resid"));
    expect(translatable.length).toBeGreaterThan(3);
    for (const s of translatable) expect([attr(s, "id"), zhOverride(s)]).toEqual([attr(s, "id"), expect.stringMatching(HAN)]);
  });

  test("every URL points below the development origin, so the production rewrite moves them all", () => {
    const urls = [...readFileSync(MANIFEST_PATH, "utf8").matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0])
      .filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(DEV_ORIGIN) || u === DEV_ORIGIN.slice(0, -1)).toBe(true);
  });

  test("every icon is a PNG in assets/ whose pixel size matches the size it is declared for", () => {
    const declared: [string, number][] = findAll(only(root, "bt:Images"), "bt:Image").map((i) => [attr(i, "DefaultValue")!, Number(/(\d+)x\d+/.exec(attr(i, "id")!)![1])]);
    declared.push([attr(only(root, "IconUrl"), "DefaultValue")!, 32], [attr(only(root, "HighResolutionIconUrl"), "DefaultValue")!, 64]);
    for (const [url, size] of declared) {
      const file = path.join(ROOT, url.slice(DEV_ORIGIN.length));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]); // IHDR width, height
    }
  });
});
