// xml2js comes with office-addin-manifest (which parses manifests with it) but has no types here.
declare module "xml2js" {
  export function parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<unknown>;
}
