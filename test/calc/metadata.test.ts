import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { catalogFunctions } from "../../src/calc/catalogFunctions";
import { catalogFiles, catalogMetadata, generateMetadataUncached } from "../../src/calc/metadata";

describe("the metadata the calc harness registers", () => {
  it("is exactly what custom-functions-metadata generates for webpack from the same catalog files", async () => {
    const files = catalogFiles();
    const generated = await generateCustomFunctionsMetadata(files);
    expect(generated.errors).toEqual([]);
    for (const ours of [generateMetadataUncached(files), catalogMetadata(files)]) {
      // Fresh from the generator, and through the disk cache.
      expect(ours.metadataJson).toBe(generated.metadataJson);
      expect(ours.associate).toEqual(generated.associate);
    }
  });

  it("pairs every generated function with the implementation src/functions/catalog.ts exports", () => {
    const { functions, unexported } = catalogFunctions();
    expect(unexported).toEqual([]);
    expect(functions.map((f) => f.metadata.id)).toEqual(catalogMetadata().functions.map((f) => f.id));
  });
});
