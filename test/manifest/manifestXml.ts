import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStringPromise } from "xml2js";

export const ROOT = path.resolve(__dirname, "../..");
export const MANIFEST_PATH = path.join(ROOT, "manifest.xml");

/** An element as xml2js gives it: attributes under `$`, text under `_`, children by name. */
export interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

export async function parseManifest(text = readFileSync(MANIFEST_PATH, "utf8")): Promise<XmlNode> {
  const doc = (await parseStringPromise(text, { explicitArray: true, explicitCharkey: true })) as Record<string, XmlNode>;
  return doc.OfficeApp;
}

/** Every element of that name below `node`, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(value)) continue;
    for (const child of value as XmlNode[]) {
      if (key === name) found.push(child);
      if (typeof child === "object") found.push(...findAll(child, name));
    }
  }
  return found;
}

export function only(node: XmlNode, name: string): XmlNode {
  const all = findAll(node, name);
  if (all.length !== 1) throw new Error(`expected one <${name}>, found ${all.length}`);
  return all[0];
}

/** The one direct child of that name. */
export function child(node: XmlNode, name: string): XmlNode {
  const children = node[name];
  if (!Array.isArray(children) || children.length !== 1) throw new Error(`expected one direct <${name}>`);
  return children[0] as XmlNode;
}

export const attr = (node: XmlNode, name: string): string | undefined => node.$?.[name];
export const text = (node: XmlNode): string | undefined => node._?.trim();

/** The ExtensionPoint of the given xsi:type. */
export function extensionPoint(root: XmlNode, type: string): XmlNode {
  const points = findAll(root, "ExtensionPoint").filter((p) => attr(p, "xsi:type") === type);
  if (points.length !== 1) throw new Error(`expected one ${type} extension point, found ${points.length}`);
  return points[0];
}

/** Resources by id: bt:Url, bt:Image, bt:String (short and long). */
export function resources(root: XmlNode): Map<string, XmlNode> {
  const map = new Map<string, XmlNode>();
  for (const tag of ["bt:Url", "bt:Image", "bt:String"]) {
    for (const node of findAll(only(root, "Resources"), tag)) map.set(attr(node, "id")!, node);
  }
  return map;
}

/** zh-CN override value of a DisplayName / Description / bt:* element, if any. */
export function zhOverride(node: XmlNode): string | undefined {
  const overrides = [...findAll(node, "Override"), ...findAll(node, "bt:Override")];
  const zh = overrides.find((o) => attr(o, "Locale") === "zh-CN");
  return zh && attr(zh, "Value");
}
